package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.BuildListener;
import io.github.masthead.clean.CleanOptions;
import io.github.masthead.content.UrlPaths;
import io.github.masthead.testing.Jekyll;
import io.github.masthead.testing.SharedData;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds the same sites with real Jekyll 4 and with Masthead and compares what comes out: the set of output
 * paths, and each post's URL, date and categories. The test theme {@code bare} starts each post with the line
 * {@code url TAB date TAB categories}, which the fixture's {@code manifest.txt} makes Jekyll write too.
 */
class JekyllDifferentialTest {

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("date style, Taipei, paginated", """
                        timezone: Asia/Taipei
                        paginate: 4
                        plugins: [jekyll-paginate]
                        """),
                Arguments.of("pretty, New York, drafts and future", """
                        timezone: America/New_York
                        permalink: pretty
                        show_drafts: true
                        future: true
                        paginate: 3
                        paginate_path: "/page:num/"
                        plugins: [jekyll-paginate]
                        """),
                Arguments.of("ordinal, UTC, unpublished shown", """
                        timezone: UTC
                        permalink: ordinal
                        unpublished: true
                        """),
                Arguments.of("none, Berlin", """
                        timezone: Europe/Berlin
                        permalink: none
                        """),
                Arguments.of("weekdate, Tokyo", """
                        timezone: Asia/Tokyo
                        permalink: weekdate
                        """),
                Arguments.of("custom with every date placeholder", """
                        timezone: Asia/Kolkata
                        permalink: /:short_year/:long_month/:short_month/:i_month/:i_day/:y_day/:long_day/:hour:minute:second/:name:output_ext
                        """),
                Arguments.of("custom slug folders, machine zone", """
                        permalink: /:categories/:year/:slug/
                        paginate: 5
                        paginate_path: /archive/page:num/
                        plugins: [jekyll-paginate]
                        """),
                Arguments.of("custom without extension, excludes", """
                        timezone: Asia/Singapore
                        permalink: /:categories/:title
                        exclude: [contact.html, images]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void sameOutputAsJekyll(String name, String config, @TempDir Path tmp) throws Exception {
        Jekyll.assumeInstalled();
        Path site = TestSites.writeResource(tmp.resolve("site"), "jekyll-matrix");
        Files.writeString(site.resolve("_config.yml"), config, StandardCharsets.UTF_8);

        Path jekyllOut = tmp.resolve("jekyll");
        Jekyll.build(site, jekyllOut);
        Path mastheadOut = tmp.resolve("masthead");
        BuildReport report = Site.build(SiteConfig.builder(site).destination(mastheadOut).theme("bare").build(),
                BuildListener.NONE);

        assertThat(report.errors()).isEmpty();
        // Masthead also writes its cleaning report, which has no counterpart in Jekyll.
        assertThat(Trees.files(mastheadOut)).filteredOn(p -> !p.equals(CleanOptions.DEFAULT_REPORT))
                .containsExactlyElementsOf(Trees.files(jekyllOut));
        List<String> posts = Files.readAllLines(jekyllOut.resolve("manifest.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(posts).hasSizeGreaterThan(15);
        for (String line : posts) {
            String url = line.substring(0, line.indexOf('\t'));
            Path written = mastheadOut.resolve(UrlPaths.outputPath(url, ".html"));
            String first = Files.readAllLines(written, StandardCharsets.UTF_8).get(0);
            assertThat(first.strip()).as(url).isEqualTo(line.strip());
        }
    }

    @Test
    void corpusSamplePostsGetJekyllsUrls(@TempDir Path tmp) throws Exception {
        Jekyll.assumeInstalled();
        Path corpus = SharedData.require("corpus-sample");
        Path jekyllOut = tmp.resolve("jekyll");
        Jekyll.build(corpus, jekyllOut);
        Path mastheadOut = tmp.resolve("masthead");
        BuildReport report = Site.build(SiteConfig.builder(corpus).destination(mastheadOut).build(),
                BuildListener.NONE);

        List<String> jekyllPosts = postFiles(jekyllOut);
        assertThat(jekyllPosts).hasSize(64);
        assertThat(report.postsRendered()).isEqualTo(64);
        assertThat(report.errors()).isEmpty();
        assertThat(postFiles(mastheadOut)).containsExactlyElementsOf(jekyllPosts);
    }

    /** Output files that are posts: in the corpus every post lives below a dated folder. */
    private static List<String> postFiles(Path out) {
        return Trees.files(out).stream().filter(p -> p.matches(".+/\\d{4}/\\d{2}/\\d{2}/.+\\.html")).toList();
    }
}
