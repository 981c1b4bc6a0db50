package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.io.SyndFeedInput;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import io.github.masthead.config.ConfigLoader;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import io.github.masthead.theme.ThemeResolver;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats come from the theme's {@code theme.yml}, changed by the site's jekyll-feed {@code feed:} block and
 * its own {@code outputs:}; a site adds a format with YAML and a template alone.
 */
class OutputFormatsTest {

    private static final String POSTS = """
            -- _posts/2024-03-01-one.md --
            ---
            title: One
            categories: [dw]
            tags: [port, strike]
            ---
            First.
            -- _posts/2024-03-02-two.md --
            ---
            title: Two
            categories: [bbc]
            tags: [port]
            ---
            Second.
            -- _posts/2024-03-03-three.md --
            ---
            title: Three
            categories: [dw]
            ---
            Third, <a href="/news/about/">about</a> and <img src="../img/x.png" alt="x">.
            """;

    @Test
    void theThemeDeclaresTheFeedsSitemapsAndRobots(@TempDir Path tmp) {
        Map<String, OutputFormat> formats = formats(tmp, "");
        assertThat(formats.keySet()).contains("atom", "atom_category", "atom_tag", "rss", "json_feed", "sitemap",
                "news_sitemap", "robots");
        assertThat(formats.get("atom").path()).isEqualTo("/feed.xml");
        assertThat(formats.get("atom").limit()).isEqualTo(20);
        assertThat(formats.get("atom_category").path()).isEqualTo("/feed/:slug.xml");
        assertThat(formats.get("atom_tag").enabled()).isFalse();
        assertThat(formats.get("news_sitemap").days()).isEqualTo(2);
    }

    @Test
    void jekyllFeedSettingsApplyToTheFeedGroup(@TempDir Path tmp) {
        Map<String, OutputFormat> formats = formats(tmp, """
                feed:
                  posts_limit: 5
                  categories: [dw]
                  tags: {except: [strike]}
                  excerpt_only: true
                """);
        assertThat(formats.get("atom").limit()).isEqualTo(5);
        assertThat(formats.get("json_feed").limit()).isEqualTo(5);
        assertThat(formats.get("atom_category").only()).containsExactly("dw");
        assertThat(formats.get("atom_tag").enabled()).isTrue();
        assertThat(formats.get("atom_tag").except()).containsExactly("strike");
        assertThat(formats.get("rss").params()).containsEntry("excerpt_only", true);
        assertThat(formats.get("sitemap").limit()).as("not of the feed group").isZero();
    }

    @Test
    void aSiteTurnsFormatsOffAndChangesThem(@TempDir Path tmp) {
        Map<String, OutputFormat> formats = formats(tmp, """
                feed: false
                outputs:
                  rss: {enabled: true, path: /index.rss}
                  robots: false
                """);
        assertThat(formats.get("atom").enabled()).isFalse();
        assertThat(formats.get("atom_category").enabled()).isFalse();
        assertThat(formats.get("rss").enabled()).isTrue();
        assertThat(formats.get("rss").path()).isEqualTo("/index.rss");
        assertThat(formats.get("robots").enabled()).isFalse();
    }

    @Test
    void mistakesNameTheFileTheOutputAndTheKey(@TempDir Path tmp) {
        assertThatThrownBy(() -> formats(tmp.resolve("a"), "outputs:\n  mine: {template: layouts/x}\n"))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("_config.yml").hasMessageContaining("output 'mine'")
                .hasMessageContaining("'path' must be given");
        assertThatThrownBy(() -> formats(tmp.resolve("b"),
                "outputs:\n  mine: {template: layouts/x, path: /x.xml, scope: category}\n"))
                .hasMessageContaining("a path with :slug");
        assertThatThrownBy(() -> formats(tmp.resolve("c"), "outputs:\n  atom: {limit: many}\n"))
                .hasMessageContaining("'limit' must be a whole number");
        assertThatThrownBy(() -> formats(tmp.resolve("d"), "feed: yes please\n"))
                .hasMessageContaining("'feed' must be false or a mapping");
    }

    @Test
    void aSiteAddsFormatsWithYamlAndATemplateOnly(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        BuildReport report = build(tmp, """
                -- _config.yml --
                title: Desk
                url: https://example.org
                baseurl: /news
                timezone: UTC
                feed: {posts_limit: 2, tags: true}
                outputs:
                  category_json:
                    template: layouts/outputs/feed.json
                    media_type: application/feed+json
                    path: /feed/:slug.json
                    scope: category
                  titles:
                    template: layouts/outputs/titles.txt
                    path: /titles.txt
                    items: all
                -- _layouts/outputs/titles.txt.peb --
                {% for item in items %}{{ item.title }};{% endfor %}
                """ + POSTS, out);
        assertThat(report.errors()).isEmpty();
        assertThat(Trees.files(out)).contains("feed/dw.json", "feed/bbc.json", "titles.txt", "feed/by_tag/port.xml",
                "feed/by_tag/strike.xml", "feed/dw.xml", "feed.xml", "rss.xml", "feed.json");
        JsonNode dw = new ObjectMapper().readTree(out.resolve("feed/dw.json").toFile());
        assertThat(dw.get("feed_url").asText()).isEqualTo("https://example.org/news/feed/dw.json");
        assertThat(dw.get("items")).extracting(i -> i.get("title").asText()).containsExactly("Three", "One");
        assertThat(Files.readString(out.resolve("titles.txt"))).as("the home page, then the posts").isEqualTo("Desk;Three;Two;One;");
        try (Reader in = Files.newBufferedReader(out.resolve("feed.xml"))) {
            var feed = new SyndFeedInput().build(in);
            assertThat(feed.getEntries()).as("posts_limit").hasSize(2);
            assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
                    .as("links in content are absolute").contains("href=\"https://example.org/news/about/\"",
                            "src=\"https://example.org/news/dw/2024/03/img/x.png\"");
        }
    }

