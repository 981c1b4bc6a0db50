package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.SiteView;
import io.github.masthead.testing.Schemas;
import io.github.masthead.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Above 50,000 URLs the sitemap is split into parts and {@code /sitemap.xml} becomes a sitemap index, as the
 * sitemap protocol requires; every file validates against the sitemaps.org schemas.
 */
class SitemapSplitTest {

    private static final Pattern LOC = Pattern.compile("<loc>(.*?)</loc>");

    @Test
    void aSiteOverFiftyThousandUrlsGetsASitemapIndex(@TempDir Path tmp) throws Exception {
        ThemeOutputs outputs = ThemeOutputs.of(tmp, Map.of("url", "https://example.org", "timezone", "UTC"), "sitemap");
        Settings settings = outputs.settings();
        List<OutputFormat> sitemap = outputs.formats();
        assertThat(sitemap).singleElement().extracting(OutputFormat::split).isEqualTo(50_000);

        int posts = 50_000; // with the home page, one URL over the limit
        SiteModel model = new SiteModel(generatedPosts(posts), List.of());
        Path out = tmp.resolve("out");
        List<Problem> problems = new ArrayList<>();
        try (Publisher publisher = new Publisher(out)) {
            int written = new OutputRenderer(outputs.engine(), new SiteView(settings, model), publisher, problems::add)
                    .render(sitemap, List.of());
            assertThat(written).isEqualTo(3);
            publisher.commit();
        }
        assertThat(problems).isEmpty();

        String index = Files.readString(out.resolve("sitemap.xml"));
        assertThat(index).contains("<sitemapindex");
        assertThat(locs(index)).containsExactly("https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml");
        assertThat(new Schemas("siteindex.xsd").errors(out.resolve("sitemap.xml"))).isEmpty();
        Schemas urlset = new Schemas("sitemap.xsd");
        Set<String> all = new HashSet<>();
        for (String part : List.of("sitemap-1.xml", "sitemap-2.xml")) {
            assertThat(urlset.errors(out.resolve(part))).as(part).isEmpty();
            all.addAll(locs(Files.readString(out.resolve(part))));
        }
        assertThat(locs(Files.readString(out.resolve("sitemap-1.xml")))).hasSize(50_000);
        assertThat(all).hasSize(posts + 1).contains("https://example.org/", "https://example.org/p/49999.html");
    }

    @Test
    void theSplitIsASettingOfTheSite(@TempDir Path tmp) throws Exception {
        StringBuilder spec = new StringBuilder("""
                -- _config.yml --
                url: https://example.org
                timezone: UTC
                outputs:
                  sitemap: {split: 2}
                """);
        for (int day = 1; day <= 5; day++) {
            spec.append("-- _posts/2024-03-0").append(day).append("-post.md --\n---\ntitle: Post ").append(day)
                    .append("\n---\nText.\n");
        }
        Path out = tmp.resolve("out");
        BuildReport report = Site.build(SiteConfig.builder(TestSites.write(tmp.resolve("src"), spec.toString()))
                .destination(out).build(), BuildListener.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(locs(Files.readString(out.resolve("sitemap.xml")))).containsExactly(
                "https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml",
                "https://example.org/sitemap-3.xml");
        assertThat(new Schemas("siteindex.xsd").errors(out.resolve("sitemap.xml"))).isEmpty();
        assertThat(locs(Files.readString(out.resolve("sitemap-3.xml")))).hasSize(2); // home + 5 posts = 2 + 2 + 2
        assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: https://example.org/sitemap.xml");
    }

    private static List<Post> generatedPosts(int count) {
        ZonedDateTime start = ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String url = "/p/" + i + ".html";
            posts.add(new Post("_posts/p" + i + ".md", "p" + i, "Post " + i, start.plusMinutes(i), List.of(),
                    List.of(), "post", "", "", url, url.substring(1), "<p>Text.</p>", "Text.", "", false, Map.of()));
        }
        return posts;
    }

    private static List<String> locs(String xml) {
        Matcher m = LOC.matcher(xml);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
