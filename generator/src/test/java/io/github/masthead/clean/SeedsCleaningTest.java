package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.testing.SharedData;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two seed posts the project was specified from come out clean: no feedx footer, no timestamp comment, no
 * duplicated title, no image that only has a lazy source, and no DW copyright notice. Skipped without the shared
 * data.
 */
class SeedsCleaningTest {

    @Test
    void bothSeedsComeOutClean(@TempDir Path tmp) throws IOException {
        Path seeds = SharedData.require("seeds");
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "timezone: Asia/Taipei\n");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                String name = seed.getFileName().toString().substring(0, 3);
                Files.copy(seed, site.resolve("_posts/2023-02-22-seed-" + name + ".html"));
            }
        }
        Path out = tmp.resolve("out");
        BuildReport report = ArticleTheme.build(site, out, BuildListener.NONE);
        assertThat(report.errors()).isEmpty();
        List<String> pages = Trees.files(out).stream().filter(p -> p.contains("seed-")).toList();
        assertThat(pages).hasSize(2);

        for (String page : pages) {
            Document doc = ArticleTheme.page(out.resolve(page));
            Element article = doc.selectFirst("body > article");
            String title = doc.selectFirst("h1").text();
            assertThat(article.text()).as(page).doesNotContain("获取更多RSS", "feedx", "版權聲明", "版权声明",
                    "[" + title + "]", "------");
            assertThat(Texts.squeeze(TextSegments.of(article).get(0))).as(page + " starts with its title")
                    .isNotEqualTo(Texts.squeeze(title));
            NodeTraversor.traverse((node, depth) -> assertThat(node).as(page).isNotInstanceOf(Comment.class), article);
            assertThat(article.select("img")).as(page).isNotEmpty()
                    .allSatisfy(img -> assertThat(img.attr("src")).startsWith("https://"));
            assertThat(article.select("[data-src], [data-srcset]")).as(page).isEmpty();
            assertThat(doc.selectFirst("a.source").attr("href")).as(page).startsWith("https://www.");
        }
        String dw = Files.readString(out.resolve(pages.stream().filter(p -> p.contains("000")).findFirst().orElseThrow()),
                StandardCharsets.UTF_8);
        assertThat(dw).doesNotContain("api.dw.com", "weserv").contains("https://www.dw.com/zh/a-64759686");
    }

    /** A seed body whose headline block survived (front matter title differs) gives its link to the post. */
    @Test
    void theHeadlineBlockOfASeedIsRemovedAndItsLinkKept() throws IOException {
        Path seed = SharedData.require("seeds").resolve("000_9eeed609b1b25c46.txt");
        String body = Files.readString(seed, StandardCharsets.UTF_8);
        try (ArticleCleaner cleaner = new ArticleCleaner()) {
            CleanResult result = cleaner.clean(body, ArticleContext.of("seed.html", "另一個標題", ""));
            assertThat(result.sourceLink()).hasValueSatisfying(link -> assertThat(link)
                    .startsWith("https://www.dw.com/zh/").endsWith("/a-64780954"));
            assertThat(result.removals()).containsKeys("title-block", "comments", "dw-copyright", "dw-api-links");
            assertThat(result.html()).doesNotContain("------", "1677032225000").startsWith("<img");
        }
    }
}
