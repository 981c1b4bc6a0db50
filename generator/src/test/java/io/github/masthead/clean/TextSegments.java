package io.github.masthead.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an article cut where a reader sees it break: at every block element ({@code p}, {@code li},
 * {@code figcaption}, {@code div}, ...) and every {@code <br>}. Each piece is normalized as the rules read text.
 */
final class TextSegments {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "aside", "header", "footer",
            "main", "nav", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "tr", "td", "th", "caption", "address", "br", "hr", "img", "noscript",
            "center", "details", "summary", "picture", "video", "iframe");

    private TextSegments() {
    }

    static List<String> of(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        walk(root, current, out);
        flush(current, out);
        return out;
    }

    private static void walk(Node node, StringBuilder current, List<String> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean breaks = BREAKS.contains(e.normalName());
                if (breaks) {
                    flush(current, out);
                }
                walk(e, current, out);
                if (breaks) {
                    flush(current, out);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        String text = Texts.normalize(current.toString());
        if (!text.isEmpty()) {
            out.add(text);
        }
        current.setLength(0);
    }
}
