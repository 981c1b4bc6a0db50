package io.github.masthead.clean;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the cleaner knows about the article it cleans. Immutable.
 *
 * @param file        the post's path relative to the site source, for reports
 * @param title       the post's title
 * @param sourceLink  the URL of the original article, or empty
 * @param categories  the post's categories
 * @param ownPageFor  maps an original article URL to the URL of this site's copy of it, when the site has one
 * @param isSitePath  whether a root-relative path (such as one {@code ownPageFor} returned) is this site's own,
 *                    so that it is not read as relative to the original article
 */
public record ArticleContext(String file, String title, String sourceLink, List<String> categories,
                             Function<String, Optional<String>> ownPageFor, Predicate<String> isSitePath) {

    public ArticleContext {
        title = title == null ? "" : title;
        sourceLink = sourceLink == null ? "" : sourceLink.strip();
        categories = List.copyOf(categories);
        ownPageFor = ownPageFor == null ? link -> Optional.empty() : ownPageFor;
        isSitePath = isSitePath == null ? path -> false : isSitePath;
    }

    /** A context without knowledge of the site's other pages. */
    public ArticleContext(String file, String title, String sourceLink, List<String> categories,
                          Function<String, Optional<String>> ownPageFor) {
        this(file, title, sourceLink, categories, ownPageFor, null);
    }

    /** A context for an article of its own, as tests and benchmarks clean. */
    public static ArticleContext of(String file, String title, String sourceLink, String... categories) {
        return new ArticleContext(file, title, sourceLink, List.of(categories), null, null);
    }
}
