package io.github.masthead.content;

import java.util.List;

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

    public int size() {
        return posts.size();
    }
}
