package io.github.masthead.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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

    /** How many posts nearest in time under one tag {@link #related} weighs. */
    public static final int RELATED_WINDOW = 200;

    /** Jekyll's order: by date, then by path; the model keeps the newest first. */
    public static final Comparator<Post> NEWEST_FIRST =
            Comparator.comparing(Post::date).thenComparing(Post::path).reversed();

    private final List<Post> posts;
    private final List<Page> pages;
    private final Map<String, Integer> index;
    private final Map<String, Taxonomy> categories;
    private final Map<String, Taxonomy> tags;
    private final List<Taxonomy> months;
    /** The positions in {@link #posts} of each category's and each tag's posts, ascending (newest first). */
    private final Map<String, int[]> categoryPositions;
    private final Map<String, int[]> tagPositions;
    /** Each post's time in epoch seconds, by position. */
    private final long[] seconds;

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
        this.months = groupByMonth(sorted);
        this.categoryPositions = positions(categories);
        this.tagPositions = positions(tags);
        this.seconds = sorted.stream().mapToLong(p -> p.date().toEpochSecond()).toArray();
    }

    private Map<String, int[]> positions(Map<String, Taxonomy> groups) {
        Map<String, int[]> result = new HashMap<>();
        groups.forEach((name, group) -> result.put(name,
                group.posts().stream().mapToInt(p -> index.get(p.path())).toArray()));
        return result;
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
        return Collections.unmodifiableMap(result);
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

    /**
     * The months with posts, newest first, each as a {@link Taxonomy} named by year and month ({@code 2025-11})
     * with the slug {@code 2025/11}, in the site timezone the posts' dates carry.
     */
    public List<Taxonomy> months() {
        SiteWideReads.note();
        return months;
    }

    private static List<Taxonomy> groupByMonth(List<Post> posts) {
        Map<String, List<Post>> months = new LinkedHashMap<>();
        for (Post post : posts) {
            String slug = String.format(java.util.Locale.ROOT, "%04d/%02d", post.date().getYear(),
                    post.date().getMonthValue());
            months.computeIfAbsent(slug, k -> new ArrayList<>()).add(post);
        }
        return months.entrySet().stream()
                .map(e -> new Taxonomy(e.getKey().replace('/', '-'), e.getKey(), e.getValue())).toList();
    }

    /** The next newer post from the same source (the first category), if any. */
    public Optional<Post> nextInSource(Post post) {
        return neighbourInSource(post, -1);
    }

    /** The next older post from the same source (the first category), if any. */
    public Optional<Post> previousInSource(Post post) {
        return neighbourInSource(post, 1);
    }

    private Optional<Post> neighbourInSource(Post post, int step) {
        SiteWideReads.note();
        int[] source = categoryPositions.get(post.source());
        int self = index.getOrDefault(post.path(), -1);
        if (source == null || self < 0) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(source, self);
        return i >= 0 && i + step >= 0 && i + step < source.length ? Optional.of(posts.get(source[i + step]))
                : Optional.empty();
    }

    /**
     * Up to {@code max} posts related to {@code post}: those sharing the most tags with it, the nearest in time
     * first among equals. Only the {@value #RELATED_WINDOW} posts nearest in time under each tag are weighed, so
     * that a tag on thousands of posts costs no more than a rare one. A post that is not part of the site has none.
     */
    public List<Post> related(Post post, int max) {
        SiteWideReads.note();
        int self = index.getOrDefault(post.path(), -1);
        if (self < 0) {
            return List.of();
        }
        int[] found = new int[0];
        int n = 0;
        for (String name : new java.util.LinkedHashSet<>(post.tags())) {
            int[] tag = tagPositions.get(name);
            int at = tag == null ? -1 : Arrays.binarySearch(tag, self);
            if (at < 0) {
                continue;
            }
            int from = Math.max(0, at - RELATED_WINDOW / 2);
            int to = Math.min(tag.length, at + RELATED_WINDOW / 2);
            found = Arrays.copyOf(found, n + to - from);
            for (int i = from; i < to; i++) {
                if (tag[i] != self) {
                    found[n++] = tag[i];
                }
            }
        }
        Arrays.sort(found, 0, n);
        record Candidate(int position, int shared, long distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && found[j] == found[i]) {
                j++;
            }
            candidates.add(new Candidate(found[i], j - i, Math.abs(seconds[found[i]] - seconds[self])));
            i = j;
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -c.shared()).thenComparingLong(Candidate::distance)
                        .thenComparing(c -> posts.get(c.position()).path()))
                .limit(max).map(c -> posts.get(c.position())).toList();
    }
}
