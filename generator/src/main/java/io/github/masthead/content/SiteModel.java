package io.github.masthead.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
    private final Arrangement arrangement;
    private final Map<String, Taxonomy> categories;
    private final Map<String, Taxonomy> tags;
    private final List<Taxonomy> months;
    /** The posts that set each front-matter key asked about, by identity. */
    private final Map<String, Set<Post>> setting = new ConcurrentHashMap<>();

    public SiteModel(List<Post> posts, List<Page> pages) {
        this(posts, pages, null);
    }

    /**
     * The site of {@code posts} and {@code pages}. From {@code previous}, the model of an earlier build of the same
     * site or {@code null}, it takes the order of the posts, their categories, tags and months, and the posts related
     * to each, when every post has the same path, date, categories and tags as there, given in the same order: an edit
     * to the text of a post then costs no sorting, grouping or weighing again.
     */
    public SiteModel(List<Post> posts, List<Page> pages, SiteModel previous) {
        this.arrangement = previous != null && previous.arrangement.fits(posts) ? previous.arrangement
                : new Arrangement(posts);
        this.posts = arrangement.sorted(posts);
        this.pages = List.copyOf(pages);
        this.categories = Collections.unmodifiableMap(arrangement.categories.taxonomies(this.posts));
        this.tags = Collections.unmodifiableMap(arrangement.tags.taxonomies(this.posts));
        this.months = List.copyOf(arrangement.months.taxonomies(this.posts).values());
    }

    /** The post at {@code path} in the site (as {@link Post#path()} gives it), if it is part of the site. */
    public Optional<Post> post(String path) {
        int at = arrangement.index.getOrDefault(path, -1);
        return at < 0 ? Optional.empty() : Optional.of(posts.get(at));
    }

    /**
     * This site with {@code changed} in place of its posts of the same paths, when each has the same date, categories
     * and tags as the post it replaces, so that the order, the groups and the related posts stay as they are; empty
     * when one has not, or is not part of the site.
     */
    public Optional<SiteModel> replacing(List<Post> changed) {
        Post[] inOrder = new Post[posts.size()]; // this site's posts as they were given (the arrangement is shared)
        for (int i = 0; i < inOrder.length; i++) {
            inOrder[arrangement.order[i]] = posts.get(i);
        }
        List<Post> given = Arrays.asList(inOrder);
        for (Post post : changed) {
            int at = arrangement.position(post);
            if (at < 0) {
                return Optional.empty();
            }
            given.set(arrangement.order[at], post);
        }
        if (!arrangement.fits(given)) {
            return Optional.empty();
        }
        SiteModel model = new SiteModel(given, pages, this);
        setting.forEach((key, posts) -> {
            Set<Post> now = Collections.newSetFromMap(new IdentityHashMap<>());
            now.addAll(posts);
            for (Post post : changed) {
                this.post(post.path()).ifPresent(now::remove);
                if (post.params().get(key) != null) {
                    now.add(post);
                }
            }
            model.setting.put(key, Collections.unmodifiableSet(now));
        });
        return Optional.of(model);
    }

    /**
     * The posts whose front matter sets {@code key} (to anything but null), by identity; worked out once per key, and
     * taken from the model a {@link #replacing} model was made from, but for the posts replaced.
     */
    public Set<Post> postsSetting(String key) {
        SiteWideReads.note();
        return setting.computeIfAbsent(key, k -> {
            Set<Post> found = Collections.newSetFromMap(new IdentityHashMap<>());
            posts.stream().filter(post -> post.params().get(k) != null).forEach(found::add);
            return Collections.unmodifiableSet(found);
        });
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
        int i = arrangement.position(post);
        return i > 0 ? Optional.of(posts.get(i - 1)) : Optional.empty();
    }

    /** The next older post, as Jekyll's {@code page.previous}. */
    public Optional<Post> previous(Post post) {
        SiteWideReads.note();
        int i = arrangement.position(post);
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

    /**
     * The posts whose pages show one of {@code shown}: as the previous or next post, in the site or from the same
     * source, or among the {@code max} posts {@link #related} to them. A post whose related posts were not worked out
     * yet is among them, as it may show one.
     */
    public Set<Post> showing(Collection<Post> shown, int max) {
        Set<Post> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Integer> places = new HashSet<>();
        for (Post post : shown) {
            int self = arrangement.position(post);
            if (self < 0) {
                continue;
            }
            places.add(self);
            neighbourInSource(post, -1).ifPresent(found::add);
            neighbourInSource(post, 1).ifPresent(found::add);
            if (self > 0) {
                found.add(posts.get(self - 1));
            }
            if (self + 1 < posts.size()) {
                found.add(posts.get(self + 1));
            }
        }
        for (int place = 0; place < posts.size(); place++) {
            Arrangement.Related related = arrangement.related.get(place);
            if (related == null || related.max() != max || showsAny(related.places(), places)) {
                found.add(posts.get(place));
            }
        }
        return found;
    }

    private static boolean showsAny(int[] related, Set<Integer> places) {
        for (int place : related) {
            if (places.contains(place)) {
                return true;
            }
        }
        return false;
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
        int[] source = arrangement.categories.positions().get(post.source());
        int self = arrangement.position(post);
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
        int self = arrangement.position(post);
        return self < 0 ? List.of() : Arrays.stream(arrangement.related(self, max)).mapToObj(posts::get).toList();
    }

    /**
     * What decides the order and grouping of the posts: their paths, dates, categories and tags, in the order the
     * posts were given. Shared by the models of successive builds while those stay the same; the posts related to
     * each are weighed once, when first asked for. Thread-safe.
     */
    private static final class Arrangement {

        /** The posts as given, of which only the paths, dates, categories and tags are read. */
        private final List<Post> given;
        /** For each place, newest first, the index in {@link #given} of the post there. */
        private final int[] order;
        private final Map<String, Integer> index;
        private final Groups categories;
        private final Groups tags;
        private final Groups months;
        /** Each post's time in epoch seconds, by place. */
        private final long[] seconds;
        /** Each post's path, by place. */
        private final String[] paths;
        /** Each post's tags, by place. */
        private final List<List<String>> tagsByPlace;
        /** The places of the posts related to each place, with how many were asked for. */
        private final Map<Integer, Related> related = new ConcurrentHashMap<>();

        Arrangement(List<Post> posts) {
            this.given = List.copyOf(posts);
            Integer[] byPlace = new Integer[given.size()];
            for (int i = 0; i < byPlace.length; i++) {
                byPlace[i] = i;
            }
            Arrays.sort(byPlace, Comparator.comparing(given::get, NEWEST_FIRST));
            this.order = Arrays.stream(byPlace).mapToInt(Integer::intValue).toArray();
            List<Post> sorted = sorted(given);
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                positions.put(sorted.get(i).path(), i);
            }
            this.index = Map.copyOf(positions);
            this.categories = Groups.of(sorted, Post::categories, true);
            this.tags = Groups.of(sorted, Post::tags, true);
            this.months = Groups.of(sorted, post -> List.of(month(post.date().getYear(), post.date().getMonthValue())),
                    false);
            this.seconds = sorted.stream().mapToLong(p -> p.date().toEpochSecond()).toArray();
            this.paths = sorted.stream().map(Post::path).toArray(String[]::new);
            this.tagsByPlace = sorted.stream().map(Post::tags).toList();
        }

        private static String month(int year, int month) {
            return (year < 1000 ? String.format(Locale.ROOT, "%04d", year) : String.valueOf(year))
                    + (month < 10 ? "/0" : "/") + month;
        }

        /** Whether {@code posts} are arranged as those {@link #given}: the same paths, dates, categories and tags. */
        boolean fits(List<Post> posts) {
            if (posts.size() != given.size()) {
                return false;
            }
            for (int i = 0; i < posts.size(); i++) {
                Post a = posts.get(i);
                Post b = given.get(i);
                if (a != b && !(a.path().equals(b.path()) && a.date().equals(b.date())
                        && a.categories().equals(b.categories()) && a.tags().equals(b.tags()))) {
                    return false;
                }
            }
            return true;
        }

        /** {@code posts}, which this arrangement {@link #fits}, newest first. */
        List<Post> sorted(List<Post> posts) {
            Post[] sorted = new Post[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = posts.get(order[i]);
            }
            return List.of(sorted);
        }

        /** The place of {@code post}, newest first, or -1 when it is not part of the site. */
        int position(Post post) {
            return index.getOrDefault(post.path(), -1);
        }

        /** The places of up to {@code max} posts related to the post at place {@code self}. */
        int[] related(int self, int max) {
            Related known = related.get(self);
            if (known != null && known.max() == max) {
                return known.places();
            }
            int[] places = weigh(self, max);
            related.put(self, new Related(max, places));
            return places;
        }

        private int[] weigh(int self, int max) {
            int[] found = new int[0];
            int n = 0;
            for (String name : new LinkedHashSet<>(tagsByPlace.get(self))) {
                int[] tag = tags.positions().get(name);
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
                            .thenComparing(c -> paths[c.position()]))
                    .limit(max).mapToInt(Candidate::position).toArray();
        }

        private record Related(int max, int[] places) {
        }
    }

    /**
     * Groups of posts under names (categories, tags or months), as places newest first: each group's posts in that
     * order, each post once per group.
     *
     * @param positions the places of each group's posts, ascending, by name in the groups' order
     * @param slugs     each group's slug, by name
     */
    private record Groups(Map<String, int[]> positions, Map<String, String> slugs) {

        /**
         * The groups of {@code sorted}, named by {@code names}; by name when {@code byName}, else in the order the
         * names first come; months are slugged {@code 2025/11} and named {@code 2025-11}, others slugified.
         */
        static Groups of(List<Post> sorted, Function<Post, List<String>> names, boolean byName) {
            Map<String, List<Integer>> groups = byName ? new TreeMap<>() : new LinkedHashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                for (String name : new LinkedHashSet<>(names.apply(sorted.get(i)))) {
                    groups.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
                }
            }
            Map<String, int[]> positions = new LinkedHashMap<>();
            Map<String, String> slugs = new HashMap<>();
            groups.forEach((name, places) -> {
                positions.put(byName ? name : name.replace('/', '-'),
                        places.stream().mapToInt(Integer::intValue).toArray());
                slugs.put(byName ? name : name.replace('/', '-'), byName ? Slugs.slugify(name) : name);
            });
            return new Groups(positions, slugs);
        }

        /** Each group as a {@link Taxonomy} of {@code posts}, given newest first, in the groups' order. */
        Map<String, Taxonomy> taxonomies(List<Post> posts) {
            Map<String, Taxonomy> result = new LinkedHashMap<>();
            positions.forEach((name, places) -> result.put(name, new Taxonomy(name, slugs.get(name),
                    Arrays.stream(places).mapToObj(posts::get).toList())));
            return result;
        }
    }
}
