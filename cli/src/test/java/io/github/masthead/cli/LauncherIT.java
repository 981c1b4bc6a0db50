package io.github.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void aBuildTakesTheBuildsJvmOptionsAndTheUsersOptionsWin(@TempDir Path tmp) throws Exception {
        Path launcher = TARGET.resolve("masthead");
        Path site = tmp.resolve("site");
        assertThat(run(tmp, "sh", launcher.toString(), "new", "site", site.toString()).code()).isZero();
        Map<String, String> printFlags = Map.of("MASTHEAD_JAVA_OPTS", "-XX:+PrintFlagsFinal");

        Result build = run(tmp, printFlags, "sh", launcher.toString(), "build", "-s", site.toString());
        assertThat(build.code()).as(build.output()).isZero();
        assertThat(flag(build.output(), "Tier4InvocationThreshold")).isEqualTo("50000");
        assertThat(flag(build.output(), "Tier4BackEdgeThreshold")).isEqualTo("400000");
        assertThat(flag(build.output(), "UseParallelGC")).isEqualTo("true");
        assertThat(flag(build.output(), "GCTimeRatio")).isEqualTo("19");

        Result serve = run(tmp, printFlags, "sh", launcher.toString(), "serve", "--help");
        assertThat(serve.code()).as(serve.output()).isZero();
        String jvmDefaults = run(tmp, "java", "-XX:+PrintFlagsFinal", "-version").output();
        assertThat(flag(jvmDefaults, "Tier4InvocationThreshold")).isNotEqualTo("50000");
        assertThat(flag(jvmDefaults, "GCTimeRatio")).isNotEqualTo("19");
        for (String name : List.of("Tier4InvocationThreshold", "UseParallelGC", "UseG1GC", "GCTimeRatio")) {
            assertThat(flag(serve.output(), name)).as(name).isEqualTo(flag(jvmDefaults, name));
        }

        Result mine = run(tmp, Map.of("MASTHEAD_JAVA_OPTS",
                "-XX:Tier4InvocationThreshold=7000 -XX:+UseGCOverheadLimit -XX:+PrintFlagsFinal"),
                "sh", launcher.toString(), "build", "-s", site.toString());
        assertThat(mine.code()).as(mine.output()).isZero();
        assertThat(flag(mine.output(), "Tier4InvocationThreshold")).isEqualTo("7000");
        assertThat(flag(mine.output(), "Tier4BackEdgeThreshold")).isEqualTo("400000");
        assertThat(flag(mine.output(), "UseParallelGC")).as("options that choose no collector").isEqualTo("true");
    }

    @Test
    void aCollectorChosenInJavasOptionsReplacesTheBuilds(@TempDir Path tmp) throws Exception {
        Path launcher = TARGET.resolve("masthead");
        Path site = tmp.resolve("site");
        assertThat(run(tmp, "sh", launcher.toString(), "new", "site", site.toString()).code()).isZero();

        Result serial = run(tmp, Map.of("MASTHEAD_JAVA_OPTS", "-XX:+UseSerialGC -XX:+PrintFlagsFinal"),
                "sh", launcher.toString(), "build", "-s", site.toString());
        assertThat(serial.code()).as(serial.output()).isZero();
        assertThat(flag(serial.output(), "UseSerialGC")).isEqualTo("true");
        assertThat(flag(serial.output(), "UseParallelGC")).isEqualTo("false");
        assertThat(flag(serial.output(), "Tier4InvocationThreshold")).isEqualTo("50000");

        Result g1 = run(tmp, Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC", "MASTHEAD_JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "sh", launcher.toString(), "build", "-s", site.toString());
        assertThat(g1.code()).as(g1.output()).isZero();
        assertThat(flag(g1.output(), "UseG1GC")).isEqualTo("true");
        assertThat(flag(g1.output(), "UseParallelGC")).isEqualTo("false");
        assertThat(g1.output()).contains("posts read");
    }

    /** The value of one of the JVM's flags as {@code -XX:+PrintFlagsFinal} prints it. */
    private static String flag(String output, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s+=\\s+(\\S+)").matcher(output);
        assertThat(m.find()).as("%s in the printed flags", name).isTrue();
        return m.group(1);
    }

    private static Result run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, Map.of(), command);
    }

    private static Result run(Path dir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CI", "true");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }
}
