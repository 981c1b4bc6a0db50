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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL half-way leaves the previous site whole, and the next build recovers. */
class KilledBuildTest {

    @Test
    void killDashNineMidBuildLeavesThePreviousSiteIntact(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("site");
        writePosts(site, 3000);
        Path out = tmp.resolve("out");
        BuildReport first = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        assertThat(first.postsRendered()).isEqualTo(3000);
        Map<String, byte[]> before = Trees.contents(out);

        Files.writeString(site.resolve("_posts/2020-01-01-post-0.md"), "---\ntitle: Changed\n---\nChanged.\n");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), site.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
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

        BuildReport next = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        assertThat(next.postsRendered()).isEqualTo(3000);
        assertThat(Files.readString(out.resolve("2020/01/01/post-0.html"))).contains("Changed");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("the killed build's staging folder is cleared").containsExactlyInAnyOrder("site", "out", "build.log");
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
