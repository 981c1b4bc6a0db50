package io.github.masthead.content;

import java.time.ZonedDateTime;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One post of the site, immutable once assembled.
 *
 * @param path       the source path relative to the site, {@code /}-separated
 * @param slug       the slug, from the front matter or the file name
 * @param title      the title
 * @param date       the date, in the site timezone
 * @param categories categories: folder categories first, then the front matter's
 * @param tags       tags
 * @param layout     the layout name, or {@code none} for no layout
 * @param author     the author, or empty
 * @param sourceLink the URL of the original article, or empty
 * @param url        the URL below the base URL, percent-encoded, starting with {@code /}
 * @param outputPath the file written, relative to the output folder, decoded
 * @param body       the article HTML, cleaned once the build has cleaned it ({@link #content()})
 * @param excerpt    a plain-text summary
 * @param image      the URL of the lead image, or empty
 * @param draft      whether the post comes from {@code _drafts/}
 * @param params     every front-matter key, for templates
 */
public record Post(String path,
                   String slug,
                   String title,
                   ZonedDateTime date,
                   List<String> categories,
                   List<String> tags,
                   String layout,
                   String author,
                   String sourceLink,
                   String url,
                   String outputPath,
                   Body body,
                   String excerpt,
                   String image,
                   boolean draft,
                   Map<String, Object> params) {

    public Post {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        params = params instanceof Params frozen ? frozen : new Params(params);
    }

    /** A post whose body is {@code content}, held in memory. */
    public Post(String path, String slug, String title, ZonedDateTime date, List<String> categories,
                List<String> tags, String layout, String author, String sourceLink, String url, String outputPath,
                String content, String excerpt, String image, boolean draft, Map<String, Object> params) {
        this(path, slug, title, date, categories, tags, layout, author, sourceLink, url, outputPath,
                Body.of(content), excerpt, image, draft, params);
    }

    /**
     * Whether {@code other} is this post but for its text (body, excerpt and lead image): what a page that shows no
     * text, such as a sitemap, is made from. Every other component is compared.
     */
    public boolean sameButText(Post other) {
        return sameButText(other, false);
    }

    /**
     * Whether {@code other} is this post but for its text and its title (the {@code title} component and front-matter
     * key): what a page that shows neither, such as a sitemap, is made from.
     */
    public boolean sameButTextAndTitle(Post other) {
        return sameButText(other, true);
    }

    private boolean sameButText(Post other, boolean butTitle) {
        return this == other || path.equals(other.path) && slug.equals(other.slug)
                && (butTitle || title.equals(other.title)) && date.equals(other.date)
                && categories.equals(other.categories) && tags.equals(other.tags) && layout.equals(other.layout)
                && author.equals(other.author) && sourceLink.equals(other.sourceLink) && url.equals(other.url)
                && outputPath.equals(other.outputPath) && draft == other.draft
                && (butTitle ? ((Params) params).sameBut(Params.TITLE, (Params) other.params)
                : params.equals(other.params));
    }

    /** The title; reading it is noted ({@link SiteWideReads}). */
    @Override
    public String title() {
        SiteWideReads.noteTitle();
        return title;
    }

    /** The plain-text summary, made from the article. */
    @Override
    public String excerpt() {
        SiteWideReads.noteText();
        return excerpt;
    }

    /** The URL of the lead image, taken from the article, or empty. */
    @Override
    public String image() {
        SiteWideReads.noteText();
        return image;
    }

    /** The article HTML: read back from disk each time when the build put it aside. */
    public String content() {
        return body.text();
    }

    /** This post with its cleaned body, excerpt and lead image. */
    public Post withBody(String newContent, String newExcerpt, String newImage) {
        return withBody(Body.of(newContent), newExcerpt, newImage);
    }

    /** This post with another body, excerpt and lead image. */
    public Post withBody(Body newBody, String newExcerpt, String newImage) {
        return new Post(path, slug, title, date, categories, tags, layout, author, sourceLink, url, outputPath,
                newBody, newExcerpt, newImage, draft, params);
    }

    /** The first category, which for a news mirror is the source. */
    public String source() {
        return categories.isEmpty() ? "" : categories.get(0);
    }

    /**
     * The front matter, read-only and in the order it was written: one copy shared by every version of a post (as
     * read, with its body put aside, cleaned), since a large archive holds several of each at once.
     */
    private static final class Params extends AbstractMap<String, Object> {
        private static final String TITLE = "title";

        private final Map<String, Object> values;

        Params(Map<String, Object> values) {
            this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** Every entry, the title's among them: reading them all is noted as reading the title. */
        @Override
        public Set<Entry<String, Object>> entrySet() {
            SiteWideReads.noteTitle();
            return values.entrySet();
        }

        /** The value of {@code key}; reading {@code title} is noted ({@link SiteWideReads}). */
        @Override
        public Object get(Object key) {
            if (TITLE.equals(key)) {
                SiteWideReads.noteTitle();
            }
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return values.containsKey(key);
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Params them ? values.equals(them.values) : super.equals(other);
        }

        @Override
        public int hashCode() {
            return values.hashCode();
        }

        /** Whether {@code other} holds the same keys and values as these, but for the value of {@code key}. */
        boolean sameBut(String key, Params other) {
            if (this == other) {
                return true;
            }
            if (values.size() != other.values.size() || values.containsKey(key) != other.values.containsKey(key)) {
                return false;
            }
            for (Entry<String, Object> entry : values.entrySet()) {
                if (!entry.getKey().equals(key) && (!other.values.containsKey(entry.getKey())
                        || !Objects.equals(entry.getValue(), other.values.get(entry.getKey())))) {
                    return false;
                }
            }
            return true;
        }
    }
}
