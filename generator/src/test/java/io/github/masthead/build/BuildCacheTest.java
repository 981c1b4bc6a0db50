package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.render.output.SearchIndex;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

        List<BuildEvent> events = new ArrayList<>();
        Site.build(cached, events::add, cache);
        assertThat(events).as("nothing changed: the build remembered in memory stands for this one")
                .anyMatch(e -> e.kind() == BuildEvent.Kind.PHASE_STARTED && e.message().contains("is up to date"));
        assertThat(cache.lastHits()).as("nothing read, cleaned or rendered").isEqualTo(new BuildCache.Hits(0, 0, 0));

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
    void aPageChangedInTheOutputIsWrittenAgainByTheNextBuildInTheSameProcess(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        BuildCache cache = BuildCache.inMemory();
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out")).build();
        Site.build(config, BuildListener.NONE, cache);
        Path page = tmp.resolve("out/2025/01/02/tides.html");
        String rendered = Files.readString(page);
        Path untouched = tmp.resolve("out/2025/01/03/ferry.html");
        Object inode = Files.getAttribute(untouched, "unix:ino");
        Files.writeString(page, rendered.replace("tide tables", "tidy tables"));

        List<BuildEvent> events = new ArrayList<>();
        Site.build(config, events::add, cache);
        assertThat(events).noneMatch(e -> e.message() != null && e.message().contains("is up to date"));
        assertThat(page).content().isEqualTo(rendered);
        assertThat(Files.getAttribute(untouched, "unix:ino")).as("a page left alone is taken over as it is")
                .isEqualTo(inode);
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
    void changedSettingsReadAndRenderEverythingAgain(@TempDir Path tmp) throws IOException {
        Built built = Built.once(tmp, SITE);

        assertThat(built.rebuildAfterEditing("_config.yml", "timezone: UTC",
                "timezone: Asia/Hong_Kong\npermalink: pretty"))
                .as("the cleaning reads neither setting, so it is kept").isEqualTo(new BuildCache.Hits(0, 3, 0));
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

    @Test
    void aBuildInANewProcessTakesTheReadingAndCleaningFromTheDiskCache(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache")).build();
        BuildCache first = BuildCache.none();
        assertThat(Site.build(config, BuildListener.NONE, first).errors()).isEmpty();
        assertThat(first.lastHits().cleaned()).isZero();
        assertThat(tmp.resolve("cache/build/cleaned.bin")).isNotEmptyFile();
        assertThat(tmp.resolve("cache/build/read.bin")).isNotEmptyFile();
        try (java.util.stream.Stream<Path> kept = Files.list(tmp.resolve("cache/build"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).as("the bodies put aside during the build are gone")
                    .containsExactlyInAnyOrder("cleaned.bin", "read.bin", "manifest.bin");
        }

        BuildCache second = BuildCache.none();
        SiteConfig elsewhere = SiteConfig.builder(site).destination(tmp.resolve("out2"))
                .cacheDirectory(tmp.resolve("cache")).build();
        assertThat(Site.build(elsewhere, BuildListener.NONE, second).errors()).isEmpty();
        assertThat(second.lastHits()).as("nothing kept in memory; all three posts read and cleaned from disk")
                .isEqualTo(new BuildCache.Hits(3, 3, 0));
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out2"), tmp.resolve("fresh"));

        edit(site.resolve("_posts/2025-01-03-ferry.html"), "at seven", "at eight");
        BuildCache third = BuildCache.none();
        Site.build(config, BuildListener.NONE, third);
        assertThat(third.lastHits()).as("the edited post read and cleaned again; the page of each post rendered again,"
                + " since its neighbour changed or its own output folder is new").isEqualTo(new BuildCache.Hits(2, 2, 0));
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("at eight")
                .doesNotContain("Office hours");
    }

    @Test
    void thePostsAsReadAreWrittenAgainOnlyWhenTheyChange(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache")).build();
        Site.build(config, BuildListener.NONE, BuildCache.none());
        Path read = tmp.resolve("cache/build/read.bin");
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(read, written);

        Files.createDirectories(site.resolve("_layouts"));
        Files.writeString(site.resolve("_layouts/post.peb"), "<article>{{ content | raw }}</article>");
        BuildCache relaid = BuildCache.none();
        Site.build(config, BuildListener.NONE, relaid);
        assertThat(relaid.lastHits().read()).as("every post read from the disk").isEqualTo(3);
        assertThat(relaid.held().storedReads()).as("let go of once read").isZero();
        assertThat(Files.getLastModifiedTime(read)).as("nothing new read: left as it was").isEqualTo(written);

        Files.delete(site.resolve("_posts/2025-01-04-pier.html"));
        Site.build(config, BuildListener.NONE, BuildCache.none());
        assertThat(Files.getLastModifiedTime(read)).as("a post gone: written again").isNotEqualTo(written);
        Files.writeString(site.resolve("_layouts/post.peb"), "<article>{{ page.title }}</article>");
        BuildCache after = BuildCache.none();
        assertThat(Site.build(config, BuildListener.NONE, after).errors()).isEmpty();
        assertThat(after.lastHits().read()).as("the two posts left, read from the disk").isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html")))
                .isEqualTo("<article>Ferry timetable</article>");
    }

    @Test
    void aPostReadFromTheDiskWhoseCleaningMustBeRedoneIsReadFromItsFileAgain(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache")).set("clean_explain", "_posts/2025-01-03-ferry.html").build();
        Site.build(config, BuildListener.NONE, BuildCache.none());

        edit(site.resolve("_clean/harbour.yml"), "select: p.notice", "select: p.none");
        BuildCache second = BuildCache.none();
        java.util.List<String> said = new java.util.ArrayList<>();
        Site.build(config, event -> said.add(String.valueOf(event.message())), second);

        assertThat(second.lastHits()).as("read from disk, cleaned again from the files").isEqualTo(
                new BuildCache.Hits(3, 0, 0));
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("The winter ferry leaves at seven")
                .contains("Office hours");
        assertThat(said).as("clean_explain sees the body too: the class of its notice is dropped").anySatisfy(m ->
                assertThat(m).contains("Cleaning of _posts/2025-01-03-ferry.html").contains("attributes dropped: 1"));
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out"), tmp.resolve("fresh"));
    }

    @Test
    void frontMatterTakenFromTheDiskIsTheFrontMatterReadFromTheFile(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE + """
                -- _posts/2025-01-05-census.md --
                ---
                title: Harbour census
                tags: [boats, "crew: 4"]
                count: 41
                big: 12345678901234
                ratio: 0.75
                open: true
                closed: ~
                when: 2025-01-05 09:30:00 +0800
                office: {name: Harbour office, floors: [1, 2], note: null}
                ---
                The census counted **41** boats.
                -- _layouts/post.peb --
                {{ page.title }} {{ page.params.count + 1 }} {{ page.params.big }} {{ page.params.ratio }}
                {{ page.params.open }} [{{ page.params.closed }}] {{ page.params.when }}
                {{ page.params.office.name }} {{ page.params.office.floors | join(",") }} {{ page.tags | join("|") }}
                {{ content | raw }}
                """);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out"))
                .cacheDirectory(tmp.resolve("cache")).build();
        Site.build(config, BuildListener.NONE, BuildCache.none());
        Files.delete(tmp.resolve("cache/build/cleaned.bin"));

        BuildCache second = BuildCache.none();
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("out2")).cacheDirectory(tmp.resolve("cache"))
                .build(), BuildListener.NONE, second);

        assertThat(second.lastHits().read()).isEqualTo(4);
        assertThat(Files.readString(tmp.resolve("out2/2025/01/05/census.html")))
                .contains("Harbour census 42 12345678901234 0.75").contains("true [] 2025-01-05 09:30:00 +0800")
                .contains("Harbour office 1,2 boats|crew: 4").contains("<strong>41</strong>");
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out2"), tmp.resolve("fresh"));
    }

    @Test
    void aCacheFolderInsideTheSiteIsNeverReadAsPartOfIt(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out"))
                .cacheDirectory(site.resolve("cache")).build();
        Site.build(config, BuildListener.NONE);
        assertThat(site.resolve("cache/build/cleaned.bin")).isNotEmptyFile();

        edit(site.resolve("_posts/2025-01-04-pier.html"), "in March", "in April");
        BuildCache second = BuildCache.none();
        assertThat(Site.build(config, BuildListener.NONE, second).errors()).isEmpty();
        assertThat(second.lastHits().cleaned()).as("the two unchanged posts").isEqualTo(2);
        assertThat(tmp.resolve("out/cache")).as("not copied as a static file").doesNotExist();
    }

    @Test
    void aNewPostCleansAgainOnlyThePostsThatLinkToItsOriginal(@TempDir Path tmp) throws IOException {
        Built built = Built.once(tmp, SITE + """
                -- _posts/2025-01-05-storm.html --
                ---
                title: Storm warning
                ---
                <p>The <a href="https://wire.example.org/news/lighthouse">lighthouse story</a> has the details.</p>
                """);
        assertThat(Files.readString(tmp.resolve("out/2025/01/05/storm.html")))
                .contains("href=\"https://wire.example.org/news/lighthouse\"");

        Files.writeString(built.site().resolve("_posts/2025-01-06-lighthouse.html"), """
                ---
                title: The lighthouse keeper
                link: https://wire.example.org/news/lighthouse
                ---
                <p>The keeper has climbed the same stairs for thirty years.</p>
                """);
        built.again();
        assertThat(built.cache().lastHits().cleaned())
                .as("the three posts without links reused; the storm post, whose link now has a copy here, cleaned"
                        + " again with the new post").isEqualTo(3);
        assertThat(Files.readString(tmp.resolve("out/2025/01/05/storm.html")))
                .contains("href=\"/2025/01/06/lighthouse.html\"");
    }

    @Test
    void aPreviewOfASiteBuiltBeforeStartsFromTheCacheFolderAndTakesThePagesAsTheyAre(@TempDir Path tmp)
            throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE + """
                -- _posts/2024-12-30-beacon.html --
                ---
                title: Beacon lit
                ---
                <p>The beacon on the breakwater was lit for the winter.</p>
                -- _posts/2025-01-05-storm.html --
                ---
                title: Storm warning
                ---
                <p>The <a href="https://wire.example.org/news/lighthouse">lighthouse story</a> has the details.</p>
                """);
        Path out = tmp.resolve("out");
        SiteConfig config = SiteConfig.builder(site).destination(out).cacheDirectory(tmp.resolve("cache")).build();
        Site.build(config, BuildListener.NONE); // as the command line builds it
        Map<String, Long> built = modified(out);
        Files.writeString(out.resolve("stray.html"), "<p>left by hand</p>");

        BuildCache preview = BuildCache.inMemory();
        List<String> said = new ArrayList<>();
        Site.build(config, event -> said.add(String.valueOf(event.message())), preview);
        assertThat(said).as("built, not replayed: an update after an edit needs what a build reads")
                .noneMatch(m -> m.contains("is up to date"));
        assertThat(preview.lastHits()).as("each post read and cleaned from the disk, its page taken unrendered")
                .isEqualTo(new BuildCache.Hits(5, 5, 5));
        assertThat(modified(out)).as("every file left as it was, and the stray one gone, as a build leaves it")
                .isEqualTo(built);
        assertThat(preview.remembers("2025/01/04/pier.html")).as("for an update, which need not render it").isTrue();

        said.clear();
        Site.build(config, event -> said.add(String.valueOf(event.message())));
        assertThat(said).as("the preview recorded its build in the cache folder")
                .anyMatch(m -> m.contains("is up to date"));

        Path ferry = site.resolve("_posts/2025-01-03-ferry.html");
        edit(ferry, "at seven", "at six");
        said.clear();
        Site.build(config, event -> said.add(String.valueOf(event.message())), preview, Set.of(ferry));
        assertThat(said).as("an update").contains("reading 1 changed post");
        assertThat(Files.readString(out.resolve("2025/01/03/ferry.html"))).contains("at six");
        assertThat(tmp.resolve("cache/build/manifest.bin")).as("removed: it describes the output before the update")
                .doesNotExist();
        // the edit undone with the preview stopped: the site is again the one the preview's start recorded
        edit(ferry, "at six", "at seven");
        Site.build(config, BuildListener.NONE);
        assertThat(out.resolve("2025/01/03/ferry.html")).as("rendered again, not taken as the update left it")
                .content().contains("at seven");

        Files.writeString(site.resolve("_posts/2025-01-06-lighthouse.html"), """
                ---
                title: The lighthouse keeper
                link: https://wire.example.org/news/lighthouse
                ---
                <p>The keeper has climbed the same stairs for thirty years.</p>
                """);
        Path beacon = out.resolve("2024/12/30/beacon.html"); // its page neither the update nor this build changes
        Files.setLastModifiedTime(beacon, java.nio.file.attribute.FileTime.fromMillis(0));
        Site.build(config, BuildListener.NONE, preview);
        assertThat(beacon).as("no longer as the build left it, so rendered again").content().contains("breakwater");
        assertThat(Files.readString(out.resolve("2025/01/05/storm.html")))
                .as("the storm post, taken from the disk without its body, cleaned again from its file")
                .contains("href=\"/2025/01/06/lighthouse.html\"").contains("has the details");
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(out, tmp.resolve("fresh"));
    }

    @Test
    void aPreviewStartedFromTheCacheFolderWorksTheSearchPostingsOutWhenItRehearsesOrAtItsFirstUpdate(@TempDir Path tmp)
            throws IOException {
        for (boolean rehearsed : List.of(true, false)) {
            Path root = tmp.resolve(rehearsed ? "rehearsed" : "not-rehearsed");
            Path site = TestSites.write(root.resolve("site"), SITE);
            Path out = root.resolve("out");
            SiteConfig config = SiteConfig.builder(site).destination(out).cacheDirectory(root.resolve("cache")).build();
            Site.build(config, BuildListener.NONE); // as the command line builds it
            BuildCache preview = BuildCache.inMemory();
            Site.build(config, BuildListener.NONE, preview);
            SearchIndex.Written search = preview.lastSearch().orElseThrow();
            assertThat(search.postingsLeftForLater()).as("every token shard taken from the output folder").isTrue();
            if (rehearsed) {
                Site.rehearse(config, preview, () -> false);
                assertThat(search.postingsLeftForLater()).as("worked out by the rehearsal").isFalse();
            }

            Path ferry = site.resolve("_posts/2025-01-03-ferry.html");
            edit(ferry, "The winter ferry leaves at seven.", "The winter ferry leaves at nine.");
            List<String> said = new ArrayList<>();
            Site.build(config, event -> said.add(String.valueOf(event.message())), preview, Set.of(ferry));
            assertThat(said).as("an update").contains("reading 1 changed post");
            assertThat(preview.lastSearch().orElseThrow().postingsLeftForLater()).isFalse();
            Site.build(SiteConfig.builder(site).destination(root.resolve("fresh")).build(), BuildListener.NONE);
            assertSameTree(out, root.resolve("fresh"));
        }
    }

    @Test
    void aTagOrSourceLinkGivenToAPostInTheSameProcessChangesWhatAFreshBuildWouldChange(@TempDir Path tmp)
            throws IOException {
        Built built = Built.once(tmp, SITE + """
                -- _layouts/post.peb --
                <h1>{{ page.title }}</h1>{{ content | raw }}
                <ul class="related">{% for p in related %}<li>{{ p.title }}</li>{% endfor %}</ul>
                -- _posts/2025-01-05-storm.html --
                ---
                title: Storm warning
                tags: [weather]
                ---
                <p>The <a href="https://wire.example.org/news/lighthouse">lighthouse story</a> has the details.</p>
                """);
        Path storm = tmp.resolve("out/2025/01/05/storm.html");
        assertThat(Files.readString(storm)).contains("<ul class=\"related\"></ul>")
                .contains("href=\"https://wire.example.org/news/lighthouse\"");

        built.rebuildAfterEditing("_posts/2025-01-02-tides.html", "title: Tide tables return",
                "title: Tide tables return\ntags: [weather]\nlink: https://wire.example.org/news/lighthouse");
        assertThat(Files.readString(storm)).as("related by the new tag; its link now has a copy here")
                .contains("<li>Tide tables return</li>").contains("href=\"/2025/01/02/tides.html\"");

        built.rebuildAfterEditing("_posts/2025-01-02-tides.html", "tags: [weather]", "tags: [harbour]");
        assertThat(Files.readString(storm)).contains("<ul class=\"related\"></ul>");

        Site.build(SiteConfig.builder(built.site()).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out"), tmp.resolve("fresh"));
    }

    @Test
    void aPostRemovedInTheSameProcessTakesItsPageAndItsEmptiedFoldersWithIt(@TempDir Path tmp) throws IOException {
        Built built = Built.once(tmp, SITE);
        assertThat(tmp.resolve("out/2025/01/04/pier.html")).exists();

        Files.delete(built.site().resolve("_posts/2025-01-04-pier.html"));
        assertThat(built.again().errors()).isEmpty();
        assertThat(tmp.resolve("out/2025/01/04")).doesNotExist();
        assertThat(tmp.resolve("out/2025/01/03/ferry.html")).exists();

        Site.build(SiteConfig.builder(built.site()).destination(tmp.resolve("fresh")).build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out"), tmp.resolve("fresh"));
    }

    @Test
    void aDiskCacheCutShortOrDamagedKeepsTheRecordsBeforeTheDamageAndIsWrittenAnew(@TempDir Path tmp)
            throws IOException {
        SiteConfig config = builtWithDiskCache(tmp);
        Path site = config.source();
        Path file = tmp.resolve("cache/build/cleaned.bin");
        byte[] bytes = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 10)); // as a build killed while appending
        assertThat(rebuildInANewProcess(tmp, config).cleaned()).as("the two whole records").isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("out/2025/01/03/ferry.html"))).contains("winter ferry")
                .doesNotContain("Office hours");
        assertThat(rebuildInANewProcess(tmp, config).cleaned()).as("written anew, whole").isEqualTo(3);

        byte[] damaged = Files.readAllBytes(file);
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(file, damaged);
        assertThat(rebuildInANewProcess(tmp, config).cleaned()).as("the records after the damage are not read")
                .isLessThan(3);
        assertThat(rebuildInANewProcess(tmp, config).cleaned()).as("written anew, whole").isEqualTo(3);
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).url("https://harbour.example.org")
                .build(), BuildListener.NONE);
        assertSameTree(tmp.resolve("out"), tmp.resolve("fresh"));
    }

    @Test
    void aBuildThatCleansOnePostAppendsItToTheDiskCache(@TempDir Path tmp) throws IOException {
        SiteConfig config = builtWithDiskCache(tmp);
        Path site = config.source();
        Path file = tmp.resolve("cache/build/cleaned.bin");
        byte[] before = Files.readAllBytes(file);

        edit(site.resolve("_posts/2025-01-04-pier.html"), "in March", "in April");
        BuildCache edited = BuildCache.none();
        Site.build(config, BuildListener.NONE, edited);
        assertThat(edited.lastHits().cleaned()).isEqualTo(2);
        byte[] after = Files.readAllBytes(file);
        assertThat(after.length).isGreaterThan(before.length);
        assertThat(java.util.Arrays.copyOf(after, before.length)).as("the records already there are left as they are")
                .isEqualTo(before);

        assertThat(rebuildInANewProcess(tmp, config).cleaned()).as("the appended record is read").isEqualTo(3);
        edit(site.resolve("_posts/2025-01-04-pier.html"), "in April", "in March");
        assertThat(rebuildInANewProcess(tmp, config).cleaned()).as("and so is the one it was appended after")
                .isEqualTo(3);
        assertThat(Files.readString(tmp.resolve("out/2025/01/04/pier.html"))).contains("in March");
    }

    /** The test site, built once into {@code out} with its disk cache in {@code cache}. */
    private static SiteConfig builtWithDiskCache(Path tmp) {
        SiteConfig config = SiteConfig.builder(TestSites.write(tmp.resolve("site"), SITE)).destination(tmp.resolve("out"))
                .url("https://harbour.example.org").cacheDirectory(tmp.resolve("cache")).build();
        Site.build(config, BuildListener.NONE);
        return config;
    }

    /** Builds again as a new process would, even when nothing changed, and tells what it took from the disk. */
    private static BuildCache.Hits rebuildInANewProcess(Path tmp, SiteConfig config) throws IOException {
        Files.deleteIfExists(tmp.resolve("cache/build/manifest.bin")); // else a build with nothing changed stops early
        BuildCache cache = BuildCache.none();
        BuildReport report = Site.build(config, BuildListener.NONE, cache);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        return cache.lastHits();
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndDisableDiskCacheWritesNone(@TempDir Path tmp) throws IOException {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        Files.writeString(tmp.resolve("cache"), "a file where the cache folder would go");
        BuildReport report = Site.build(SiteConfig.builder(site).destination(tmp.resolve("out"))
                .url("https://harbour.example.org").cacheDirectory(tmp.resolve("cache")).build(), BuildListener.NONE);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("cannot write the build cache " + tmp.resolve("cache/build/cleaned.bin")));
        assertThat(tmp.resolve("out/2025/01/02/tides.html")).exists();

        report = Site.build(SiteConfig.builder(site).destination(tmp.resolve("out2")).url("https://harbour.example.org")
                .set("disable_disk_cache", true)
                .cacheDirectory(tmp.resolve("unused")).build(), BuildListener.NONE);
        assertThat(report.warnings()).isEmpty();
        assertThat(tmp.resolve("unused")).doesNotExist();
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

    /** The modification time of each file under {@code root}, by path. */
    private static Map<String, Long> modified(Path root) throws IOException {
        Map<String, Long> times = new java.util.TreeMap<>();
        try (var files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
            }
        }
        return times;
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
