package io.github.masthead.clean;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns third-party article HTML into a clean, safe fragment: the body is parsed with Jsoup (so broken markup
 * cannot leak into the page around it), then sanitized with a {@link Safelist} and serialized again.
 * Thread-safe: one instance serves every post of a build.
 */
public final class ArticleCleaner {

    private final Safelist safelist;

    public ArticleCleaner() {
        this.safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "picture", "source", "time", "mark", "small", "hr")
                .addAttributes("img", "loading", "referrerpolicy", "srcset", "sizes")
                .addAttributes("source", "srcset", "media", "type", "sizes")
                .addAttributes("time", "datetime")
                .addAttributes("a", "rel");
    }

    /** Cleans one article body. */
    public CleanResult clean(String html, ArticleContext context) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html);
        Document clean = new Cleaner(safelist).clean(dirty);
        Element body = clean.body();
        Map<String, Integer> removals = new LinkedHashMap<>();
        clean.outputSettings().prettyPrint(false);
        return new CleanResult(body.html(), removals);
    }
}
