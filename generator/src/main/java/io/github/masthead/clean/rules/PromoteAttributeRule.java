package io.github.masthead.clean.rules;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * {@code kind: promote_attribute}: moves a lazy-loading attribute into the real one, e.g. {@code from: data-src}
 * {@code to: src} on {@code select: img[data-src]}. The lazy value wins over a placeholder; the lazy attribute is
 * removed either way.
 */
final class PromoteAttributeRule extends NamedRule {

    private final Evaluator select;
    private final String from;
    private final String to;

    PromoteAttributeRule(String name, Stage stage, Evaluator select, String from, String to) {
        super(name, stage);
        this.select = select;
        this.from = from;
        this.to = to;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        String from = spec.string("from");
        return new PromoteAttributeRule(name, stage, spec.optCss("select").orElse(
                org.jsoup.select.QueryParser.parse("[" + from + "]")), from, spec.string("to"));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        for (Element el : body.select(select)) {
            String lazy = el.attr(from).strip();
            if (!el.hasAttr(from)) {
                continue;
            }
            String current = el.attr(to);
            if (!lazy.isEmpty() && !lazy.equals(current.strip())) {
                context.ledger().changed(name(), to, current, lazy);
                el.attr(to, lazy);
            }
            el.removeAttr(from);
        }
    }
}
