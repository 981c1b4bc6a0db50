package io.github.masthead.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page of the site: a file with front matter outside {@code _posts/}. Its body is the site's own content.
 *
 * @param path       the source path relative to the site
 * @param title      the title, or empty
 * @param url        the URL below the base URL, percent-encoded
 * @param outputPath the file written, relative to the output folder
 * @param layout     the layout name, or {@code none} to write the content as it is
 * @param content    the body: HTML for Markdown and HTML pages, the text itself otherwise
 * @param params     every front-matter key
 */
public record Page(String path, String title, String url, String outputPath, String layout, String content,
                   Map<String, Object> params) {

    public Page {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Whether this is the site's home page template ({@code index.html} at the top), which is paginated. */
    public boolean isHome() {
        return path.equals("index.html") || path.equals("index.md");
    }
}
