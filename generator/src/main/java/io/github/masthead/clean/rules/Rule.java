package io.github.masthead.clean.rules;

import org.jsoup.nodes.Element;

/**
 * One cleaning rule, built from a rule pack entry. Implementations are immutable and thread-safe: one
 * instance cleans every article of a build.
 */
public interface Rule {

    /** The rule's unique name, used in reports and to turn it off. */
    String name();

    /** When it runs. */
    Stage stage();

    /** Applies the rule to an article's body, reporting each action to {@code context}. */
    void apply(Element body, RuleContext context);

    /** Rewrites the raw HTML before it is parsed; most rules leave it as it is. */
    default String beforeParse(String html) {
        return html;
    }
}
