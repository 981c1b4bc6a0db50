package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.github.masthead.testing.ExampleSite;
import io.github.masthead.testing.Schemas;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine outputs of the example site, read back with real parsers: ROME for Atom and RSS, Jackson for
 * JSON Feed and JSON-LD, and the sitemaps.org and Google News schemas for the sitemaps.
 */
class ExampleOutputsTest {

    private static final String BASE = "https://example.github.io/news/";
    private static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?"
            + "(Z|[+-]\\d\\d:\\d\\d)");
    private static final Pattern RFC_822 = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} "
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path site;
    static JsonNode jsonFeed;

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build(tmp.resolve("site"));
        jsonFeed = JSON.readTree(site.resolve("feed.json").toFile());
    }

    @Test
    void atomFeedHasEveryPostWithFullContentAndAbsoluteLinks() throws Exception {
        SyndFeed feed = feed("feed.xml");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(jsonFeed.get("items").size()).hasSizeGreaterThanOrEqualTo(8);
        for (SyndEntry entry : feed.getEntries()) {
            assertThat(entry.getLink()).startsWith(BASE);
            assertThat(entry.getContents()).singleElement().satisfies(c -> {
                assertThat(c.getType()).isEqualTo("html");
                assertThat(c.getValue()).contains("<").doesNotContain("src=\"/", "href=\"/");
            });
            assertThat(entry.getPublishedDate()).isNotNull();
        }
        String xml = text("feed.xml");
        assertThat(matches(xml, "<published>(.*?)</published>")).hasSize(feed.getEntries().size())
                .allMatch(d -> RFC_3339.matcher(d).matches() && d.endsWith("+08:00"));
        assertThat(xml).contains("<link href=\"" + BASE + "feed.xml\" rel=\"self\"");
    }

    @Test
    void eachCategoryHasItsOwnFeedWithOnlyItsPosts() throws Exception {
        List<Path> feeds;
        try (Stream<Path> files = Files.list(site.resolve("feed"))) {
            feeds = files.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertThat(feeds).extracting(p -> p.getFileName().toString()).contains("dw.xml", "cna.xml", "bbc.xml");
        SyndFeed dw = feed("feed/dw.xml");
        assertThat(dw.getEntries()).isNotEmpty().allSatisfy(e -> assertThat(e.getCategories())
                .extracting(SyndCategory::getName).contains("dw"));
        assertThat(dw.getTitle()).endsWith("dw");
        int total = 0;
        for (Path f : feeds) {
            total += feed(site.relativize(f).toString()).getEntries().size();
        }
        assertThat(total).as("posts over all category feeds").isGreaterThanOrEqualTo(jsonFeed.get("items").size());
    }

    @Test
    void rssFeedHasRfc822DatesAndFullContent() throws Exception {
        SyndFeed feed = feed("rss.xml");
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(jsonFeed.get("items").size());
        assertThat(feed.getEntries()).allSatisfy(e -> {
            assertThat(e.getPublishedDate()).isNotNull();
            assertThat(e.getContents()).isNotEmpty();
            assertThat(e.getLink()).startsWith(BASE);
        });
        assertThat(matches(text("rss.xml"), "<pubDate>(.*?)</pubDate>")).hasSize(feed.getEntries().size())
                .allMatch(d -> RFC_822.matcher(d).matches() && d.endsWith("+0800"));
    }

    @Test
    void jsonFeedHasTheRequiredFields() {
        assertThat(jsonFeed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(jsonFeed.get("title").asText()).isEqualTo("瀾港新聞鏡像");
        assertThat(jsonFeed.get("feed_url").asText()).isEqualTo(BASE + "feed.json");
        assertThat(jsonFeed.get("items")).allSatisfy(item -> {
            assertThat(item.get("id").isTextual()).isTrue();
            assertThat(item.get("url").asText()).startsWith(BASE);
            assertThat(item.get("content_html").asText()).isNotBlank();
            assertThat(OffsetDateTime.parse(item.get("date_published").asText())).isNotNull();
            if (item.has("image")) {
                assertThat(item.get("image").asText()).matches("https?://[^/]+/.*").doesNotContain("io/https:");
            }
        });
    }

    @Test
    void sitemapListsEveryPostAndPageAndIsValid() throws Exception {
        assertThat(new Schemas("sitemap.xsd").errors(site.resolve("sitemap.xml"))).isEmpty();
        Set<String> locs = new HashSet<>(matches(text("sitemap.xml"), "<loc>(.*?)</loc>"));
        Set<String> expected = new HashSet<>(List.of(BASE, BASE + "about/"));
        jsonFeed.get("items").forEach(item -> expected.add(item.get("url").asText()));
        assertThat(locs).isEqualTo(expected);
        assertThat(matches(text("sitemap.xml"), "<lastmod>(.*?)</lastmod>")).hasSize(expected.size() - 1)
                .allMatch(d -> RFC_3339.matcher(d).matches());
    }

    @Test
    void newsSitemapListsTheLastTwoDaysAndIsValid() throws Exception {
        assertThat(new Schemas("sitemap.xsd", "sitemap-news.xsd").errors(site.resolve("news-sitemap.xml")))
                .isEmpty();
        OffsetDateTime newest = null;
        for (JsonNode item : jsonFeed.get("items")) {
            OffsetDateTime d = OffsetDateTime.parse(item.get("date_published").asText());
            newest = newest == null || d.isAfter(newest) ? d : newest;
        }
        OffsetDateTime since = newest.minusDays(2);
        Set<String> recent = new HashSet<>();
        jsonFeed.get("items").forEach(item -> {
            if (!OffsetDateTime.parse(item.get("date_published").asText()).isBefore(since)) {
                recent.add(item.get("url").asText());
            }
        });
        String xml = text("news-sitemap.xml");
        assertThat(new HashSet<>(matches(xml, "<loc>(.*?)</loc>"))).isEqualTo(recent).isNotEmpty();
        assertThat(xml).contains("<news:language>zh-tw</news:language>", "<news:name>瀾港新聞鏡像</news:name>");
    }

    @Test
    void robotsTxtNamesTheSitemapsByAbsoluteUrl() throws Exception {
        assertThat(text("robots.txt").lines()).contains("User-agent: *", "Sitemap: " + BASE + "sitemap.xml",
                "Sitemap: " + BASE + "news-sitemap.xml");
    }

    @Test
    void postPagesCarryNewsArticleJsonLdAndSocialTags() throws Exception {
        JsonNode first = jsonFeed.get("items").get(0);
        String url = first.get("url").asText();
        Document page = Jsoup.parse(site.resolve(io.github.masthead.content.UrlPaths.outputPath(
                url.substring(BASE.length() - 1), ".html")).toFile(), "UTF-8");
        JsonNode ld = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo(first.get("title").asText());
        assertThat(ld.get("datePublished").asText()).isEqualTo(first.get("date_published").asText());
        assertThat(ld.get("dateModified").asText()).isNotEmpty();
        assertThat(ld.get("publisher").get("name").asText()).isEqualTo("瀾港新聞鏡像");
        assertThat(ld.get("author").get("name").asText()).isNotEmpty();
        assertThat(ld.get("mainEntityOfPage").get("@id").asText()).isEqualTo(url);
        assertThat(ld.get("image").get(0).asText()).startsWith("http");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo(first.get("title").asText());
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("link[rel=alternate]").eachAttr("href")).contains(BASE + "feed.xml",
                BASE + "rss.xml", BASE + "feed.json").anyMatch(h -> h.startsWith(BASE + "feed/"));
    }

    @Test
    void otherPagesCarryWebSiteJsonLd() throws Exception {
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        JsonNode ld = JSON.readTree(home.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("WebSite");
        assertThat(ld.get("url").asText()).isEqualTo(BASE);
        assertThat(home.title()).isEqualTo("瀾港新聞鏡像");
        assertThat(home.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("website");
    }

    private static SyndFeed feed(String path) throws Exception {
        try (Reader in = Files.newBufferedReader(site.resolve(path), StandardCharsets.UTF_8)) {
            return new SyndFeedInput().build(in);
        }
    }

    private static String text(String path) throws Exception {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
