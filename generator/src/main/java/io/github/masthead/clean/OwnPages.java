package io.github.masthead.clean;

import io.github.masthead.clean.media.Urls;
import io.github.masthead.clean.rules.RulePack;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds this site's copy of an original article: by its URL (compared without scheme, {@code www.}, fragment,
 * trailing slash or percent-encoding) or, for sources whose pack declares an {@code article_id}, by the article's
 * identity, so that {@code https://www.dw.com/zh/a-123} finds the post whose link is
 * {@code https://www.dw.com/zh/some-title/a-123}. Immutable and thread-safe.
 */
public final class OwnPages implements Function<String, Optional<String>> {

    private final List<RulePack> packs;
    private final Map<String, String> byKey = new HashMap<>();
    private final Set<String> pages = new HashSet<>();

    /**
     * @param links maps each post's source link to the URL of its page, base URL included
     * @param packs the rule packs, for their article identities
     */
    public OwnPages(Map<String, String> links, List<RulePack> packs) {
        this.packs = List.copyOf(packs);
        links.forEach((link, page) -> {
            for (String key : keys(link)) {
                byKey.putIfAbsent(key, page);
            }
            pages.add(page);
        });
    }

    /** The URL of this site's copy of the article at {@code url}, if the site has one. */
    @Override
    public Optional<String> apply(String url) {
        if (!Urls.isHttp(url)) {
            return Optional.empty();
        }
        for (String key : keys(url)) {
            String page = byKey.get(key);
            if (page != null) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code path} is one of this site's pages. */
    public boolean isPage(String path) {
        return pages.contains(path);
    }

    private List<String> keys(String url) {
        String u = Urls.decode(url.strip());
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        String plain = "url:" + Urls.comparable(url);
        for (RulePack pack : packs) {
            Optional<String> id = pack.articleKey(u);
            if (id.isPresent()) {
                return List.of(plain, id.get());
            }
        }
        return List.of(plain);
    }
}
