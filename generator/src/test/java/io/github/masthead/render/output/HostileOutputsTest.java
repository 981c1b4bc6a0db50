package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.HtmlChecker;
import io.github.masthead.testing.Schemas;
import io.github.masthead.testing.TestSites;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front-matter values written to break out of their place (a title closing the JSON-LD {@code <script>},
 * quotes closing an attribute, markup, ampersands, a control character) stay text in the feeds, the JSON-LD and
 * the meta tags: each parser reads back exactly the value that was written.
 */
class HostileOutputsTest {

    private static final String TITLE = "</script><script>alert(\"t\")</script> & 'q' <b>x</b> \u2028 end";
    private static final String AUTHOR = "</script>\"><img src=x onerror=alert(1)>";
    private static final String DESCRIPTION = "desc </script> \"quoted\" & <i>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        Path source = TestSites.write(tmp.resolve("src"), """
                -- _config.yml --
                title: "Site & <Co>"
                url: https://example.org
                timezone: UTC
                -- _posts/2024-05-01-hostile.md --
                ---
                title: "</script><script>alert(\\"t\\")</script> & 'q' <b>x</b> \\u2028 end"
                author: "</script>\\"><img src=x onerror=alert(1)>"
                description: "desc </script> \\"quoted\\" & <i>"
                tags: ["</script>", "a&b"]
                categories: [news]
                link: "https://example.com/a story?x=1&y=2"
                ---
                Body text & more.
                -- _posts/2024-04-30-bell.md --
                ---
                title: "Bell \\a rings"
                ---
                A control character \u0007 in the body, too.
                """);
        out = tmp.resolve("out");
        BuildReport report = Site.build(SiteConfig.builder(source).destination(out).build(), BuildListener.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.postsRendered()).isEqualTo(2);
    }

    @Test
    void feedsReadBackTheExactValues() throws Exception {
        for (String path : new String[] {"feed.xml", "rss.xml", "feed/news.xml"}) {
            SyndFeed feed = feed(path);
            assertThat(feed.getTitle()).as(path).startsWith("Site & <Co>");
            SyndEntry entry = feed.getEntries().get(0);
            assertThat(entry.getTitle()).as(path).isEqualTo(TITLE);
            assertThat(entry.getAuthor()).as(path).isEqualTo(AUTHOR);
        }
        assertThat(feed("feed.xml").getEntries()).extracting(SyndEntry::getTitle)
                .as("a control character, which neither XML nor HTML allows, is dropped").contains("Bell  rings");
        JsonNode item = JSON.readTree(out.resolve("feed.json").toFile()).get("items").get(0);
        assertThat(item.get("title").asText()).isEqualTo(TITLE);
        assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo(AUTHOR);
        assertThat(item.get("external_url").asText()).isEqualTo("https://example.com/a%20story?x=1&y=2");
        assertThat(Files.readString(out.resolve("feed.json"))).doesNotContain("<", ">", "\u2028");
    }

    @Test
    void jsonLdAndMetaTagsKeepTheValuesAsText() throws Exception {
        Path file = out.resolve("news/2024/05/01/hostile.html");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("script")).as("no script but the JSON-LD and the theme's own two").hasSize(3)
                .allSatisfy(script -> assertThat(script.attr("type").equals("application/ld+json")
                        || script.attr("src").endsWith("/assets/js/theme.js")
                        || script.data().contains("localStorage.getItem('masthead-theme')")).isTrue());
        assertThat(page.select("img[onerror], b, i")).isEmpty();
        JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("headline").asText()).isEqualTo(TITLE);
        assertThat(ld.get("description").asText()).isEqualTo(DESCRIPTION);
        assertThat(ld.get("author").get("name").asText()).isEqualTo(AUTHOR);
        assertThat(ld.get("keywords").get(0).asText()).isEqualTo("</script>");
        assertThat(page.selectFirst("title").wholeText()).isEqualTo(TITLE + " | Site & <Co>");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(DESCRIPTION);
        assertThat(page.select("meta[property=article:tag]").eachAttr("content")).containsExactly("</script>", "a&b");
        assertThat(page.selectFirst("a.source-link").attr("href")).isEqualTo("https://example.com/a%20story?x=1&y=2");
        assertThat(new HtmlChecker().errors(file)).isEmpty();
    }

    @Test
    void theSearchIndexKeepsTheValuesAsText() throws Exception {
        JsonNode docs = JSON.readTree(out.resolve("search/d-0.json").toFile());
        assertThat(docs).extracting(d -> d.get(0).asText()).contains(TITLE);
        assertThat(Files.readString(out.resolve("search/d-0.json"))).doesNotContain("<", ">");
        JsonNode meta = JSON.readTree(out.resolve("search/meta.json").toFile());
        String token = SearchIndex.tokens(TITLE).iterator().next();
        JsonNode shard = JSON.readTree(out.resolve("search/t-" + SearchIndex.shard(token,
                meta.get("token_shards").asInt()) + ".json").toFile());
        assertThat(shard.has(token)).as("the title's first token, " + token).isTrue();
    }

    @Test
    void sitemapsStayValid() throws Exception {
        assertThat(new Schemas("sitemap.xsd").errors(out.resolve("sitemap.xml"))).isEmpty();
        assertThat(new Schemas("sitemap.xsd", "sitemap-news.xsd").errors(out.resolve("news-sitemap.xml"))).isEmpty();
        assertThat(Files.readString(out.resolve("news-sitemap.xml"))).contains("<news:title>&lt;/script&gt;");
    }

    private static SyndFeed feed(String path) throws Exception {
        try (Reader in = Files.newBufferedReader(out.resolve(path), StandardCharsets.UTF_8)) {
            return new SyndFeedInput().build(in);
        }
    }
}
