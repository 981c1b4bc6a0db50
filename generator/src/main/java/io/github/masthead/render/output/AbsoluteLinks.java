package io.github.masthead.render.output;

import io.github.masthead.clean.media.UrlAttributes;
import io.github.masthead.clean.media.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Makes the links and images of article HTML absolute, since a feed reader shows an item away from the site
 * and cannot resolve {@code /news/assets/x.jpg} or {@code ../x.html}. Absolute URLs, fragments and
 * {@code mailto:}-style links are left as they are. Stateless and thread-safe.
 */
final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /** {@code html} with its relative URLs resolved against the absolute URL {@code base}. */
    static String resolve(String html, String base) {
        if (!Urls.hasScheme(base) || (!html.contains("href") && !html.contains("src") && !html.contains("poster"))) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        UrlAttributes.rewrite(doc.body(), (el, attr, url) -> {
            String u = url.strip();
            return u.isEmpty() || u.startsWith("#") || Urls.hasScheme(u) ? url : Urls.resolve(base, u).orElse(url);
        });
        return doc.body().html();
    }
}
