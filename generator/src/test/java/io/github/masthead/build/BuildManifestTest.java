package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildEvent;
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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build whose inputs are all as the last build in the same cache folder found them, and whose output folder is as
 * that build left it, stops at once with that build's report; any change makes it a full build, whose site is
 * exactly what a build without a cache writes.
 */
class BuildManifestTest {

    private static final String SITE = """
            -- _config.yml --
            title: Harbour Gazette
            timezone: UTC
            -- _posts/2025-01-02-tides.html --
            ---
            title: Tide tables return
            ---
            <p>The harbour office printed the first tide tables of the year.</p>
            -- _posts/2025-01-03-ferry.html --
            ---
            title: Ferry timetable
            ---
            <p>The winter ferry leaves at seven.</p>
            -- _posts/notes.html --
            a file in _posts whose name is not a post's
            -- logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """;

    @TempDir
    Path tmp;
    private Path site;
    private SiteConfig config;
    private final List<BuildEvent> events = new ArrayList<>();

    @BeforeEach
    void writeSite() {
        site = TestSites.write(tmp.resolve("site"), SITE);
        config = SiteConfig.builder(site).destination(tmp.resolve("out")).cacheDirectory(tmp.resolve("cache")).build();
    }

    @Test
    void aBuildWithNothingChangedStopsWithTheLastReportAndLeavesTheSiteAsItWas() throws IOException {
        BuildReport first = build();
        assertThat(first.warnings()).extracting(p -> p.file()).containsExactly("_config.yml", "_posts/notes.html");
        assertThat(upToDate()).isFalse();
        Map<String, byte[]> written = Trees.contents(tmp.resolve("out"));
        FileTime ferryTime = Files.getLastModifiedTime(tmp.resolve("out/2025/01/03/ferry.html"));

        BuildCache cache = BuildCache.none();
        events.clear();
        BuildReport second = Site.build(config, events::add, cache);

        assertThat(upToDate()).isTrue();
        assertThat(second.summary().replaceAll("; \\d+ ms$", ""))
                .isEqualTo(first.summary().replaceAll("; \\d+ ms$", ""));
        assertThat(second.problems()).isEqualTo(first.problems());
        assertThat(events.stream().filter(e -> e.kind() == BuildEvent.Kind.PROBLEM).map(BuildEvent::problem))
                .as("each warning announced again, once").containsExactlyInAnyOrderElementsOf(first.warnings());
        assertThat(cache.lastHits()).as("nothing read, cleaned or rendered").isEqualTo(new BuildCache.Hits(0, 0, 0));
        assertThat(Files.getLastModifiedTime(tmp.resolve("out/2025/01/03/ferry.html"))).isEqualTo(ferryTime);
        assertSameTree(Trees.contents(tmp.resolve("out")), written);
    }

    @Test
    void anEditedPostATemplateOrASettingMakesAFullBuild() throws IOException {
        build();

        edit("_posts/2025-01-03-ferry.html", "at seven", "at eight");
        build();
        assertThat(upToDate()).isFalse();
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("at eight");

        Files.createDirectories(site.resolve("_layouts"));
        Files.writeString(site.resolve("_layouts/post.peb"), "<main class=\"own\">{{ content | raw }}</main>");
        build();
        assertThat(upToDate()).isFalse();
        assertThat(Files.readString(tmp.resolve("out/2025/01/02/tides.html"))).contains("<main class=\"own\">");

        edit("_config.yml", "title: Harbour Gazette", "title: Harbour Times");
        build();
        assertThat(upToDate()).isFalse();
        assertThat(Files.readString(tmp.resolve("out/index.html"))).contains("Harbour Times");

        build();
        assertThat(upToDate()).as("and then nothing changed").isTrue();
        assertSameTree(Trees.contents(tmp.resolve("out")), freshBuild());
    }

    @Test
    void afterAnEditPostPagesRenderedFromUnchangedInputsAreTakenUnrendered() throws IOException {
        for (int day = 10; day < 30; day++) {
            Files.writeString(site.resolve("_posts/2025-01-" + day + "-notice-" + day + ".html"), "---\ntitle: Notice "
                    + day + "\n---\n<p>The harbour office posted notice " + day + ".</p>\n", StandardCharsets.UTF_8);
        }
        build();
        Path untouched = tmp.resolve("out/2025/01/02/tides.html");
        FileTime untouchedTime = Files.getLastModifiedTime(untouched);

        edit("_posts/2025-01-28-notice-28.html", "notice 28.", "notice 28, and withdrew it.");
        BuildCache cache = BuildCache.none();
        events.clear();
        Site.build(config, events::add, cache);

        assertThat(upToDate()).isFalse();
        assertThat(cache.lastHits().rendered()).as("all but the edited post and the pages that show it")
                .isBetween(10, 21);
        assertThat(Files.readString(tmp.resolve("out/2025/01/28/notice-28.html"))).contains("and withdrew it");
        assertThat(Files.getLastModifiedTime(untouched)).isEqualTo(untouchedTime);
        assertSameTree(Trees.contents(tmp.resolve("out")), freshBuild());

        Files.writeString(untouched, "changed by hand");
        edit("_posts/2025-01-28-notice-28.html", "and withdrew it", "and posted it again");
        build();
        assertThat(Files.readString(untouched)).as("a page changed by hand is rendered again")
                .contains("Tide tables return");
        assertSameTree(Trees.contents(tmp.resolve("out")), freshBuild());
    }

