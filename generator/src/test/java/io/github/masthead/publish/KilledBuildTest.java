package io.github.masthead.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.BuildMain;
import io.github.masthead.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL half-way leaves the previous site whole, whether it would have swapped the output folder
 * or updated it in place, and the next build recovers.
 */
class KilledBuildTest {

    @Test
    void killDashNineMidBuildLeavesThePreviousSiteIntact(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        writePosts(site, 3000);
        Path out = tmp.resolve("out");
        BuildReport first = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        assertThat(first.postsRendered()).isEqualTo(3000);

        Files.writeString(site.resolve("_posts/2020-01-01-post-0.md"), "---\ntitle: Changed\n---\nChanged.\n");
        killWhileStaging(tmp, site, out);

        BuildReport next = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        assertThat(next.postsRendered()).isEqualTo(3000);
        assertThat(Files.readString(out.resolve("2020/01/01/post-0.html"))).contains("Changed");
        assertOnlyLeft(tmp, "site", "out", "build.log");
    }

    @Test
    void killDashNineMidUpdateInPlaceLeavesThePreviousSiteIntact(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        writePosts(site, 3000);
        Path out = tmp.resolve("out");
        Path cache = tmp.resolve("cache");
        SiteConfig config = SiteConfig.builder(site).destination(out).cacheDirectory(cache).build();
        assertThat(Site.build(config, BuildListener.NONE).postsRendered()).isEqualTo(3000);

        // a recorded build: the next one updates the output folder in place, and a new title changes every page
        Files.writeString(site.resolve("_config.yml"), "title: Fewer\ntimezone: UTC\n");
        killWhileStaging(tmp, site, out, cache.toString());

        assertThat(Site.build(config, BuildListener.NONE).postsRendered()).isEqualTo(3000);
        assertThat(Files.readString(out.resolve("index.html"))).contains("Fewer");
        assertOnlyLeft(tmp, "site", "out", "cache", "build.log");
    }

    /**
     * Builds {@code site} into {@code out} in another JVM, kills it with SIGKILL once its staging folder holds files,
     * and checks that {@code out} is byte for byte as it was.
     */
    private static void killWhileStaging(Path tmp, Path site, Path out, String... more) throws Exception {
        Map<String, byte[]> before = Trees.contents(out);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), site.toString(),
                out.toString()));
        command.addAll(List.of(more));
        Process build = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("build.log").toFile()).start();
        boolean staged = false;
        for (int i = 0; i < 600 && build.isAlive() && !staged; i++) {
            staged = stagingHasFiles(tmp);
            Thread.sleep(50);
        }
        assertThat(staged).as("the build reached the writing stage").isTrue();
        build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(build.exitValue()).as("killed, not finished").isNotZero();

        Map<String, byte[]> after = Trees.contents(out);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    private static void assertOnlyLeft(Path tmp, String... names) throws Exception {
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("the killed build's staging folder is cleared").containsExactlyInAnyOrder(names);
        }
    }

    private static boolean stagingHasFiles(Path parent) throws Exception {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".out.masthead-") && Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        if (walk.filter(Files::isRegularFile).limit(20).count() >= 20) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static void writePosts(Path site, int count) throws Exception {
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: Many\ntimezone: UTC\n");
        String body = "<p>" + "港口工人罷工進入第三天，碼頭貨櫃積壓。".repeat(40) + "</p>\n";
        for (int i = 0; i < count; i++) {
            Files.writeString(posts.resolve(String.format("2020-01-%02d-post-%d.md", i % 28 + 1, i)),
                    "---\ntitle: Post " + i + "\ncategories: [src" + (i % 8) + "]\n---\n" + body.repeat(6));
        }
    }
}
