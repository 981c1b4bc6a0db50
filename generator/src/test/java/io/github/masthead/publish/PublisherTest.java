package io.github.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void commitReplacesTheWholeFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale.html"), "stale");
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("index.html", bytes("new"), "test");
            publisher.commit();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
        assertThat(out.resolve("stale.html")).doesNotExist();
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings).containsExactly(out);
        }
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
        try (Publisher publisher = new Publisher(out)) {
            publisher.write("a.html", bytes("first a"), "test");
            publisher.write("b.html", bytes("first b"), "test");
            publisher.write("c.html", bytes("first c"), "test");
            publisher.commit();
        }
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

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
