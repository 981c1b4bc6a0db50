package io.github.masthead.clean;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Derives a plain-text excerpt and the lead image from cleaned article HTML. Thread-safe. */
public final class Summaries {

    /** Excerpts stop after this many characters. */
    public static final int EXCERPT_LENGTH = 160;

    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator IMAGE = QueryParser.parse("img[src]");

    private Summaries() {
    }

    /**
     * The excerpt and lead image of the cleaned article {@code html}, and the article made valid to stand under a
     * page's {@code h1} ({@link Conformance}), all read from {@code doc}, its tree, which this changes.
     */
    static Finished finish(Document doc, String html) {
        String excerpt = excerpt(doc.body());
        Optional<String> image = leadImage(doc.body());
        return new Finished(excerpt, image, Conformance.body(doc, html)); // last: it changes the tree
    }

    /**
     * What a build takes from a cleaned article.
     *
     * @param excerpt   its first paragraphs' text, cut at {@link #EXCERPT_LENGTH} characters
     * @param leadImage its first image's source, if any
     * @param body      the article as it goes on its page
     */
    public record Finished(String excerpt, Optional<String> leadImage, String body) {
    }

    /** The first paragraphs' text, cut at {@link #EXCERPT_LENGTH} characters with an ellipsis. */
    private static String excerpt(Element body) {
        StringBuilder text = new StringBuilder();
        for (Element p : body.select(PARAGRAPH)) {
            String t = p.text().strip();
            if (!t.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(t);
            }
            if (text.length() >= EXCERPT_LENGTH) {
                break;
            }
        }
        if (text.isEmpty()) {
            text.append(body.text().strip());
        }
        return cut(text.toString());
    }

    private static Optional<String> leadImage(Element body) {
        Element img = body.selectFirst(IMAGE);
        return img == null ? Optional.empty() : Optional.of(img.attr("src")).filter(s -> !s.isBlank());
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT_LENGTH) {
            return text;
        }
        int end = text.offsetByCodePoints(0, EXCERPT_LENGTH);
        return text.substring(0, end).stripTrailing() + "…";
    }
}
