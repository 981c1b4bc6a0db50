package io.github.masthead.clean;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Derives a plain-text excerpt and the lead image from cleaned article HTML. Thread-safe. */
public final class Summaries {

    /** Excerpts stop after this many characters. */
    public static final int EXCERPT_LENGTH = 160;

    private Summaries() {
    }

    /** The first paragraphs' text, cut at {@link #EXCERPT_LENGTH} characters with an ellipsis. */
    public static String excerpt(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder();
        for (Element p : doc.body().select("p")) {
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
            text.append(doc.body().text().strip());
        }
        return cut(text.toString());
    }

    /** The source of the first image, if any. */
    public static Optional<String> leadImage(String html) {
        Element img = Jsoup.parseBodyFragment(html).selectFirst("img[src]");
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
