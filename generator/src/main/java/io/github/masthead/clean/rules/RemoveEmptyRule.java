package io.github.masthead.clean.rules;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * {@code kind: remove_empty}: removes blocks and inline wrappers that hold no text (white space, no-break and
 * zero-width spaces and line breaks do not count) and no image, video, table or rule. Nested empty blocks
 * go in one pass. {@code select} replaces the default set of elements considered.
 */
final class RemoveEmptyRule extends NamedRule {

    private static final Set<String> DEFAULT = Set.of("p", "div", "span", "section", "article", "aside", "header",
            "footer", "main", "nav", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption",
            "h1", "h2", "h3", "h4", "h5", "h6", "center", "address", "strong", "b", "em", "i", "u", "small",
            "a", "font", "mark", "cite", "time", "sup", "sub", "s", "del", "ins", "q", "abbr");

    private final Evaluator select;

    RemoveEmptyRule(String name, Stage stage, Evaluator select) {
        super(name, stage);
        this.select = select;
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new RemoveEmptyRule(name, stage, spec.optCss("select").orElse(null));
    }

    @Override
    public void apply(Element body, RuleContext context) {
        List<Element> all = body.getAllElements();
        for (int i = all.size() - 1; i > 0; i--) {
            Element el = all.get(i);
            if (isConsidered(el) && Blocks.isAttached(el) && isEmpty(el)) {
                context.ledger().removed(name(), el);
                el.remove();
            }
        }
    }

    private boolean isConsidered(Element el) {
        return select == null ? DEFAULT.contains(el.normalName()) : el.is(select);
    }

    private static boolean isEmpty(Element el) {
        return !Blocks.hasText(el) && !Blocks.hasMedia(el);
    }
}
