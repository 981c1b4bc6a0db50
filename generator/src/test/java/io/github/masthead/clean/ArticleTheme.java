package io.github.masthead.clean;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The test theme {@code article} (a folder under {@code src/test/resources/clean/theme}): its post pages hold
 * the cleaned article in {@code <article>} and the source link in {@code <a class="source">}.
 */
final class ArticleTheme {

    private ArticleTheme() {
    }

    /** The theme folder, as an absolute path a site can name as its theme. */
    static Path folder() {
        try {
            return Path.of(ArticleTheme.class.getResource("/clean/theme/theme.yml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds {@code site} into {@code out} with this theme. */
    static BuildReport build(Path site, Path out, BuildListener listener) {
        return Site.build(SiteConfig.builder(site).destination(out).theme(folder().toString()).build(), listener);
    }

    /** The page of a post written by this theme. */
    static Document page(Path file) {
        try {
            return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article element of a post page. */
    static Element article(Path file) {
        Element article = page(file).selectFirst("body > article");
        if (article == null) {
            throw new AssertionError("no article in " + file);
        }
        return article;
    }
}
