package io.github.masthead.render.output;

import io.github.masthead.content.Paginator;
import io.github.masthead.content.UrlPaths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One machine output a theme declares in its {@code theme.yml} (a feed, a sitemap, {@code robots.txt}): which
 * template renders it, what it is, where it goes and which posts or pages it lists. The core renders every
 * format the same way, so a new format is a few lines of YAML and a template, never new Java. Immutable.
 *
 * @param name          the key a site uses to change or turn off the format in {@code outputs:}
 * @param group         the {@code _config.yml} block whose keys also apply (e.g. {@code feed}), or empty
 * @param template      the template name, e.g. {@code layouts/outputs/atom.xml}
 * @param mediaType     the media type, e.g. {@code application/atom+xml}
 * @param path          the URL path, with {@code :slug} for the category or tag of per-category or per-tag
 *                      formats, e.g. {@code /feed/:slug.xml}
 * @param scope         one file for the site, or one per category or per tag
 * @param items         what the file lists
 * @param limit         the most items listed, newest first; 0 for all
 * @param days          only items from this many days before the newest item; 0 for no such window
 * @param split         the most items one file holds before the output is split into parts; 0 never splits
 * @param splitPath     where the parts go, with {@code :num} for the part number from 1
 * @param indexTemplate the template of the index written at {@code path} when the output is split
 * @param paginate      posts per page of a paginated list (a section page); 0 for one file
 * @param paginatePath  where pages 2 and later go, with {@code :num} (and {@code :slug})
 * @param only          per-category and per-tag formats: just these names; empty for all
 * @param except        per-category and per-tag formats: not these names
 * @param optOut        a front-matter key that, set to {@code false}, leaves an item out (e.g. {@code sitemap})
 * @param skipEmpty     write nothing when there is nothing to list
 * @param alternate     offered as {@code <link rel="alternate">} on the site's pages
 * @param title         a label for links, e.g. {@code Atom}
 * @param enabled       whether the format is written
 * @param params        every other key, for the template as {@code output.params}
 */
public record OutputFormat(String name,
                           String group,
                           String template,
                           String mediaType,
                           String path,
                           Scope scope,
                           Items items,
                           int limit,
                           int days,
                           int split,
                           String splitPath,
                           String indexTemplate,
                           int paginate,
                           String paginatePath,
                           List<String> only,
                           List<String> except,
                           String optOut,
                           boolean skipEmpty,
                           boolean alternate,
                           String title,
                           boolean enabled,
                           Map<String, Object> params) {

    /** How many files a format writes. */
    public enum Scope {
        /** One file for the whole site. */
        SITE,
        /** One file per category, {@code :slug} being the category's slug. */
        CATEGORY,
        /** One file per tag, {@code :slug} being the tag's slug. */
        TAG,
        /** One file per month with posts, {@code :slug} being its year and month, e.g. {@code 2025/11}. */
        MONTH
    }

    /** What a format lists as {@code items}. */
    public enum Items {
        /** The posts of the scope, newest first. */
        POSTS,
        /** The site's HTML pages (the home page included), then its posts: what a sitemap lists. */
        ALL,
        /** Nothing: the template needs only {@code site}, as {@code robots.txt} does. */
        NONE
    }

    public OutputFormat {
        only = List.copyOf(only);
        except = List.copyOf(except);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Whether the format writes XML, which must hold only the characters XML 1.0 allows. */
    public boolean isXml() {
        return mediaType.endsWith("/xml") || mediaType.endsWith("+xml");
    }

    /** The URL of the file for the category or tag {@code slug} (ignored for site formats), percent-encoded. */
    public String url(String slug) {
        return UrlPaths.encode(absolute(path.replace(":slug", slug)));
    }

    /** The URL of part {@code num} (from 1) of a split output. */
    public String partUrl(String slug, int num) {
        return UrlPaths.encode(absolute(splitPath.replace(":slug", slug).replace(":num", Integer.toString(num))));
    }

    /**
     * The URL of page {@code num} (from 1) of a paginated output: page 1 at {@link #url}, the others at
     * {@code paginatePath}, placed as the home page's pages are ({@link Paginator#pageUrl}).
     */
    public String pageUrl(String slug, int num) {
        return num <= 1 ? url(slug)
                : UrlPaths.encode(Paginator.pageUrl(num, "", paginatePath.replace(":slug", slug)));
    }

    /** Whether the format writes web pages, which the theme's page layouts and SEO tags apply to. */
    public boolean isHtml() {
        return mediaType.equals("text/html");
    }

    private static String absolute(String p) {
        return p.startsWith("/") ? p : "/" + p;
    }

    /** Whether a category or tag of this name gets a file of this format. */
    public boolean covers(String taxonomyName) {
        return (only.isEmpty() || only.contains(taxonomyName)) && !except.contains(taxonomyName);
    }
}
