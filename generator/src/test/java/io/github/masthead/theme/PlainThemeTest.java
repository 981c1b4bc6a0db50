package io.github.masthead.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.ExampleSite;
import io.github.masthead.testing.HtmlChecker;
import io.github.masthead.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second theme, {@code plain}, builds the example site through the same theme API as {@code newsroom}: its
 * own layouts, assets, words and outputs, and nothing of the other theme's.
 */
class PlainThemeTest {

    @Test
    void theExampleSiteBuildsWithThePlainThemeAlone(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        BuildReport report = Site.build(SiteConfig.builder(ExampleSite.source()).destination(out).theme("plain")
                .build(), BuildListener.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.postsRendered()).isPositive();

        String home = Files.readString(out.resolve("index.html"));
        assertThat(home).contains("class=\"headlines\"").contains("/news/assets/css/plain.css")
                .doesNotContain("main.css").doesNotContain("<script");
        assertThat(Files.readString(out.resolve("headlines.txt"))).contains("https://example.github.io/news/");
        assertThat(Trees.files(out)).as("the newsroom's outputs are the newsroom's")
                .noneMatch(p -> p.equals("feed.xml") || p.startsWith("search/") || p.startsWith("archive/"));

        String post = Trees.files(out).stream().filter(p -> p.startsWith("kyodo/") && p.endsWith(".html"))
                .findFirst().orElseThrow();
        assertThat(Files.readString(out.resolve(post))).contains("<article data-article-body")
                .as("the theme's zh-Hant words").contains("原文");
        HtmlChecker checker = new HtmlChecker();
        for (String page : List.of("index.html", post)) {
            assertThat(checker.errors(out.resolve(page))).as(page).isEmpty();
        }
    }
}
