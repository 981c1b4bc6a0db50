package io.github.masthead.clean.rules;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Which elements count as blocks and as media, for the rules that reason about structure. Thread-safe. */
public final class Blocks {

    /** Elements that hold an article's text in blocks. */
    public static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "aside", "header",
            "footer", "main", "nav", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption",
            "h1", "h2", "h3", "h4", "h5", "h6", "center", "address", "details", "summary", "table", "caption");

    /** Elements that carry content without text: a block holding one of them is never empty. */
    public static final Evaluator MEDIA = QueryParser.parse(
            "img, picture, video, audio, iframe, source, object, embed, svg, canvas, table, hr, math");

    private Blocks() {
    }

    /** Whether {@code element} is a block-level element. */
    public static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /** Whether {@code element} holds (or is) an image, a video, a table or another text-less content element. */
    public static boolean hasMedia(Element element) {
        return element.is(MEDIA) || element.selectFirst(MEDIA) != null;
    }

    /** Whether {@code element} holds any visible text (white space and zero-width spaces do not count). */
    public static boolean hasText(Element element) {
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode t) {
                if (io.github.masthead.clean.Texts.hasVisible(t.getWholeText())) {
                    return true;
                }
            } else if (child instanceof Element e && hasText(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text under {@code element} has more than {@code limit} characters; stops counting past it. */
    public static boolean textLongerThan(Element element, int limit) {
        return count(element, limit, 0) > limit;
    }

    private static int count(Element element, int limit, int sofar) {
        int n = sofar;
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof org.jsoup.nodes.TextNode t) {
                n += t.getWholeText().length();
            } else if (child instanceof Element e) {
                n = count(e, limit, n);
            }
            if (n > limit) {
                return n;
            }
        }
        return n;
    }

    /** Whether {@code element} still belongs to a document, i.e. no ancestor of it was removed. */
    public static boolean isAttached(Element element) {
        return element.ownerDocument() != null;
    }
}
