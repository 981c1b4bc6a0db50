package io.github.masthead.clean.rules;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * {@code kind: tidy_whitespace}: shortens runs of white space that hold a line break (the indentation a CMS leaves)
 * to one line break, and other runs between tags to one space. Text inside {@code pre} is left alone. Nothing
 * visible changes, so it is not counted.
 */
final class TidyWhitespaceRule extends NamedRule {

    /** A run of white space holding a line break, which a browser shows as one space. */
    private static final Pattern BREAKING_RUN = Pattern.compile("[ \\t\\r\\f]*\\n[ \\t\\r\\n\\f]*");

    TidyWhitespaceRule(String name, Stage stage) {
        super(name, stage);
    }

    static Rule read(String name, Stage stage, Spec spec) {
        return new TidyWhitespaceRule(name, stage);
    }

    @Override
    public void apply(Element body, RuleContext context) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parent() != null && t.parent().closest("pre, textarea, code") == null) {
                String text = t.getWholeText();
                String tidy = BREAKING_RUN.matcher(text).replaceAll("\n");
                if (t.isBlank() && tidy.length() > 1) {
                    tidy = " ";
                }
                if (!tidy.equals(text)) {
                    t.text(tidy);
                }
            }
        }, body);
    }
}
