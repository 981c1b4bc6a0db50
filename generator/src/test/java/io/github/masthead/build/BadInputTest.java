package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import io.github.masthead.testing.BareSite;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken input is reported with its file and line, and never costs the rest of the site. */
class BadInputTest {

    private static final String SITE = """
            -- _config.yml --
            timezone: UTC
            -- _posts/2024-01-01-good.md --
            ---
            title: Good one
            ---
            Fine.
            -- _posts/2024-01-02-broken.md --
            ---
            title: Broken
            tags: [unclosed, list
            date: 2024-01-02
            ---
            Body.
            -- _posts/2024-01-03-also-good.html --
            ---
            title: Also good
            ---
            <p>Fine too.</p>
            """;

    @Test
    void malformedYamlNamesFileAndLineAndTheRestIsBuilt(@TempDir Path tmp) {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        BuildReport report = BareSite.build(site, tmp.resolve("out"));

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("_posts/2024-01-02-broken.md");
            assertThat(p.line()).isBetween(3, 5);
            assertThat(p.message()).contains("invalid YAML");
        });
        assertThat(report.postsRead()).isEqualTo(3);
        assertThat(report.postsRendered()).isEqualTo(2);
        assertThat(report.postsFailed()).isEqualTo(1);
        assertThat(report.failed()).as("not strict: reported, not failed").isFalse();
        assertThat(Trees.files(tmp.resolve("out")))
                .contains("2024/01/01/good.html", "2024/01/03/also-good.html")
                .noneMatch(p -> p.contains("broken"));
    }

    @Test
    void strictBuildWithErrorsFailsAndLeavesThePreviousSite(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        Path out = tmp.resolve("out");
        Files.delete(site.resolve("_posts/2024-01-02-broken.md"));
        assertThat(BareSite.build(site, out).hasErrors()).isFalse();
        var before = Trees.contents(out);

        TestSites.write(site, SITE);
        Files.writeString(site.resolve("_posts/2024-01-01-good.md"), "---\ntitle: Changed\n---\nNew text.\n");
        BuildReport report = Site.build(SiteConfig.builder(site).destination(out).theme("bare").strict(true).build(),
                BuildListener.NONE);

        assertThat(report.failed()).isTrue();
        assertThat(Trees.contents(out)).containsOnlyKeys(before.keySet().toArray(String[]::new));
        before.forEach((path, bytes) -> assertThat(Files.exists(out.resolve(path))).isTrue());
        assertThat(Files.readString(out.resolve("2024/01/01/good.html"))).contains("Good one").doesNotContain("Changed");
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "out");
        }
    }

    @Test
    void samePermalinkIsAnErrorNamingBothAndNothingIsOverwritten(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- _posts/2024-05-01-story.md --
                ---
                title: First story
                ---
                First.
                -- _posts/2024-05-01-other.md --
                ---
                title: Second story
                slug: story
                ---
                Second.
                """);
        Path out = tmp.resolve("out");
        BuildReport report = BareSite.build(site, out);

        assertThat(report.errors()).singleElement().satisfies(p -> {
            assertThat(p.toString()).contains("_posts/2024-05-01-story.md").contains("_posts/2024-05-01-other.md");
            assertThat(p.message()).contains("same permalink");
        });
        assertThat(report.postsFailed()).isEqualTo(1);
        assertThat(report.postsRendered()).isEqualTo(1);
        assertThat(BareSite.post(out.resolve("2024/05/01/story.html")).get("title")).isEqualTo("Second story");
    }

    @Test
    void brokenConfigNamesTheFileAndLine(@TempDir Path tmp) {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                title: News
                paginate: [5
                -- _posts/2024-01-01-a.md --
                ---
                title: A
                ---
                A.
                """);
        assertThatThrownBy(() -> BareSite.build(site, tmp.resolve("out")))
                .isInstanceOf(SiteException.class)
                .satisfies(e -> {
                    Problem p = ((SiteException) e).problem();
                    assertThat(p.file()).isEqualTo("_config.yml");
                    assertThat(p.line()).isGreaterThanOrEqualTo(2);
                });
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void wrongTypeInConfigSaysWhatToWrite(@TempDir Path tmp) {
        Path site = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                paginate: lots
                """);
        assertThatThrownBy(() -> BareSite.build(site, tmp.resolve("out")))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("_config.yml")
                .hasMessageContaining("'paginate' must be a whole number");
    }

    @Test
    void refusesToWriteOverTheSourceFolder(@TempDir Path tmp) {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        assertThatThrownBy(() -> Site.build(SiteConfig.builder(site).destination(tmp).build(), BuildListener.NONE))
                .isInstanceOf(SiteException.class)
                .hasMessageContaining("contains the site's source folder");
        assertThat(site.resolve("_posts/2024-01-01-good.md")).exists();
    }
}
