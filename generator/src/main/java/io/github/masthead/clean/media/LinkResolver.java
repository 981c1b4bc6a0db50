package io.github.masthead.clean.media;

import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Makes an article's relative URLs absolute against the original article's URL, so that they keep pointing
 * where they pointed on the source site; protocol-relative URLs get {@code https:}. Fragment links and this
 * site's own paths are left as they are. Stateless and thread-safe.
 */
public final class LinkResolver {

    private LinkResolver() {
    }

    /**
     * Resolves the URLs under {@code body}.
     *
     * @param base       the original article's URL, or empty (then only protocol-relative URLs change)
     * @param isSitePath whether a path belongs to this site
     */
    public static void resolve(Element body, String base, Predicate<String> isSitePath) {
        UrlAttributes.rewrite(body, (el, attr, url) -> {
            String u = url.strip();
            if (u.isEmpty() || u.startsWith("#") || isSitePath.test(u)) {
                return url;
            }
            if (u.startsWith("//")) {
                return "https:" + u;
            }
            if (Urls.hasScheme(u)) {
                return url;
            }
            return Urls.resolve(base, u).orElse(url);
        });
    }
}