    @Test
    void aPostPageIsRenderedAgainWhenTheRulesThatCleanedItChange() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: Harbour Gazette\ntimezone: UTC\n"
                + "clean:\n  packs: [_clean/harbour.yml]\n");
        Files.createDirectories(site.resolve("_clean"));
        Files.writeString(site.resolve("_clean/harbour.yml"), "name: harbour\ndescription: notices\nrules:\n"
                + "  - {name: harbour-footer, kind: remove, select: p.notice}\n");
        edit("_posts/2025-01-03-ferry.html", "at seven.</p>", "at seven.</p><p class=\"notice\">Office hours</p>");
        build();
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).doesNotContain("Office hours");

        edit("_clean/harbour.yml", "select: p.notice", "select: p.none");
        BuildCache cache = BuildCache.none();
        Site.build(config, BuildListener.NONE, cache);
        assertThat(cache.lastHits().cleaned()).isZero();
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("Office hours");
        assertSameTree(Trees.contents(tmp.resolve("out")), freshBuild());
    }

    @Test
    void aPostRewrittenWithItsOldSizeAndTimeIsReadAgain() throws IOException {
        Path ferry = site.resolve("_posts/2025-01-03-ferry.html");
        FileTime old = FileTime.from(Instant.parse("2024-06-01T00:00:00Z"));
        Files.setLastModifiedTime(ferry, old);
        build();
        build();
        assertThat(upToDate()).isTrue();

        edit("_posts/2025-01-03-ferry.html", "at seven", "at eight");
        Files.setLastModifiedTime(ferry, old);
        build();
        assertThat(upToDate()).as("same size, same time, but changed since").isFalse();
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("at eight");
    }

    @Test
    void aStaticFileIsToldChangedByItsBytes() throws IOException {
        build();
        Path logo = site.resolve("logo.svg");
        Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Gazette</title></svg>");
        build();
        assertThat(upToDate()).isFalse();
        assertThat(Files.readString(tmp.resolve("out/logo.svg"))).contains("Gazette");

        FileTime old = FileTime.from(Instant.parse("2024-06-01T00:00:00Z"));
        Files.setLastModifiedTime(logo, old);
        build();
        assertThat(upToDate()).as("same bytes, another time").isTrue();

        Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Courier</title></svg>");
        Files.setLastModifiedTime(logo, old);
        build();
        assertThat(upToDate()).as("same size, same time, but changed since").isFalse();
        assertThat(Files.readString(tmp.resolve("out/logo.svg"))).contains("Courier");
    }

    @Test
    void anOutputFolderThatWasTouchedIsBuiltAgainInFull() throws IOException {
        build();
        Map<String, byte[]> fresh = freshBuild();

        Files.delete(tmp.resolve("out/2025/01/02/tides.html"));
        build();
        assertThat(upToDate()).as("a file removed").isFalse();
        assertSameTree(Trees.contents(tmp.resolve("out")), fresh);

        Files.writeString(tmp.resolve("out/2025/01/03/ferry.html"), "changed by hand");
        build();
        assertThat(upToDate()).as("a file changed").isFalse();
        assertSameTree(Trees.contents(tmp.resolve("out")), fresh);

        Files.writeString(tmp.resolve("out/stray.txt"), "left by something else");
        build();
        assertThat(upToDate()).as("a file added").isFalse();
        assertSameTree(Trees.contents(tmp.resolve("out")), fresh);
    }

    @Test
    void aSiteCopiedElsewhereWithItsOutputAndCacheFoldersKeepsItsCache() throws IOException {
        Files.createDirectories(site.resolve("_includes"));
        Files.writeString(site.resolve("_includes/colophon.peb"), "<p>Printed at the harbour office.</p>");
        Files.createDirectories(site.resolve("_clean"));
        Files.writeString(site.resolve("_clean/harbour.yml"), """
                name: harbour
                description: The office's stamp.
                rules:
                  - name: harbour-stamp
                    description: The stamp line.
                    kind: remove_block
                    text: 'Stamped by the harbour office'
                """, StandardCharsets.UTF_8);
        Files.writeString(site.resolve("_config.yml"), "clean:\n  packs: [dw, _clean/harbour.yml]\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        build();
        build();
        assertThat(upToDate()).as("a built-in pack named among the site's own").isTrue();
        Map<String, byte[]> built = Trees.contents(tmp.resolve("out"));
        Path moved = tmp.resolve("elsewhere");
        for (String folder : List.of("site", "out", "cache")) {
            Trees.copy(tmp.resolve(folder), moved.resolve(folder), StandardCopyOption.COPY_ATTRIBUTES);
        }
        site = moved.resolve("site");
        config = SiteConfig.builder(site).destination(moved.resolve("out")).cacheDirectory(moved.resolve("cache"))
                .build();

        BuildCache cache = BuildCache.none();
        events.clear();
        Site.build(config, events::add, cache);
        assertThat(upToDate()).as("the same site, in another folder").isTrue();
        assertThat(cache.lastHits()).isEqualTo(new BuildCache.Hits(0, 0, 0));
        assertSameTree(Trees.contents(moved.resolve("out")), built);

        // as a CI runner finds it: the sources checked out anew, the output restored with times cut to the second
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            }
        }
        try (Stream<Path> files = Files.walk(moved.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(
                        Files.getLastModifiedTime(file).toMillis() / 1000 * 1000));
            }
        }
        Files.writeString(site.resolve("_posts/2025-01-05-pier.html"), "---\ntitle: Pier repairs\n---\n"
                + "<p>The east pier reopens in March.</p>\n", StandardCharsets.UTF_8);
        cache = BuildCache.none();
        events.clear();
        Site.build(config, events::add, cache);
        assertThat(cache.lastHits()).as("the two posts read and cleaned before, and the page of the one whose"
                + " neighbours did not change").isEqualTo(new BuildCache.Hits(2, 2, 1));
        assertThat(Files.readString(moved.resolve("out/2025/01/05/pier.html"))).contains("The east pier reopens");
        assertSameTree(Trees.contents(moved.resolve("out")), freshBuild());
    }

    @Test
    void aJarBuiltOrFetchedAgainKeepsTheCacheAndAnotherDoesNot() throws IOException {
        Path jar = Files.write(Files.createDirectories(tmp.resolve("one")).resolve("masthead-generator.jar"),
                new byte[] {'P', 'K', 3, 4, 1});
        Path again = Files.createDirectories(tmp.resolve("two")).resolve("masthead-generator.jar");
        Files.copy(jar, again);
        Files.setLastModifiedTime(again, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(BuildCache.codeVersion(again)).as("the same bytes, elsewhere, at another time")
                .isEqualTo(BuildCache.codeVersion(jar));
        Files.write(again, new byte[] {'P', 'K', 3, 4, 2});
        assertThat(BuildCache.codeVersion(again)).isNotEqualTo(BuildCache.codeVersion(jar));
    }

    @Test
    void aPostDatedInTheFutureIsBuiltOnceItsTimeHasCome() throws IOException, InterruptedException {
        Instant due = Instant.now().plusSeconds(2);
        Files.writeString(site.resolve("_posts/" + DateTimeFormatter.ISO_LOCAL_DATE.format(due.atZone(ZoneOffset.UTC))
                + "-evening-tide.html"), "---\ntitle: Evening tide\ndate: "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(due.atZone(ZoneOffset.UTC))
                + " +0000\n---\n<p>High water at nine.</p>\n", StandardCharsets.UTF_8);
        assertThat(build().postsSkipped()).isEqualTo(1);
        assertThat(build().postsSkipped()).as("before its time").isEqualTo(1);
        assertThat(upToDate()).isTrue();

        while (!Instant.now().isAfter(due.plusSeconds(1))) {
            Thread.sleep(200);
        }
        BuildReport after = build();
        assertThat(upToDate()).isFalse();
        assertThat(after.postsSkipped()).isZero();
        assertThat(after.postsRendered()).isEqualTo(3);
    }

    @Test
    void aDamagedManifestOrNoDiskCacheMeansAFullBuild() throws IOException {
        build();
        Path manifest = tmp.resolve("cache/build/manifest.bin");
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(build().errors()).isEmpty();
        assertThat(upToDate()).isFalse();
        build();
        assertThat(upToDate()).as("written anew").isTrue();

        config = SiteConfig.builder(site).destination(tmp.resolve("out")).cacheDirectory(tmp.resolve("cache"))
                .set("disable_disk_cache", true).build();
        build();
        build();
        assertThat(upToDate()).isFalse();
        assertThat(manifest).doesNotExist();
    }

    private BuildReport build() {
        events.clear();
        return Site.build(config, events::add);
    }

    /** Whether the last build said the site was up to date. */
    private boolean upToDate() {
        return events.stream().anyMatch(e -> e.kind() == BuildEvent.Kind.PHASE_STARTED
                && e.message().contains("is up to date"));
    }

    private Map<String, byte[]> freshBuild() {
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        return Trees.contents(tmp.resolve("fresh"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void assertSameTree(Map<String, byte[]> got, Map<String, byte[]> want) {
        assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    }
}
