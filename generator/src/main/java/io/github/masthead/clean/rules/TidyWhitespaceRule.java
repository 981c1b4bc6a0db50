package io.github.masthead.clean.rules;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * {@code kind: tidy_whitespace}: shortens runs of white space that hold a line break (the indentation a CMS leaves)
 * to one line break, and other runs between tags to one space, and drops it at the start and end of the article.
 * Text inside {@code pre} is left alone. Nothing visible changes, so it is not counted.
 */
final class TidyWhitespaceRule extends NamedRule {

    /** A run of white space holding a line break, which a browser shows as one space. */
    private static final Pattern BREAKING_RUN = Pattern.compile("[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*");
    /** Where white space is shown as written. */
    private static final Evaluator VERBATIM = QueryParser.parse("pre, textarea, code");

    TidyWhitespaceRule(String name, Stage stage) {
        super(name, stage);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new TidyWhitespaceRule(name, stage);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        mergeTexts(body);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() != null) {
                String text = t.getWholeText();
                if (text.indexOf('\n') < 0 && (text.length() < 2 || !t.isBlank())
                        || t.parent().closest(VERBATIM) != null) {
                    return;
                }
                String tidy = BREAKING_RUN.matcher(text).replaceAll("\n");
                if (t.isBlank() && tidy.length() > 1) {
                    tidy = " ";
                }
                if (!tidy.equals(text)) {
                    t.text(tidy);
                }
            }
        }, body);
        trimEdges(body);
    }

    /** Joins neighbouring text nodes (as parsing the output again would), so that the result is stable. */
    private static void mergeTexts(Element root) {
        for (Element el : root.getAllElements()) {
            for (int i = el.childNodeSize() - 1; i > 0; i--) {
                if (el.childNode(i) instanceof TextNode next && el.childNode(i - 1) instanceof TextNode prev) {
                    prev.text(prev.getWholeText() + next.getWholeText());
                    next.remove();
                }
            }
        }
    }

    /** Drops white space at the very start and end of the article. */
    private static void trimEdges(Element body) {
        while (body.childNodeSize() > 0 && body.childNode(0) instanceof TextNode t && t.isBlank()) {
            t.remove();
        }
        while (body.childNodeSize() > 0 && body.childNode(body.childNodeSize() - 1) instanceof TextNode t
                && t.isBlank()) {
            t.remove();
        }
    }
}
