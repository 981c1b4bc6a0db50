package io.github.masthead.clean;

import io.github.masthead.content.UrlPaths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Fits a cleaned article into a valid HTML page, fixing what third-party markup gets wrong in ways the Nu Html
 * Checker reports:
 * <ul>
 *   <li>an image without {@code alt} gets an empty one;</li>
 *   <li>a {@code width} or {@code height} that is not a whole number of pixels ({@code 100%}) is dropped
 *       ({@code 300px} becomes {@code 300});</li>
 *   <li>headings are renumbered to follow the page's {@code h1} (the post title) without skipping a level, keeping
 *       their nesting: {@code h3 h4 h3} becomes {@code h2 h3 h2};</li>
 *   <li>links and sources with spaces or other characters no URL may hold are percent-encoded.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Conformance {

    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d+)(?:\\.\\d+)?\\s*(?:px)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private Conformance() {
    }

    /** The article body {@code html}, made valid to stand under a page's {@code h1}; itself when it already is. */
    public static String body(String html) {
        return body(Jsoup.parseBodyFragment(html), html);
    }

    /** {@link #body(String)} of {@code doc}, parsed from {@code html}, which it changes. */
    static String body(Document doc, String html) {
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        boolean changed = false;
        for (Element el : body.getAllElements()) {
            changed |= fixAlt(el) | fixSize(el, "width") | fixSize(el, "height") | fixUrls(el);
        }
        changed |= renumberHeadings(body);
        return changed ? body.html() : html;
    }

    private static boolean fixAlt(Element el) {
        if (el.normalName().equals("img") && !el.hasAttr("alt")) {
            el.attr("alt", "");
            return true;
        }
        return false;
    }

    private static boolean fixSize(Element el, String attribute) {
        if (!el.hasAttr(attribute)) {
            return false;
        }
        String value = el.attr(attribute);
        if (value.matches("\\d+")) {
            return false;
        }
        Matcher pixels = PIXELS.matcher(value);
        if (pixels.matches()) {
            el.attr(attribute, pixels.group(1));
        } else {
            el.removeAttr(attribute);
        }
        return true;
    }

    private static boolean fixUrls(Element el) {
        boolean changed = false;
        for (String attribute : URL_ATTRIBUTES) {
            if (el.hasAttr(attribute)) {
                String value = el.attr(attribute);
                String escaped = UrlPaths.escapeUri(value);
                if (!escaped.equals(value)) {
                    el.attr(attribute, escaped);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Renumbers headings from {@code h2}, each at most one level below the heading it belongs under. */
    private static boolean renumberHeadings(Element body) {
        Deque<int[]> open = new ArrayDeque<>(); // {level as written, level given}
        boolean changed = false;
        for (Element heading : body.select(HEADINGS)) {
            int written = heading.normalName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek()[0] >= written) {
                open.pop();
            }
            int given = Math.min(6, open.isEmpty() ? 2 : open.peek()[1] + 1);
            open.push(new int[] {written, given});
            if (given != written) {
                heading.tagName("h" + given);
                changed = true;
            }
        }
        return changed;
    }
}
