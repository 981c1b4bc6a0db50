package io.github.masthead.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A category or tag with its posts, newest first.
 *
 * @param name  the name as written in front matter
 * @param slug  the name slugified for URLs
 * @param posts the posts, newest first
 */
public record Taxonomy(String name, String slug, List<Post> posts) {

    public Taxonomy {
        posts = List.copyOf(posts);
    }

    /** The posts, newest first; reading them counts as a site-wide read (see {@link SiteWideReads}). */
    @Override
    public List<Post> posts() {
        SiteWideReads.note();
        return posts;
    }

    public int size() {
        return posts().size();
    }

    /**
     * One taxonomy per slug: names that differ only in ways the slug drops ({@code News} and {@code news}) share
     * one URL, so their posts are merged under the spelling most posts use. Order follows {@code taxonomies}.
     */
    public static List<Taxonomy> bySlug(Collection<Taxonomy> taxonomies) {
        Map<String, List<Taxonomy>> groups = new LinkedHashMap<>();
        taxonomies.forEach(t -> groups.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(t));
        return groups.values().stream().map(Taxonomy::merge).toList();
    }

    private static Taxonomy merge(List<Taxonomy> same) {
        if (same.size() == 1) {
            return same.get(0);
        }
        Taxonomy main = same.get(0);
        LinkedHashSet<Post> posts = new LinkedHashSet<>();
        for (Taxonomy t : same) {
            if (t.size() > main.size()) {
                main = t;
            }
            posts.addAll(t.posts());
        }
        List<Post> sorted = new ArrayList<>(posts);
        sorted.sort(SiteModel.NEWEST_FIRST);
        return new Taxonomy(main.name(), main.slug(), sorted);
    }
}
