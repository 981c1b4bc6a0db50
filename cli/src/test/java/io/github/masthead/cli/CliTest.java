package io.github.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildEvent.Phase;
import io.github.masthead.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process as a user would type it. */
class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aNewSiteBuildsAndANewPostAppearsInIt(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("my-site");
        assertThat(run("new", "site", site.toString(), "--title", "Harbour \"Daily\"")).as(err.toString()).isZero();
        assertThat(site.resolve("_config.yml")).content().contains("title: \"Harbour \\\"Daily\\\"\"");
        assertThat(site.resolve("pom.xml")).content().contains("<artifactId>masthead-maven-plugin</artifactId>")
                .doesNotContain("@version@");
        assertThat(site.resolve(".gitignore")).exists();

        assertThat(run("new", "post", "Typhoon 颱風 lands: \"Category 4\"", "-s", site.toString(), "--category", "cna",
                "--timezone", "Asia/Taipei")).as(err.toString()).isZero();
        Path post;
        try (Stream<Path> posts = Files.list(site.resolve("_posts"))) {
            post = posts.filter(p -> p.getFileName().toString().contains("typhoon")).findFirst().orElseThrow();
        }
        assertThat(post.getFileName().toString()).endsWith(".md").contains("颱風");

        assertThat(run("build", "-s", site.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("posts read").contains("[render]");
        Path built = site.resolve("_site");
        assertThat(built.resolve("index.html")).content().contains("Harbour &quot;Daily&quot;")
                .contains("Typhoon 颱風 lands");
        try (Stream<Path> files = Files.walk(built)) {
            assertThat(files.map(p -> built.relativize(p).toString().replace('\\', '/')))
                    .anyMatch(p -> p.startsWith("cna/") && p.contains("typhoon") && p.endsWith(".html"))
                    .contains("about/index.html");
        }
        assertThat(site.resolve(".masthead-cache/build/cleaned.bin")).as("the cleaning kept for the next build")
                .isNotEmptyFile();
        assertThat(built.resolve(".masthead-cache")).doesNotExist();
    }

    @Test
    void existingFilesAreNeverReplaced(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("s");
        assertThat(run("new", "site", site.toString())).isZero();
        assertThat(run("new", "post", "Same title", "-s", site.toString())).isZero();

        assertThat(run("new", "post", "Same title", "-s", site.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(run("new", "site", site.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not empty");
        assertThat(site.resolve("_posts/" + LocalDate.now(java.time.ZoneOffset.UTC) + "-welcome.md")).exists();
    }

    @Test
    void aBrokenConfigIsNamedWithItsLine(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("s"));
        Files.writeString(site.resolve("_config.yml"), "title: ok\nbaseurl: [unclosed\n");

        int code = run("build", "-s", site.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("_config.yml").containsPattern(":\\d+");
        assertThat(site.resolve("_site")).doesNotExist();
    }

    @Test
    void wrongUsageAndHelp(@TempDir Path tmp) {
        assertThat(run("build", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-such-option");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("build").contains("serve").contains("deploy").contains("new");
        assertThat(run("serve", "--debounce", "-5", "-s", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--debounce -5 is negative");
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--debounce").contains("default: 50");
        assertThat(run("build", "-s", tmp.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void progressIsABarOnATerminalAndPlainLinesElsewhere() {
        List<BuildEvent> events = List.of(BuildEvent.phase(Phase.CLEAN, "cleaning 1000 articles"),
                BuildEvent.progress(Phase.CLEAN, 500, 1000), BuildEvent.progress(Phase.CLEAN, 1000, 1000),
                BuildEvent.problem(Phase.CLEAN, Problem.warning("_posts/a.html", 3, "odd markup")));

        StringWriter plain = new StringWriter();
        StringWriter plainErr = new StringWriter();
        Console ci = new Console(new PrintWriter(plain, true), new PrintWriter(plainErr, true), false);
        events.forEach(ci::onEvent);
        assertThat(plain.toString()).doesNotContain("\r")
                .contains("[clean] cleaning 1000 articles\n", "[clean] 500/1000\n", "[clean] 1000/1000\n");
        assertThat(plainErr.toString()).contains("warning: ").contains("_posts/a.html").contains("odd markup");

        StringWriter bar = new StringWriter();
        Console terminal = new Console(new PrintWriter(bar, true), new PrintWriter(new StringWriter(), true), true);
        events.forEach(terminal::onEvent);
        assertThat(bar.toString()).contains("\r[clean] [###############               ]  50% 500/1000")
                .contains("\r[clean] [##############################] 100% 1000/1000\n");
    }
}
