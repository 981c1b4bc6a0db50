package io.github.masthead.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assembled site: posts newest first with their neighbours, pages, categories and tags. Immutable and
 * thread-safe once built.
 */
public final class SiteModel {

    /** Jekyll's order: by date, then by path; the model keeps the newest first. */
    public static final Comparator<Post> NEWEST_FIRST =
            Comparator.comparing(Post::date).thenComparing(Post::path).reversed();

    private final List<Post> posts;
    private final List<Page> pages;
    private final Map<String, Integer> index;
    private final Map<String, Taxonomy> categories;
    private final Map<String, Taxonomy> tags;

    public SiteModel(List<Post> posts, List<Page> pages) {
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(NEWEST_FIRST);
        this.posts = List.copyOf(sorted);
        this.pages = List.copyOf(pages);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            positions.put(sorted.get(i).path(), i);
        }
        this.index = Map.copyOf(positions);
        this.categories = group(sorted, true);
        this.tags = group(sorted, false);
    }

    private static Map<String, Taxonomy> group(List<Post> posts, boolean byCategory) {
        Map<String, List<Post>> groups = new LinkedHashMap<>();
        for (Post post : posts) {
            for (String name : new java.util.LinkedHashSet<>(byCategory ? post.categories() : post.tags())) {
                groups.computeIfAbsent(name, k -> new ArrayList<>()).add(post);
            }
        }
        Map<String, Taxonomy> result = new LinkedHashMap<>();
        groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.put(e.getKey(), new Taxonomy(e.getKey(), Slugs.slugify(e.getKey()), e.getValue())));
        return java.util.Collections.unmodifiableMap(result);
    }

    /** Every post, newest first. */
    public List<Post> posts() {
        SiteWideReads.note();
        return posts;
    }

    public List<Page> pages() {
        SiteWideReads.note();
        return pages;
    }

    /** Categories by name, sorted by name. */
    public Map<String, Taxonomy> categories() {
        SiteWideReads.note();
        return categories;
    }

    /**
     * The category named {@code name}, if any. Unlike {@link #categories()}, this reads no other category, so
     * it does not count as a site-wide read; the category's {@link Taxonomy#posts()} still does.
     */
    public Optional<Taxonomy> category(String name) {
        return Optional.ofNullable(categories.get(name));
    }

    /** Tags by name, sorted by name. */
    public Map<String, Taxonomy> tags() {
        SiteWideReads.note();
        return tags;
    }

    /** The next newer post, as Jekyll's {@code page.next}. */
    public Optional<Post> next(Post post) {
        SiteWideReads.note();
        int i = index.getOrDefault(post.path(), -1);
        return i > 0 ? Optional.of(posts.get(i - 1)) : Optional.empty();
    }

    /** The next older post, as Jekyll's {@code page.previous}. */
    public Optional<Post> previous(Post post) {
        SiteWideReads.note();
        int i = index.getOrDefault(post.path(), -1);
        return i >= 0 && i + 1 < posts.size() ? Optional.of(posts.get(i + 1)) : Optional.empty();
    }
}
