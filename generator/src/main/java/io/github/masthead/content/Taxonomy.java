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

    /** This category or tag as the pages listing it are given it (see {@link Outline}). */
    public Outline outline() {
        return new Outline(this);
    }

    /**
     * A category or tag as the pages listing it see it: its name, slug and number of posts are part of what such a
     * page is given, and two outlines with the same three are equal, so that a page's key need not hold every post of
     * the category; its posts are not (each page is given its own share of them), so reading them counts as a
     * site-wide read. Immutable.
     */
    public static final class Outline {

        private final Taxonomy taxonomy;

        private Outline(Taxonomy taxonomy) {
            this.taxonomy = taxonomy;
        }

        public String name() {
            return taxonomy.name();
        }

        public String slug() {
            return taxonomy.slug();
        }

        /** The number of posts; part of the outline, so not a site-wide read. */
        public int size() {
            return taxonomy.posts.size();
        }

        /** The posts, newest first; a site-wide read, as {@link Taxonomy#posts()}. */
        public List<Post> posts() {
            return taxonomy.posts();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Outline o && o.name().equals(name()) && o.slug().equals(slug())
                    && o.size() == size();
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(name(), slug(), size());
        }

        /** The name, slug and size: all that a page's key holds of it. */
        @Override
        public String toString() {
            return "taxonomy " + name().length() + ":" + name() + " " + slug().length() + ":" + slug() + " " + size();
        }
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
