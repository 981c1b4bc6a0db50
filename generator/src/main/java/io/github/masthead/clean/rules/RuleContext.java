package io.github.masthead.clean.rules;

import io.github.masthead.clean.ArticleContext;
import io.github.masthead.clean.Ledger;
import java.util.Optional;

/**
 * What a rule may consult and report while it cleans one article. Made per article; not thread-safe.
 */
public final class RuleContext {

    private final ArticleContext article;
    private final Ledger ledger;
    private String foundSourceLink;

    public RuleContext(ArticleContext article, Ledger ledger) {
        this.article = article;
        this.ledger = ledger;
    }

    /** The article being cleaned. */
    public ArticleContext article() {
        return article;
    }

    /** Where actions are recorded. */
    public Ledger ledger() {
        return ledger;
    }

    /** Notes the original article's URL, found in a headline block that the cleaner removed. */
    public void foundSourceLink(String url) {
        if (foundSourceLink == null) {
            foundSourceLink = url;
        }
    }

    /** The URL noted by {@link #foundSourceLink(String)}, if any. */
    public Optional<String> sourceLink() {
        return Optional.ofNullable(foundSourceLink);
    }
}
