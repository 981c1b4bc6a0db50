package io.github.masthead.render.output;

import io.github.masthead.content.Page;
import io.github.masthead.content.Post;
import io.github.masthead.frontmatter.DateParser;
import io.github.masthead.render.SiteView;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dates machine outputs print: when a post or page last changed (its {@code last_modified_at}, as
 * jekyll-seo-tag and jekyll-sitemap read it, else its date), and RFC 822 dates for RSS, all in the site
 * timezone. Made for one build, as it remembers each post's date by its path. Thread-safe.
 */
final class Dates {

    /** The front-matter key of a change date, as jekyll-seo-tag and jekyll-sitemap name it. */
    static final String LAST_MODIFIED = "last_modified_at";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private final ZoneId zone;
    private final DateParser parser;
    /**
     * When each post that sets {@code last_modified_at} changed, by path: a post is in many lists, whose newest change
     * each output asks for, and its date is parsed once.
     */
    private final Map<String, ZonedDateTime> posts = new ConcurrentHashMap<>();

    Dates(ZoneId zone) {
        this.zone = zone;
        this.parser = new DateParser(zone);
    }

    /**
     * When {@code item} (a post or page) last changed: {@code last_modified_at} when it is a date no earlier
     * than the post's own, else the post's date; for a page its {@code last_modified_at} or {@code date}, for
     * the home page without either the newest post's date, or else empty.
     *
     * @param site the site, whose newest post dates its home page
     */
    Optional<ZonedDateTime> modified(Object item, SiteView site) {
        if (item instanceof Post post) {
            if (post.params().get(LAST_MODIFIED) == null) {
                return Optional.of(post.date());
            }
            return Optional.of(posts.computeIfAbsent(post.path(), path -> param(post.params(), LAST_MODIFIED)
                    .filter(d -> !d.isBefore(post.date())).orElse(post.date())));
        }
        if (item instanceof Page page) {
            return param(page.params(), LAST_MODIFIED).or(() -> param(page.params(), "date"))
                    .or(() -> page.isHome() || page.url().equals("/")
                            ? site.posts().stream().findFirst().map(Post::date) : Optional.empty());
        }
        return Optional.empty();
    }

    /**
     * The latest change among {@code items}, or empty when none has a date.
     *
     * @param items what an output lists, as {@link OutputItems} gives it: pages, then posts newest first. When no post
     *              of the site sets {@code last_modified_at}, each post changed when it was dated, so of the posts only
     *              the first is weighed.
     */
    Optional<ZonedDateTime> newest(List<?> items, SiteView site) {
        List<?> weighed = items;
        if (!postsSetChanges(site)) {
            int firstPost = 0;
            while (firstPost < items.size() && !(items.get(firstPost) instanceof Post)) {
                firstPost++;
            }
            weighed = items.subList(0, Math.min(items.size(), firstPost + 1));
        }
        return weighed.stream().map(item -> modified(item, site)).flatMap(Optional::stream)
                .max(ZonedDateTime::compareTo);
    }

    /** Whether any post of the site sets {@code last_modified_at}. */
    private static boolean postsSetChanges(SiteView site) {
        return !site.model().postsSetting(LAST_MODIFIED).isEmpty();
    }

    /** {@code date} as RFC 822 (RSS 2.0's {@code pubDate}) in the site timezone, e.g. {@code Sat, 1 Nov 2025 10:47:04 +0800}. */
    String rfc822(ZonedDateTime date) {
        return date.withZoneSameInstant(zone).format(RFC_822);
    }

    /** A date from front matter, or one Masthead gave (the home page's, see {@link OutputItems}). */
    private Optional<ZonedDateTime> param(Map<String, Object> params, String key) {
        Object value = params.get(key);
        if (value instanceof ZonedDateTime date) {
            return Optional.of(date);
        }
        return value == null ? Optional.empty() : parser.parse(Objects.toString(value));
    }
}
