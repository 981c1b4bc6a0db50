package io.github.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.github.masthead.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublisherTest {

    @Test
    void nothingReachesTheDestinationUntilCommit(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "old");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("index.html", bytes("new"), "test");
            publisher.write("a/b.html", bytes("b"), "test");
            assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
            // no commit: as if the build had failed here
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
        assertThat(out.resolve("a")).doesNotExist();
        assertNothingBeside(out);
    }

    @Test
    void commitReplacesTheWholeFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "stale");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("index.html", bytes("new"), "test");
            publisher.commit();
            assertThat(publisher.placed()).as("only a commit in place lists what it left").isEmpty();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertNothingBeside(out);
    }

    @Test
    void unchangedFilesKeepTheirTimesAndChangedOnesAreRewritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Path asset = tmp.resolve("logo.svg");
        Files.writeString(asset, "<svg/>");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("same.html", bytes("same"), "test");
            publisher.write("changed.html", bytes("before"), "test");
            publisher.copy("logo.svg", asset, "test");
            publisher.commit();
        }
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        for (String name : new String[] {"same.html", "changed.html", "logo.svg"}) {
            Files.setLastModifiedTime(out.resolve(name), past);
        }

        try (Publisher publisher = new Publisher(out)) {
            publisher.write("same.html", bytes("same"), "test");
            publisher.write("changed.html", bytes("after"), "test");
            publisher.copy("logo.svg", asset, "test");
            publisher.commit();
        }

        assertThat(Files.getLastModifiedTime(out.resolve("same.html"))).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(out.resolve("logo.svg"))).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(out.resolve("changed.html"))).isNotEqualTo(past);
        assertThat(Files.readString(out.resolve("same.html"))).isEqualTo("same");
        assertThat(Files.readString(out.resolve("changed.html"))).isEqualTo("after");
        assertThat(Files.readString(out.resolve("logo.svg"))).isEqualTo("<svg/>");
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings).containsExactlyInAnyOrder(out, asset);
        }
    }

    @Test
    void aRecordedFileIsKeptUnreadOnlyWhileItsSizeAndTimeAreAsRecorded(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        publish(out, "a.html", "first a", "b.html", "first b", "c.html", "first c");
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out.resolve("a.html"), past);
        Files.setLastModifiedTime(out.resolve("b.html"), past);
        long size = Files.size(out.resolve("a.html"));

        try (Publisher publisher = new Publisher(out)) {
            assertThat(publisher.keep("a.html", size, past.toMillis(), "test")).isTrue();
            assertThat(publisher.keep("b.html", size + 1, past.toMillis(), "test")).as("another size").isFalse();
            assertThat(publisher.keep("c.html", size, past.toMillis(), "test")).as("another time").isFalse();
            assertThat(publisher.keep("d.html", size, past.toMillis(), "test")).as("no such file").isFalse();
            assertThat(publisher.isClaimed("b.html")).as("a refused keep claims nothing").isFalse();
            assertThat(publisher.write("b.html", bytes("second b"), "test")).isEmpty();
            assertThat(publisher.keep("b.html", size, past.toMillis(), "other")).as("already written").isFalse();
            publisher.commit();
        }

        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("first a");
        assertThat(Files.getLastModifiedTime(out.resolve("a.html"))).isEqualTo(past);
        assertThat(Files.readString(out.resolve("b.html"))).isEqualTo("second b");
        assertThat(out.resolve("c.html")).as("neither kept nor written").doesNotExist();
    }

    @Test
    void aRecordedFileWhoseTimeACopyCutToTheSecondIsStillKept(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        publish(out, "a.html", "first a", "b.html", "first b");
        long size = Files.size(out.resolve("a.html"));
        Instant recorded = Instant.parse("2020-01-01T00:00:05.250Z");
        Files.setLastModifiedTime(out.resolve("a.html"), FileTime.from(Instant.parse("2020-01-01T00:00:05Z")));
        Files.setLastModifiedTime(out.resolve("b.html"), FileTime.from(Instant.parse("2020-01-01T00:00:05.500Z")));

        try (Publisher publisher = new Publisher(out)) {
            assertThat(publisher.keep("a.html", size, recorded.toEpochMilli(), "test")).as("cut to the second").isTrue();
            assertThat(publisher.keep("b.html", size, recorded.toEpochMilli(), "test")).as("another time").isFalse();
        }
        assertThat(Publisher.sameTime(recorded.toEpochMilli(), recorded.toEpochMilli())).isTrue();
        assertThat(Publisher.sameTime(recorded.toEpochMilli(), Instant.parse("2020-01-01T00:00:04Z").toEpochMilli()))
                .as("the second before").isFalse();
        assertThat(Publisher.sameTime(Instant.parse("1969-12-31T23:59:59.250Z").toEpochMilli(),
                Instant.parse("1969-12-31T23:59:59Z").toEpochMilli())).as("before 1970").isTrue();
    }

    @Test
    void secondClaimOfAPathIsRefusedAndNamesTheFirst(@TempDir Path tmp) throws Exception {
        try (Publisher publisher = new Publisher(tmp.resolve("site"))) {
            assertThat(publisher.write("x.html", bytes("one"), "_posts/one.md")).isEmpty();
            assertThat(publisher.write("x.html", bytes("two"), "_posts/two.md")).contains("_posts/one.md");
            publisher.commit();
        }
        assertThat(Files.readString(tmp.resolve("site/x.html"))).isEqualTo("one");
    }

    @Test
    void pathsThatLeaveTheOutputAreRefused(@TempDir Path tmp) {
        try (Publisher publisher = new Publisher(tmp.resolve("site"))) {
            for (String bad : new String[] {"../escape.html", "/etc/passwd", "a/../../b", "nul\0.html", ""}) {
                assertThatThrownBy(() -> publisher.write(bad, bytes("x"), "test"))
                        .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsafe output path");
            }
        }
        assertThat(tmp.resolve("escape.html")).doesNotExist();
    }

    @Test
    void twoBuildsNeverWriteOneFolder(@TempDir Path tmp) {
        try (Publisher first = new Publisher(tmp.resolve("site"))) {
            assertThatThrownBy(() -> new Publisher(tmp.resolve("site")))
                    .isInstanceOf(io.github.masthead.SiteException.class)
                    .hasMessageContaining("another build is writing");
        }
        try (Publisher again = new Publisher(tmp.resolve("site"))) {
            assertThat(again.count()).isZero();
        }
    }

    @Test
    void refusesTheRootTheHomeAndTheSourceOrItsParents(@TempDir Path tmp) {
        Path source = tmp.resolve("a/site");
        for (Path bad : new Path[] {Path.of("/"), Path.of(System.getProperty("user.home")), source, tmp.resolve("a")}) {
            assertThatThrownBy(() -> OutputGuard.check(source, bad)).as(bad.toString())
                    .isInstanceOf(io.github.masthead.SiteException.class)
                    .hasMessageContaining("refusing to write the site to");
        }
        OutputGuard.check(source, source.resolve("_site"));
        OutputGuard.check(source, tmp.resolve("out"));
    }

    /** With {@code knowing}, the publisher is told what the last build left instead of walking the output folder. */
    @ParameterizedTest(name = "told what the output folder holds: {0}")
    @ValueSource(booleans = {false, true})
    void anUpdateInPlaceStagesOnlyWhatChangedAndRemovesWhatThisBuildDidNotWrite(boolean knowing, @TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("site");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("same.html", bytes("same"), "test");
            publisher.write("kept/page.html", bytes("kept"), "test");
            publisher.write("changed.html", bytes("before"), "test");
            publisher.write("stale/deep/gone.html", bytes("gone"), "test");
            publisher.write("stale.html", bytes("gone"), "test");
            publisher.commit();
        }
        java.util.Set<String> left = Trees.files(out);
        Files.writeString(out.resolve("stray.txt"), "put there by something else");
        Object sameFile = Files.readAttributes(out.resolve("same.html"), BasicFileAttributes.class).fileKey();
        Path kept = out.resolve("kept/page.html");

        try (Publisher publisher = new Publisher(out, true, knowing ? left : null)) {
            publisher.write("same.html", bytes("same"), "test");
            assertThat(publisher.keep("kept/page.html", Files.size(kept),
                    Files.getLastModifiedTime(kept).toMillis(), "test")).isTrue();
            publisher.write("changed.html", bytes("after"), "test");
            publisher.write("new/page.html", bytes("new"), "test");
            assertThat(stagedFiles(tmp)).as("only what changed is staged")
                    .containsExactlyInAnyOrder("changed.html", "new/page.html");
            assertThat(Files.readString(out.resolve("changed.html"))).as("nothing moves before the commit")
                    .isEqualTo("before");
            publisher.commit();
            List<Publisher.Placed> found = new ArrayList<>();
            for (String path : Trees.files(out)) {
                if (path.equals("stray.txt")) {
                    continue; // not one of this build's files
                }
                found.add(new Publisher.Placed(path, Files.size(out.resolve(path)),
                        Files.getLastModifiedTime(out.resolve(path)).toMillis()));
            }
            assertThat(publisher.placed()).as("what the commit left, as a walk finds it").contains(found);
        }

        List<String> expected = new ArrayList<>(List.of("same.html", "kept/page.html", "changed.html", "new/page.html"));
        if (knowing) {
            expected.add("stray.txt"); // only a walk finds what the last build did not leave
        }
        assertThat(Trees.contents(out).keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readString(out.resolve("changed.html"))).isEqualTo("after");
        assertThat(Files.readAttributes(out.resolve("same.html"), BasicFileAttributes.class).fileKey())
                .as("an unchanged file is the same file").isEqualTo(sameFile);
        assertThat(out.resolve("stale")).as("a folder left with nothing is removed").doesNotExist();
        assertNothingBeside(out);
    }

    @Test
    void anUpdateInPlaceThatFailsBeforeItsCommitLeavesTheSiteAsItWas(@TempDir Path tmp) throws Exception {
        Path out = published(tmp, "old");
        try (Publisher publisher = new Publisher(out, true)) {
            publisher.write("index.html", bytes("new"), "test");
            publisher.write("more.html", bytes("more"), "test");
        }
        assertThat(Trees.contents(out).keySet()).containsExactly("index.html");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
        assertNothingBeside(out);
    }

    @Test
    void aCommitInPlaceKilledAfterItsJournalIsFinishedByTheNextBuild(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("old"));
        Files.createDirectories(out.resolve("section"));
        Files.writeString(out.resolve("index.html"), "old home");
        Files.writeString(out.resolve("old/page.html"), "old page");
        Files.writeString(out.resolve("section/index.html"), "a folder that becomes a file");
        Files.writeString(out.resolve("kept.html"), "kept");
        Path staging = Files.createDirectories(tmp.resolve(".site.masthead-killed"));
        Files.createDirectories(staging.resolve("a/b"));
        Files.writeString(staging.resolve("index.html"), "new home");
        Files.writeString(staging.resolve("a/b/page.html"), "new page");
        Files.writeString(staging.resolve("section"), "the file");
        new Journal(staging.getFileName().toString(), List.of("old/page.html", "old/", "section/index.html",
                "section/"), List.of("index.html", "a/b/page.html", "section"))
                .write(tmp.resolve(".site.masthead-journal"));
        // killed half-way: the deletions done, and two of the three files moved in
        for (String gone : List.of("old/page.html", "old", "section/index.html", "section")) {
            Files.delete(out.resolve(gone));
        }
        Files.move(staging.resolve("index.html"), out.resolve("index.html"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging.resolve("section"), out.resolve("section"));

        try (Publisher next = new Publisher(out, true)) {
            assertThat(Trees.contents(out).keySet()).as("finished before the next build writes anything")
                    .containsExactlyInAnyOrder("index.html", "a/b/page.html", "kept.html", "section");
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new home");
        assertThat(Files.readString(out.resolve("a/b/page.html"))).isEqualTo("new page");
        assertThat(Files.readString(out.resolve("section"))).isEqualTo("the file");
        assertThat(out.resolve("old")).doesNotExist();
        assertNothingBeside(out);
    }

    @Test
    void everythingACommitInPlaceMakesBesideTheOutputFolderIsNamedAsThePublishersOwn(@TempDir Path tmp)
            throws Exception {
        Path out = published(tmp, "old");
        List<String> made = new ArrayList<>();
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            WatchKey key = tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            try (Publisher publisher = Publisher.updating(out)) {
                publisher.write("index.html", bytes("new"), "test");
                publisher.commit();
            }
            // the watch reports from a thread of its own: wait for the journal and a temporary file, within 10 s
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(made.contains(".site.masthead-journal") && made.stream().anyMatch(n -> n.endsWith(".tmp")))
                    && System.nanoTime() < deadline) {
                WatchKey ready = watch.poll(100, TimeUnit.MILLISECONDS);
                if (ready != null) {
                    ready.pollEvents().forEach(event -> made.add(event.context().toString()));
                    ready.reset();
                }
            }
            key.cancel();
        }
        assertThat(made).as("the staging folder, the journal and the journal's temporary file")
                .anyMatch(name -> name.endsWith(".tmp")).contains(".site.masthead-journal")
                .allMatch(name -> Publisher.keepsBeside(out, name));
        assertThat(Publisher.keepsBeside(out, "site")).isFalse();
        assertThat(Publisher.keepsBeside(out, ".site")).isFalse();
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertNothingBeside(out);
    }

    @Test
    void theTemporaryFileOfAJournalAKilledBuildLeftIsRemovedByTheNext(@TempDir Path tmp) throws Exception {
        Path out = published(tmp, "home");
        Files.writeString(tmp.resolve(".site.masthead-journal4815162342.tmp"), "cut short");
        try (Publisher next = Publisher.updating(out)) {
            next.write("index.html", bytes("home"), "test");
            next.commit();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("home");
        assertNothingBeside(out);
    }

    @Test
    void anUpdateInPlaceReplacesALinkInTheOutputFolderAndNeverWritesThroughIt(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("page.html"), "not the site's");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("index.html", bytes("home"), "test");
            publisher.commit();
        }
        Files.createSymbolicLink(out.resolve("linked"), elsewhere);
        Path outside = elsewhere.resolve("page.html");

        try (Publisher publisher = new Publisher(out, true)) {
            assertThat(publisher.keep("linked/page.html", Files.size(outside),
                    Files.getLastModifiedTime(outside).toMillis(), "test")).as("not the site's own file").isFalse();
            publisher.write("index.html", bytes("home"), "test");
            publisher.write("linked/page.html", bytes("the site's"), "test");
            publisher.commit();
        }

        assertThat(Files.readString(outside)).isEqualTo("not the site's");
        assertThat(out.resolve("linked")).isDirectory();
        assertThat(Files.isSymbolicLink(out.resolve("linked"))).isFalse();
        assertThat(Files.readString(out.resolve("linked/page.html"))).isEqualTo("the site's");
    }

    /** Checks that no staging folder, journal or lock is left beside the output folder {@code out}. */
    /** The output folder {@code site} in {@code tmp}, published with a home page that says {@code home}. */
    private static Path published(Path tmp, String home) {
        Path out = tmp.resolve("site");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("index.html", bytes(home), "test");
            publisher.commit();
        }
        return out;
    }

    private static void assertNothingBeside(Path out) throws Exception {
        try (var siblings = Files.list(out.getParent())) {
            assertThat(siblings).as("beside the output folder").containsExactly(out);
        }
    }

    /** The files in the staging folders beside the output folder, relative to their staging folder. */
    private static List<String> stagedFiles(Path parent) throws Exception {
        List<String> found = new ArrayList<>();
        try (var siblings = Files.list(parent)) {
            for (Path staging : siblings.filter(p -> p.getFileName().toString().startsWith(".site.masthead-")
                    && Files.isDirectory(p)).toList()) {
                found.addAll(Trees.contents(staging).keySet());
            }
        }
        return found;
    }

    /** Builds {@code out} in one swap from {@code pathsAndTexts}: a path, its text, and so on. */
    private static void publish(Path out, String... pathsAndTexts) {
        try (Publisher publisher = new Publisher(out)) {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                publisher.write(pathsAndTexts[i], bytes(pathsAndTexts[i + 1]), "test");
            }
            publisher.commit();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
