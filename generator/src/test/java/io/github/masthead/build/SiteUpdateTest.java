package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview server's build after an edit to the text of posts updates the last output in place, and leaves exactly
 * what a fresh build of the edited site writes; an edit that reaches further builds in full.
 */
class SiteUpdateTest {

    private static final String SITE = """
            -- _config.yml --
            title: Harbour Gazette
            url: https://harbour.example.org
            timezone: UTC
            paginate: 2
            clean: {packs: [_clean/quay.yml]}
            -- _clean/quay.yml --
            name: quay
            rules: [{name: quay-notice, kind: remove, select: p.notice}]
            description: what the quay office adds to its notices
            -- about.md --
            ---
            title: About
            ---
            The gazette of the harbour town.
            -- _posts/2025-01-02-tides.html --
            ---
            title: Tide tables return
            categories: harbour
            tags: [sea, office]
            ---
            <p>The harbour office printed the first tide tables of the year.</p><p class="notice">Office hours</p>
            -- _posts/2025-01-03-ferry.html --
            ---
            title: Ferry timetable
            categories: harbour
            tags: [sea]
            ---
            <p>The winter ferry leaves at seven.</p><p>Tickets are sold on board.</p><p class="notice">Office hours</p>
            -- _posts/2025-01-04-pier.html --
            ---
            title: Pier repairs
            categories: town
            tags: [office]
            ---
            <p>Work on the north pier starts in March.</p>
            -- _posts/2025-01-05-market.md --
            ---
            title: Fish market moves
            categories: town
            ---
            The fish market moves to the quay on Saturday.
            """;

    @Test
    void anEditToThePostsTextUpdatesTheOutputAsAFreshBuildWould(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);
        Path pier = tmp.resolve("out/town/2025/01/04/pier.html");
        FileTime pierTime = Files.getLastModifiedTime(pier);

        served.edit("_posts/2025-01-03-ferry.html", "Tickets are sold on board.", "Tickets are sold at the kiosk.");
        served.expect(true, "read, cleaned and rendered after the edit alone");
        assertThat(tmp.resolve("out/harbour/2025/01/03/ferry.html")).content().contains("sold at the kiosk")
                .doesNotContain("Office hours");
        assertThat(Files.getLastModifiedTime(pier)).as("a page that does not show the ferry post is left alone")
                .isEqualTo(pierTime);

        served.edit("_posts/2025-01-03-ferry.html", "title: Ferry timetable", "title: New ferry timetable");
        served.expect(true, "a new title");
        assertThat(tmp.resolve("out/harbour/2025/01/02/tides.html")).as("the neighbour shows the new title").content()
                .contains("New ferry timetable");

        served.edit("_posts/2025-01-03-ferry.html", "The winter ferry leaves at seven.", "The ferry leaves at nine.");
        served.expect(true, "a new lead: the search index is written again");

        served.edit("_posts/2025-01-05-market.md", "on Saturday", "on Sunday");
        served.expect(true, "a Markdown post");
        assertThat(tmp.resolve("out/index.html")).content().contains("on Sunday");

