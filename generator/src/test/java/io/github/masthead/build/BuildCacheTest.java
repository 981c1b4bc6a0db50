package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with a cache reads and cleans only what changed, and writes exactly what a fresh build writes. */
class BuildCacheTest {

    private static final String SITE = """
            -- _config.yml --
            title: Harbour Gazette
            timezone: UTC
            clean:
              packs: [_clean/harbour.yml]
            -- _clean/harbour.yml --
            name: harbour
            description: the harbour office's notices
            rules:
              - {name: harbour-footer, kind: remove, select: p.notice}
            -- _posts/2025-01-02-tides.html --
            ---
            title: Tide tables return
            ---
            <p>The harbour office printed the first tide tables of the year.</p><p class="notice">Office hours</p>
            -- _posts/2025-01-03-ferry.html --
            ---
            title: Ferry timetable
            ---
            <p>The winter ferry leaves at seven.</p><p class="notice">Office hours</p>
            -- _posts/2025-01-04-pier.html --
            ---
            title: Pier repairs
            ---
            <p>Work on the north pier starts in March.</p>
            """;

    @Test
    void aSecondBuildRedoesOnlyTheChangedPostAndMatchesAFreshBuild(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        BuildCache cache = BuildCache.inMemory();
        SiteConfig cached = SiteConfig.builder(site).destination(tmp.resolve("cached")).build();
        BuildReport first = Site.build(cached, BuildListener.NONE, cache);
        assertThat(first.errors()).isEmpty();
        assertThat(cache.lastHits()).isEqualTo(new BuildCache.Hits(0, 0, 0));

        edit(site.resolve("_posts/2025-01-03-ferry.html"), "at seven", "at eight");
        Site.build(cached, BuildListener.NONE, cache);
        assertThat(cache.lastHits()).as("only the ferry post read and cleaned again; it and its two neighbours"
                + " rendered again").isEqualTo(new BuildCache.Hits(2, 2, 0));
        assertThat(Files.readString(tmp.resolve("cached/2025/01/03/ferry.html"))).contains("at eight")
                .doesNotContain("Office hours");

        Site.build(cached, BuildListener.NONE, cache);
        assertThat(cache.lastHits()).as("nothing changed").isEqualTo(new BuildCache.Hits(3, 3, 3));

        Path layout = site.resolve("_layouts/post.peb");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, "<article class=\"own\">{{ content | raw }}</article>");
        Site.build(cached, BuildListener.NONE, cache);
        assertThat(cache.lastHits()).as("a new layout").isEqualTo(new BuildCache.Hits(3, 3, 0));
        assertThat(Files.readString(tmp.resolve("cached/2025/01/02/tides.html"))).contains("<article class=\"own\">");

        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("cached"), tmp.resolve("fresh"));
    }

    @Test
    void aPageThatListsOtherPostsIsAlwaysRenderedAgain(@TempDir Path tmp) throws IOException {
        Built built = Built.once(tmp, SITE + """
                -- _layouts/post.peb --
                <h1>{{ page.title }}</h1>{{ content | raw }}
                <ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>
                """);

        assertThat(built.rebuildAfterEditing("_posts/2025-01-04-pier.html", "title: Pier repairs",
                "title: North pier repairs")).isEqualTo(new BuildCache.Hits(2, 2, 0));
        assertThat(Files.readString(tmp.resolve("out/2025/01/02/tides.html")))
                .as("a post two days away lists the new title").contains("<li>North pier repairs</li>");

        edit(built.site().resolve("_layouts/post.peb"), "<h1>", "<h1 class=\"headline\">");
        built.again();
        assertThat(Files.readString(tmp.resolve("out/2025/01/02/tides.html"))).contains("class=\"headline\"");
    }

    @Test
    void aChangedRulePackCleansEverythingAgain(@TempDir Path tmp) throws IOException {
        Built built = Built.once(tmp, SITE);

        assertThat(built.rebuildAfterEditing("_clean/harbour.yml", "select: p.notice", "select: p.none"))
                .as("read from the cache, cleaned again")
                .isEqualTo(new BuildCache.Hits(3, 0, 0));
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("Office hours");
    }

    @Test
    void changedSettingsForgetEverything(@TempDir Path tmp) throws IOException {
        Built built = Built.once(tmp, SITE);

        assertThat(built.rebuildAfterEditing("_config.yml", "timezone: UTC",
                "timezone: Asia/Hong_Kong\npermalink: pretty")).isEqualTo(new BuildCache.Hits(0, 0, 0));
        assertThat(tmp.resolve("out/2025/01/03/ferry/index.html")).exists();

        Site.build(SiteConfig.builder(built.site()).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out"), tmp.resolve("fresh"));
    }

    @Test
    void aBrokenPostStaysBrokenUntilItsBytesChange(@TempDir Path tmp) throws IOException {
        Built built = Built.unbuilt(tmp, SITE);
        edit(built.site().resolve("_posts/2025-01-04-pier.html"), "title: Pier repairs", "title: [unclosed");
        assertThat(built.again().errors()).hasSize(1);
        BuildReport again = built.again();
        assertThat(again.errors()).as("the cached failure is reported again").hasSize(1)
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("_posts/2025-01-04-pier.html"));

        edit(built.site().resolve("_posts/2025-01-04-pier.html"), "title: [unclosed", "title: Pier repairs");
        assertThat(built.again().errors()).isEmpty();
        assertThat(tmp.resolve("out/2025/01/04/pier.html")).exists();
    }

    /** A site in {@code tmp/site} with a cache, built to {@code tmp/out}. */
    private record Built(Path site, SiteConfig config, BuildCache cache) {

        static Built unbuilt(Path tmp, String spec) {
            Path site = TestSites.write(tmp.resolve("site"), spec);
            return new Built(site, SiteConfig.builder(site).destination(tmp.resolve("out")).build(),
                    BuildCache.inMemory());
        }

        static Built once(Path tmp, String spec) {
            Built built = unbuilt(tmp, spec);
            built.again();
            return built;
        }

        BuildReport again() {
            return Site.build(config, BuildListener.NONE, cache);
        }

        /** Replaces {@code from} by {@code to} in the site's {@code file}, builds, and tells what was reused. */
        BuildCache.Hits rebuildAfterEditing(String file, String from, String to) throws IOException {
            edit(site.resolve(file), from, to);
            again();
            return cache.lastHits();
        }
    }

    private static void assertSameTree(Path actual, Path expected) {
        Map<String, byte[]> want = Trees.contents(expected);
        Map<String, byte[]> got = Trees.contents(actual);
        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
