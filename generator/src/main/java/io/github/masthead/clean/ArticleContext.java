package io.github.masthead.clean;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the cleaner knows about the article it cleans.
 *
 * @param file        the post's path relative to the site source, for reports
 * @param title       the post's title
 * @param sourceLink  the URL of the original article, or empty
 * @param categories  the post's categories
 * @param ownPageFor  maps an original article URL to the URL of this site's copy of it, when the site has one
 */
public record ArticleContext(String file, String title, String sourceLink, List<String> categories,
                             Function<String, Optional<String>> ownPageFor) {

    public ArticleContext {
        sourceLink = sourceLink == null ? "" : sourceLink;
        categories = List.copyOf(categories);
    }
}
