package io.github.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code masthead.jar}, run through its launcher script in a process of its own, as users run it. */
class LauncherIT {

    private static final Path TARGET = Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();

    @Test
    void theLauncherCreatesAndBuildsASite(@TempDir Path tmp) throws Exception {
        Path launcher = TARGET.resolve("masthead");
        assertThat(TARGET.resolve("masthead.jar")).isRegularFile();
        assertThat(launcher).isRegularFile();

        Result version = run(tmp, "sh", launcher.toString(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.output()).startsWith("Masthead ").doesNotContain("unknown").doesNotContain("${");

        Path site = tmp.resolve("site");
        assertThat(run(tmp, "sh", launcher.toString(), "new", "site", site.toString()).code()).isZero();
        Result build = run(tmp, "sh", launcher.toString(), "build", "-s", site.toString());
        assertThat(build.code()).as(build.output()).isZero();
        assertThat(build.output()).doesNotContain("\r").contains("posts read").contains("[publish]");
        assertThat(site.resolve("_site/index.html")).content().contains("Welcome to your news site");
        assertThat(site.resolve("_site/feed.xml")).exists();
    }

    private static Result run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CI", "true");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}