        served.edit("_posts/2025-01-04-pier.html", "title: Pier repairs",
                "title: Pier repairs\nlast_modified_at: 2025-02-01 09:00:00 +0000\nsitemap: false");
        served.expect(true, "front matter that feeds and the sitemap read of every post");
        assertThat(tmp.resolve("out/sitemap.xml")).content().doesNotContain("pier.html");
        assertThat(tmp.resolve("out/feed.xml")).content().contains("2025-02-01T09:00:00");
    }

    @Test
    void aRehearsalWritesAndKeepsNothingAndTheEditAfterItIsUpdatedAsBefore(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);
        Map<String, byte[]> files = Trees.contents(tmp);
        Map<String, FileTime> times = modified(tmp);
        BuildCache.Held held = served.cache.held();

        assertThat(Site.rehearse(served.config, served.cache, () -> false)).as("each of the four posts").isEqualTo(4);
        AtomicInteger asked = new AtomicInteger();
        assertThat(Site.rehearse(served.config, served.cache, () -> asked.incrementAndGet() > 3))
                .as("asked before the search postings and each post, and stopped before the third post").isEqualTo(2);
        assertThat(Site.rehearse(served.config, BuildCache.none(), () -> false)).as("no build kept").isZero();

        Map<String, byte[]> after = Trees.contents(tmp);
        assertThat(after.keySet()).as("nothing written in the site or the output").isEqualTo(files.keySet());
        files.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(modified(tmp)).isEqualTo(times);
        assertThat(served.cache.held()).as("nothing kept").isEqualTo(held);

        served.edit("_posts/2025-01-03-ferry.html", "Tickets are sold on board.", "Tickets are sold at the kiosk.");
        served.expect(true, "the edit after the rehearsal");
        assertThat(tmp.resolve("out/harbour/2025/01/03/ferry.html")).content().contains("sold at the kiosk");
    }

    private static Map<String, FileTime> modified(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String file : Trees.files(root)) {
            times.put(file, Files.getLastModifiedTime(root.resolve(file)));
        }
        return times;
    }

    @Test
    void editAfterEditHoldsNoMoreThanTheSitesPosts(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);
        BuildCache.Held before = served.cache.held();
        assertThat(before.cleanings()).as("one cleaning for each post").isEqualTo(4);

        String text = "The winter ferry leaves at seven.";
        for (int i = 1; i <= 3; i++) {
            String next = "The winter ferry leaves at " + (6 + i) + " past.";
            served.edit("_posts/2025-01-03-ferry.html", text, next);
            text = next;
            served.expect(true, "edit " + i);
            assertThat(served.cache.held()).as("after edit " + i).isEqualTo(before);
        }
        served.edit("_posts/2025-01-03-ferry.html", text, "The winter ferry leaves at seven.");
        served.expect(true, "the text of the first build again, cleaned again");
        assertThat(served.cache.held()).isEqualTo(before);
    }

    @Test
    void everyPageThatShowsTheEditedPostIsRenderedAgain(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp, """
                -- _config.yml --
                timezone: UTC
                -- _layouts/post.peb --
                <h1>{{ page.title }}</h1>
                <p>newer: {{ next.title }}; older: {{ previous.title }}</p>
                <p>same source, newer: {{ next_in_source.title }}; older: {{ previous_in_source.title }}</p>
                <ul>{% for p in related %}<li>{{ p.title }}</li>{% endfor %}</ul>
                -- _posts/2025-01-01-a.md --
                ---
                {title: Alpha, categories: x, tags: [oak]}
                ---
                A.
                -- _posts/2025-01-02-b.md --
                ---
                {title: Bravo, categories: y, tags: [elm]}
                ---
                B.
                -- _posts/2025-01-03-c.md --
                ---
                {title: Charlie, categories: x}
                ---
                C.
                -- _posts/2025-01-04-d.md --
                ---
                {title: Delta, categories: y}
                ---
                D.
                -- _posts/2025-01-05-e.md --
                ---
                {title: Echo, categories: z, tags: [elm]}
                ---
                E.
                """);
        served.edit("_posts/2025-01-02-b.md", "title: Bravo", "title: Brave");
        served.expect(true, "a new title, which four other pages show");
        assertThat(tmp.resolve("out/x/2025/01/01/a.html")).as("the next newer post").content().contains("Brave");
        assertThat(tmp.resolve("out/x/2025/01/03/c.html")).as("the next older post").content().contains("Brave");
        assertThat(tmp.resolve("out/y/2025/01/04/d.html")).as("the next older from its source").content()
                .contains("Brave");
        assertThat(tmp.resolve("out/z/2025/01/05/e.html")).as("a related post").content().contains("Brave");
    }

    @Test
    void aPostPageThatListsTheSitesPostsIsRenderedAgainAfterAnyEdit(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp, listedOnNotices("Notice", 8));
        Path far = tmp.resolve("out/town/2025/01/08/p8.html");

        served.edit("_posts/2025-01-01-p1.md", "title: Notice 1", "title: First notice");
        served.expect(true, "a new title, which every post page lists");
        assertThat(far).as("a post page far from the edited one, not its neighbour").content()
                .contains("<li>First notice</li>");
        FileTime farTime = Files.getLastModifiedTime(far);

        served.edit("_posts/2025-01-01-p1.md", "Notice number 1.", "Notice number one.");
        served.expect(true, "a new text, which no post page shows but its own");
        assertThat(Files.getLastModifiedTime(far)).as("rendered again, the same bytes left in place")
                .isEqualTo(farTime);

        served.edit("_posts/2025-01-01-p1.md", "title: First notice", "title: Notice one");
        served.expect(true, "a title that lists the posts again");

        // with the preview stopped, the title goes back to one the page was once rendered from by its key alone
        Path p1 = tmp.resolve("site/_posts/2025-01-01-p1.md");
        Files.writeString(p1, Files.readString(p1).replace("title: Notice one", "title: First notice"));
        Site.build(served.config, BuildListener.NONE);
        assertThat(tmp.resolve("out/town/2025/01/01/p1.html")).as("not the page the preview last rendered")
                .content().contains("<h1>First notice</h1>");
    }

    @Test
    void aPageAnUpdateRenderedFromMoreThanItsKeyIsNotTakenByALaterBuildForTheKeyItHadBefore(@TempDir Path tmp)
            throws IOException {
        Served served = Served.start(tmp, listedOnNotices("Bulletin", 4));
        Path page = tmp.resolve("out/town/2025/01/01/p1.html");
        assertThat(page).content().contains("<h1>Bulletin 1</h1>").doesNotContain("<li>");

        served.edit("_posts/2025-01-01-p1.md", "title: Bulletin 1", "title: Notice 1");
        served.expect(true, "a title; the page now lists the site's posts");
        assertThat(page).content().contains("<li>Bulletin 4</li>");

        // the title back as it was, with a new post, which only a full build reads: the page's key is the first
        // build's again, and its file is the one the update wrote
        Path p1 = served.site.resolve("_posts/2025-01-01-p1.md");
        Files.writeString(p1, Files.readString(p1).replace("title: Notice 1", "title: Bulletin 1"));
        Path added = served.site.resolve("_posts/2025-01-09-p9.md");
        Files.writeString(added, "---\ntitle: Bulletin 9\ncategories: [town]\n---\nBulletin number 9.\n");
        served.build(Set.of(p1, added));
        served.expect(false, "a new post");
        assertThat(page).content().contains("<h1>Bulletin 1</h1>").doesNotContain("<li>");
    }

    @Test
    void aPostThatKeepsItsWarningIsUpdatedAndOneThatLosesItBuildsInFull(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp, SITE + """
                -- _posts/2025-01-06-wharf.html --
                ---
                {title: Wharf lights, layout: wide}
                ---
                <p>The wharf lights are on from dusk.</p>
                """);
        assertThat(served.report.warnings()).anyMatch(p -> p.file().equals("_posts/2025-01-06-wharf.html"));

        served.edit("_posts/2025-01-06-wharf.html", "from dusk", "from six");
        served.expect(true, "the same warning again");

        served.edit("_posts/2025-01-06-wharf.html", ", layout: wide", "");
        served.expect(false, "the warning is gone");
        assertThat(served.report.warnings()).noneMatch(p -> p.file().equals("_posts/2025-01-06-wharf.html"));
    }

    @Test
    void aWarningReadingAnEditedPostComesAndGoesInTheUpdate(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp, SITE + """
                -- _posts/2025-01-06-wharf.md --
                ---
                title: Wharf lights
                image: wharf.jpg
                ---
                The wharf lights are on from dusk.
                """);
        String tides = "_posts/2025-01-02-tides.html";
        String wharf = "_posts/2025-01-06-wharf.md";
        assertThat(served.report.warnings()).extracting(Problem::file).containsExactly(wharf);

        served.edit(tides, "categories: harbour", "categories: harbour\nimage: ftp://harbour.example.org/tides.jpg");
        served.expect(true, "a warning reading the edited post");
        assertThat(served.report.warnings()).extracting(Problem::file, Problem::line)
                .containsExactly(tuple(tides, 4), tuple(wharf, 3));

        served.edit(tides, "title: Tide tables return", "title: Tide tables return\nauthor: Quay office");
        served.expect(true, "the warning moves to another line");
        assertThat(served.report.warnings()).extracting(Problem::file, Problem::line)
                .containsExactly(tuple(tides, 5), tuple(wharf, 3));

        served.edit(wharf, "image: wharf.jpg", "image: /wharf.jpg");
        served.expect(true, "another post's warning is gone");
        served.edit(tides, "image: ftp://harbour.example.org/tides.jpg", "image: /tides.jpg");
        served.expect(true, "no warning now");
        assertThat(served.report.warnings()).isEmpty();

        served.build(Set.of());
        assertThat(served.events).as("a build after the updates finds the site as they recorded it")
                .anyMatch(e -> e.message().contains("nothing changed since the last build"));
        assertThat(served.report.warnings()).isEmpty();
    }

    @Test
    void aLayoutRemovedBesideAnEditedPostBuildsInFull(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp, SITE + """
                -- _layouts/post.peb --
                <article class="own">{{ content | raw }}</article>
                """);
        Path layout = served.site.resolve("_layouts/post.peb");
        Files.delete(layout);
        Path ferry = served.site.resolve("_posts/2025-01-03-ferry.html");
        Files.writeString(ferry, Files.readString(ferry).replace("at seven", "at six"));
        served.build(Set.of(layout, ferry));
        served.expect(false, "a build reads layouts, which the scan does not list");
        assertThat(tmp.resolve("out/harbour/2025/01/03/ferry.html")).content().doesNotContain("class=\"own\"");
    }

    @Test
    void anEditThatMovesAPostBuildsInFull(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);

        served.edit("_posts/2025-01-04-pier.html", "tags: [office]", "tags: [office, works]");
        served.expect(false, "a new tag page");
        assertThat(tmp.resolve("out/tags/works/index.html")).exists();

        served.edit("_posts/2025-01-04-pier.html", "categories: town", "categories: harbour");
        served.expect(false, "another section");

        served.edit("_posts/2025-01-04-pier.html", "title: Pier repairs", "title: Pier repairs\npermalink: /pier/");
        served.expect(false, "another address");
        assertThat(tmp.resolve("out/pier/index.html")).exists();
        assertThat(tmp.resolve("out/harbour/2025/01/04/pier.html")).doesNotExist();
    }

    @Test
    void anEditThatChangesWhatTheRulesRemoveUpdatesTheCleaningReport(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);
        Path report = tmp.resolve("out/masthead-cleaning.json");
        assertThat(report).content().contains("\"quay-notice\": {\"elements\": 2, \"posts\": 2}");

        served.edit("_posts/2025-01-02-tides.html", "<p class=\"notice\">Office hours</p>", "");
        served.expect(true, "no notice removed from the tides post now");
        assertThat(report).content().contains("\"quay-notice\": {\"elements\": 1, \"posts\": 1}")
                .doesNotContain("2025-01-02-tides.html");

        served.edit("_posts/2025-01-03-ferry.html", "<p class=\"notice\">Office hours</p>", "");
        served.expect(true, "the rule removes nothing in the site now");
        assertThat(report).content().doesNotContain("quay-notice");

        served.edit("_posts/2025-01-04-pier.html", "in March.</p>",
                "in March.</p><p class=\"notice\">Office hours</p><p class=\"notice\">Closed on Sunday</p>");
        served.expect(true, "the rule acts in a post it left alone");
        assertThat(report).content().contains("\"quay-notice\": {\"elements\": 2, \"posts\": 1}");

        served.build(Set.of());
        assertThat(served.updated()).isFalse();
        assertThat(served.events).as("a build after the updates finds the output as they left it")
                .anyMatch(e -> e.message().contains("nothing changed since the last build"));
        served.assertSameAsFreshBuild();
    }

    @Test
    void aNewRemovedOrBrokenPostAndAnyOtherFileBuildInFull(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);

        served.write("_posts/2025-01-06-storm.html", "---\ntitle: Storm warning\n---\n<p>Gales tonight.</p>\n");
        served.expect(false, "a new post");
        assertThat(tmp.resolve("out/2025/01/06/storm.html")).exists();

        Files.delete(served.site.resolve("_posts/2025-01-06-storm.html"));
        assertThat(served.build(Set.of(served.site.resolve("_posts/2025-01-06-storm.html"))).errors()).isEmpty();
        served.expect(false, "a post removed");
        assertThat(tmp.resolve("out/2025/01/06")).doesNotExist();

        served.edit("_posts/2025-01-04-pier.html", "title: Pier repairs", "title: [Pier repairs");
        assertThat(served.updated()).isFalse();
        assertThat(served.report.errors()).anyMatch(p -> p.file().equals("_posts/2025-01-04-pier.html"));
        assertThat(tmp.resolve("out/town/2025/01/04/pier.html")).doesNotExist();

        served.edit("_posts/2025-01-04-pier.html", "title: [Pier repairs", "title: Pier repairs");
        served.expect(false, "the last build had a problem with this post: it may be gone");
        assertThat(served.report.errors()).isEmpty();

        served.edit("about.md", "harbour town", "harbour city");
        assertThat(served.updated()).as("a page").isFalse();
        served.edit("_config.yml", "title: Harbour Gazette", "title: The Harbour Gazette");
        served.expect(false, "the settings");
        assertThat(tmp.resolve("out/town/2025/01/04/pier.html")).content().contains("The Harbour Gazette");
    }

    @Test
    void scratchFilesThatNoBuildReadsAreLeftOut(@TempDir Path tmp) throws IOException {
        Served served = Served.start(tmp);
        served.build(Set.of(served.site.resolve("_posts/4913")));
        assertThat(served.events).as("a file that came and went").anyMatch(e -> e.kind()
                == BuildEvent.Kind.PHASE_STARTED && e.message().contains("is up to date"));
        assertThat(served.report.postsRendered()).isEqualTo(4);

        Path swap = served.site.resolve("_posts/.2025-01-03-ferry.html.swp");
        Files.writeString(swap, "an editor's swap file");
        Path ferry = served.site.resolve("_posts/2025-01-03-ferry.html");
        Files.writeString(ferry, Files.readString(ferry).replace("at seven", "at six"));
        served.build(Set.of(swap, ferry));
        served.expect(true, "the swap file is not read");

        Path stray = served.site.resolve("_posts/notes.txt");
        Files.writeString(stray, "not a post");
        served.build(Set.of(stray, ferry));
        served.expect(false, "a file a build reads, though not as a post");
    }

    /**
     * A site of {@code count} posts, one a day from 2025-01-01, titled {@code title} and their number, whose post
     * layout lists the site's posts on the page of a post whose title contains "Notice".
     */
    private static String listedOnNotices(String title, int count) {
        StringBuilder spec = new StringBuilder("""
                -- _config.yml --
                timezone: UTC
                -- _layouts/post.peb --
                <h1>{{ page.title }}</h1>
                {% if page.title contains "Notice" %}
                <ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>
                {% endif %}
                """);
        for (int day = 1; day <= count; day++) {
            spec.append(String.format("-- _posts/2025-01-%02d-p%d.md --%n---%ntitle: %s %d%ncategories: [town]%n"
                    + "---%n%s number %d.%n", day, day, title, day, title, day));
        }
        return spec.toString();
    }

    /** A site built once with a cache kept in memory, as a preview server builds it, then rebuilt after each edit. */
    private static final class Served {
        private final Path tmp;
        private final Path site;
        private final SiteConfig config;
        private final BuildCache cache = BuildCache.inMemory();
        private final List<BuildEvent> events = new ArrayList<>();
        private BuildReport report;

        private Served(Path tmp, String spec) {
            this.tmp = tmp;
            this.site = TestSites.write(tmp.resolve("site"), spec);
            this.config = SiteConfig.builder(site).destination(tmp.resolve("out")).build();
        }

        static Served start(Path tmp) {
            return start(tmp, SITE);
        }

        static Served start(Path tmp, String spec) {
            Served served = new Served(tmp, spec);
            served.build(Set.of());
            assertThat(served.report.errors()).isEmpty();
            return served;
        }

        BuildReport build(Set<Path> changed) {
            events.clear();
            report = Site.build(config, events::add, cache, changed);
            return report;
        }

        void edit(String file, String from, String to) throws IOException {
            Path path = site.resolve(file);
            String text = Files.readString(path, StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            write(file, text.replace(from, to));
        }

        void write(String file, String text) throws IOException {
            Path path = site.resolve(file);
            Files.writeString(path, text, StandardCharsets.UTF_8);
            build(Set.of(path));
        }

        /**
         * Asserts that the last build updated the output in place ({@code update}) or built in full, and that it left
         * what a fresh build of the edited site writes.
         */
        void expect(boolean update, String why) {
            assertThat(updated()).as(why).isEqualTo(update);
            assertSameAsFreshBuild();
        }

        /**
         * Whether the last build updated the output after reading the changed files alone; an update that stood back
         * for the full build is not one.
         */
        boolean updated() {
            boolean walked = events.stream().anyMatch(e -> e.kind() == BuildEvent.Kind.PHASE_STARTED
                    && e.phase() == BuildEvent.Phase.READ && e.message().equals("reading " + site));
            boolean readChanged = events.stream().anyMatch(e -> e.kind() == BuildEvent.Kind.PHASE_STARTED
                    && e.phase() == BuildEvent.Phase.READ && e.message().startsWith("reading 1 changed post"));
            assertThat(walked || readChanged).as("the update or the full build ran").isTrue();
            return !walked;
        }

        void assertSameAsFreshBuild() {
            Path fresh = tmp.resolve("fresh");
            BuildReport full = Site.build(SiteConfig.builder(site).destination(fresh).build(), BuildListener.NONE);
            Map<String, String> want = texts(fresh);
            Map<String, String> got = texts(tmp.resolve("out"));
            assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
            want.forEach((path, text) -> assertThat(got.get(path)).as(path).isEqualTo(text));
            assertThat(report.summary().replaceAll("; \\d+ ms$", ""))
                    .isEqualTo(full.summary().replaceAll("; \\d+ ms$", ""));
            assertThat(report.problems()).isEqualTo(full.problems());
            assertThat(report.cleaning()).isEqualTo(full.cleaning());
        }

        private static Map<String, String> texts(Path root) {
            Map<String, String> texts = new TreeMap<>();
            Trees.contents(root).forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
            return texts;
        }
    }
}
