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
    private static final Path LAUNCHER = TARGET.resolve("masthead");

    @Test
    void theLauncherCreatesAndBuildsASite(@TempDir Path tmp) throws Exception {
        assertThat(TARGET.resolve("masthead.jar")).isRegularFile();
        assertThat(LAUNCHER).isRegularFile();

        Result version = masthead(tmp, Map.of(), "--version");
        assertThat(version.code()).isZero();
        assertThat(version.output()).startsWith("Masthead ").doesNotContain("unknown").doesNotContain("${");

        Path site = newSite(tmp);
        Result build = masthead(tmp, Map.of(), "build", "-s", site.toString());
        assertThat(build.code()).as(build.output()).isZero();
        assertThat(build.output()).doesNotContain("\r").contains("posts read").contains("[publish]");
        assertThat(site.resolve("_site/index.html")).content().contains("Welcome to your news site");
        assertThat(site.resolve("_site/feed.xml")).exists();
    }

    @Test
    void aBuildTakesTheBuildsJvmOptionsAndTheUsersOptionsWin(@TempDir Path tmp) throws Exception {
        Path site = newSite(tmp);
        Map<String, String> printFlags = Map.of("MASTHEAD_JAVA_OPTS", "-XX:+PrintFlagsFinal");

        Result build = masthead(tmp, printFlags, "build", "-s", site.toString());
        assertThat(build.code()).as(build.output()).isZero();
        assertThat(flag(build.output(), "Tier4InvocationThreshold")).isEqualTo("50000");
        assertThat(flag(build.output(), "Tier4BackEdgeThreshold")).isEqualTo("400000");
        assertThat(flag(build.output(), "UseParallelGC")).isEqualTo("true");
        assertThat(flag(build.output(), "GCTimeRatio")).isEqualTo("19");

        Result serve = masthead(tmp, printFlags, "serve", "--help");
        assertThat(serve.code()).as(serve.output()).isZero();
        String jvmDefaults = run(tmp, "java", "-XX:+PrintFlagsFinal", "-version").output();
        assertThat(flag(jvmDefaults, "Tier4InvocationThreshold")).isNotEqualTo("50000");
        assertThat(flag(jvmDefaults, "GCTimeRatio")).isNotEqualTo("19");
        for (String name : List.of("Tier4InvocationThreshold", "UseParallelGC", "UseG1GC", "GCTimeRatio")) {
            assertThat(flag(serve.output(), name)).as(name).isEqualTo(flag(jvmDefaults, name));
        }

        Result mine = masthead(tmp, Map.of("MASTHEAD_JAVA_OPTS",
                "-XX:Tier4InvocationThreshold=7000 -XX:+UseGCOverheadLimit -XX:+PrintFlagsFinal"),
                "build", "-s", site.toString());
        assertThat(mine.code()).as(mine.output()).isZero();
        assertThat(flag(mine.output(), "Tier4InvocationThreshold")).isEqualTo("7000");
        assertThat(flag(mine.output(), "Tier4BackEdgeThreshold")).isEqualTo("400000");
        assertThat(flag(mine.output(), "UseParallelGC")).as("options that choose no collector").isEqualTo("true");
    }

    @Test
    void aCollectorChosenInJavasOptionsReplacesTheBuilds(@TempDir Path tmp) throws Exception {
        Path site = newSite(tmp);

        Result serial = masthead(tmp, Map.of("MASTHEAD_JAVA_OPTS", "-XX:+UseSerialGC -XX:+PrintFlagsFinal"),
                "build", "-s", site.toString());
        assertThat(serial.code()).as(serial.output()).isZero();
        assertThat(flag(serial.output(), "UseSerialGC")).isEqualTo("true");
        assertThat(flag(serial.output(), "UseParallelGC")).isEqualTo("false");
        assertThat(flag(serial.output(), "Tier4InvocationThreshold")).isEqualTo("50000");

        Result g1 = masthead(tmp,
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC", "MASTHEAD_JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "build", "-s", site.toString());
        assertThat(g1.code()).as(g1.output()).isZero();
        assertThat(flag(g1.output(), "UseG1GC")).isEqualTo("true");
        assertThat(flag(g1.output(), "UseParallelGC")).isEqualTo("false");
        assertThat(g1.output()).contains("posts read");
    }

    /** A new site made by {@code masthead new site}. */
    private static Path newSite(Path tmp) throws IOException, InterruptedException {
        Path site = tmp.resolve("site");
        assertThat(masthead(tmp, Map.of(), "new", "site", site.toString()).code()).isZero();
        return site;
    }

    /** The launcher run with {@code arguments}, and {@code env} added to the environment. */
    private static Result masthead(Path dir, Map<String, String> env, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(arguments));
        return run(dir, env, command.toArray(String[]::new));
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
