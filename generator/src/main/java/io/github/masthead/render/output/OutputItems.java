package io.github.masthead.render.output;

import io.github.masthead.content.Page;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.content.Taxonomy;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Works out the files a format writes and what each lists: the site, or each category or tag the format
 * covers; its posts, or its pages and posts; less items that opt out, outside the format's window of
 * {@code days}, or past its {@code limit}. Made for one build of the site; thread-safe.
 */
final class OutputItems {

    /**
     * One file of a format, before splitting.
     *
     * @param slug     the category's or tag's slug, or empty
     * @param taxonomy the category or tag, or {@code null} for the whole site
     * @param items    what it lists, posts newest first
     */
    record Target(String slug, Taxonomy taxonomy, List<Object> items) {
    }

    private final SiteModel model;
    private final String homeTitle;
    /**
     * The posts and pages that opt out under each front-matter key, found in one pass over the site: most keys are
     * in no post, and asking every post of every list costs more than the lists.
     */
    private final Map<String, Set<Object>> optingOut = new ConcurrentHashMap<>();

    OutputItems(SiteModel model, String homeTitle) {
        this.model = model;
        this.homeTitle = homeTitle;
    }

    /** The files {@code format} writes. */
    List<Target> targets(OutputFormat format) {
        return switch (format.scope()) {
            case SITE -> List.of(new Target("", null, items(format, model.posts())));
            case CATEGORY -> byTaxonomy(format, model.categories());
            case TAG -> byTaxonomy(format, model.tags());
            case MONTH -> byMonth(format);
        };
    }

    /** One target per month with posts, newest first; the slug is the year and month, e.g. {@code 2025/11}. */
    private List<Target> byMonth(OutputFormat format) {
        return model.months().stream().filter(m -> format.covers(m.name()))
                .map(m -> new Target(m.slug(), m, items(format, m.posts()))).toList();
    }

    private List<Target> byTaxonomy(OutputFormat format, Map<String, Taxonomy> taxonomies) {
        List<Taxonomy> covered = taxonomies.values().stream().filter(t -> format.covers(t.name())).toList();
        return Taxonomy.bySlug(covered).stream().map(t -> new Target(t.slug(), t, items(format, t.posts()))).toList();
    }

    private List<Object> items(OutputFormat format, List<Post> posts) {
        Stream<Object> all = switch (format.items()) {
            case POSTS -> posts.stream().map(Object.class::cast);
            case ALL -> Stream.concat(pages(), posts.stream());
            case NONE -> Stream.empty();
        };
        Set<Object> out = optingOut(format.optOut());
        Stream<Object> kept = out.isEmpty() ? all : all.filter(item -> !out.contains(item));
        if (format.days() > 0 && !model.posts().isEmpty()) {
            ZonedDateTime since = model.posts().get(0).date().minusDays(format.days());
            // the posts come newest first (pages, if any, before them), so the window ends at the first post before it
            kept = kept.takeWhile(item -> !(item instanceof Post p) || !p.date().isBefore(since));
        }
        if (format.limit() > 0) {
            kept = kept.limit(format.limit());
        }
        return kept.map(this::dated).toList();
    }

    /**
     * The home page with the newest post's date as its {@code last_modified_at} when it gives no date of its own: it
     * changes whenever a newer post comes. So an output that lists it, as a sitemap does, holds that date in its key
     * and need not read the whole site to date it.
     */
    private Object dated(Object item) {
        if (item instanceof Page page && (page.isHome() || page.url().equals("/")) && !model.posts().isEmpty()
                && page.params().get(Dates.LAST_MODIFIED) == null && page.params().get("date") == null) {
            Map<String, Object> params = new LinkedHashMap<>(page.params());
            params.put(Dates.LAST_MODIFIED, model.posts().get(0).date());
            return new Page(page.path(), page.title(), page.url(), page.outputPath(), page.layout(), page.content(),
                    params);
        }
        return item;
    }

    /** The pages a reader can open: HTML pages but the 404 page, and the home page the theme makes if the site has none. */
    private Stream<Object> pages() {
        List<Object> pages = new ArrayList<>();
        if (model.pages().stream().noneMatch(Page::isHome)) {
            pages.add(new Page("index.html", homeTitle, "/", "index.html", "home", "", Map.of()));
        }
        model.pages().stream().filter(p -> p.outputPath().endsWith(".html") && !p.outputPath().equals("404.html"))
                .forEach(pages::add);
        return pages.stream();
    }

    /** The site's posts and pages that opt out under {@code key}, by identity; none for an empty key. */
    private Set<Object> optingOut(String key) {
        if (key.isEmpty()) {
            return Set.of();
        }
        return optingOut.computeIfAbsent(key, k -> {
            Set<Object> found = Collections.newSetFromMap(new IdentityHashMap<>());
            model.pages().stream().filter(page -> optedOut(page.params(), k)).forEach(found::add);
            model.postsSetting(k).stream().filter(post -> optedOut(post.params(), k)).forEach(found::add);
            return found.isEmpty() ? Set.of() : found;
        });
    }

    private static boolean optedOut(Map<String, Object> params, String key) {
        Object value = params.get(key);
        return Boolean.FALSE.equals(value) || "false".equals(value);
    }
}