    @Test
    void excerptOnlyFeedsLeaveTheContentOut(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        build(tmp, "-- _config.yml --\nurl: https://example.org\nfeed: {excerpt_only: true}\n" + POSTS, out);
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("<summary>").doesNotContain("<content");
        assertThat(Files.readString(out.resolve("rss.xml"))).doesNotContain("<content:encoded>");
        assertThat(new ObjectMapper().readTree(out.resolve("feed.json").toFile()).get("items").get(0)
                .has("content_html")).isFalse();
    }

    @Test
    void theSitesOwnFileWinsOverTheThemes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        BuildReport report = build(tmp, """
                -- _config.yml --
                url: https://example.org
                -- robots.txt --
                User-agent: *
                Disallow: /private/
                """ + POSTS, out);
        assertThat(report.errors()).isEmpty();
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Disallow: /private/")
                .doesNotContain("Sitemap:");
    }

    @Test
    void categoriesSharingASlugShareOneFeed(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        build(tmp, """
                -- _config.yml --
                url: https://example.org
                -- _posts/2024-03-01-one.md --
                ---
                title: One
                categories: [News]
                ---
                First.
                -- _posts/2024-03-02-two.md --
                ---
                title: Two
                categories: [news]
                ---
                Second.
                -- _posts/2024-03-03-three.md --
                ---
                title: Three
                categories: [News]
                ---
                Third.
                """, out);
        try (Reader reader = Files.newBufferedReader(out.resolve("feed/news.xml"))) {
            var feed = new SyndFeedInput().build(reader);
            assertThat(feed.getTitle()).as("the spelling most posts use").contains("News");
            assertThat(feed.getEntries()).extracting(e -> e.getTitle()).containsExactly("Three", "Two", "One");
        }
    }

    @Test
    void aSiteWithoutUrlIsWarned(@TempDir Path tmp) {
        BuildReport report = build(tmp, "-- _config.yml --\ntitle: x\n" + POSTS, tmp.resolve("out"));
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("'url' is not set"));
    }

    @Test
    void aPaginatedSectionHasItsPagesAtThePaginatePathLinkedInOrder(@TempDir Path tmp) throws IOException {
        StringBuilder spec = new StringBuilder("""
                -- _config.yml --
                title: x
                url: https://example.org
                outputs:
                  section: {paginate: 2}
                """);
        for (int day = 1; day <= 5; day++) {
            spec.append("-- _posts/2024-04-0").append(day).append("-story").append(day).append(".md --\n")
                    .append("---\ntitle: Story ").append(day).append("\ncategories: [harbour]\n---\nText.\n");
        }
        Path out = tmp.resolve("out");
        assertThat(build(tmp, spec.toString(), out).errors()).isEmpty();

        String first = Files.readString(out.resolve("harbour/index.html"));
        String second = Files.readString(out.resolve("harbour/page2/index.html"));
        String third = Files.readString(out.resolve("harbour/page3/index.html"));
        assertThat(out.resolve("harbour/page4")).doesNotExist();
        assertThat(first).contains("Story 5", "Story 4").doesNotContain("Story 3")
                .contains("rel=\"next\" href=\"/harbour/page2/\"").doesNotContain("rel=\"prev\"");
        assertThat(second).contains("Story 3", "Story 2").doesNotContain("Story 4", "Story 1")
                .contains("rel=\"prev\" href=\"/harbour/\"", "rel=\"next\" href=\"/harbour/page3/\"");
        assertThat(third).contains("Story 1").doesNotContain("Story 2", "rel=\"next\"")
                .contains("rel=\"prev\" href=\"/harbour/page2/\"");
    }

    private static Map<String, OutputFormat> formats(Path tmp, String config) {
        Path source = TestSites.write(tmp, "-- _config.yml --\n" + config);
        var settings = new ConfigLoader().load(source, Map.of());
        var theme = new ThemeResolver(OutputFormatsTest.class.getClassLoader()).resolve("newsroom", source);
        return OutputFormats.read(theme, settings).stream()
                .collect(Collectors.toMap(OutputFormat::name, Function.identity()));
    }

    private static BuildReport build(Path tmp, String spec, Path out) {
        return Site.build(SiteConfig.builder(TestSites.write(tmp.resolve("src"), spec)).destination(out).build(),
                BuildListener.NONE);
    }
}
