package io.github.masthead.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code jekyll} for differential tests; tests skip when it is not installed. */
public final class Jekyll {

    private Jekyll() {
    }

    /** Skips the calling test, with a message, when {@code jekyll} is not on the PATH. */
    public static void assumeInstalled() {
        boolean found = System.getenv().getOrDefault("PATH", "").isEmpty() ? false
                : java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "jekyll")));
        assumeTrue(found, "jekyll is not on the PATH (Debian package 'jekyll'); skipping the differential test");
    }

    /** Builds {@code source} into {@code destination} with Jekyll, in the JVM's default time zone. */
    public static void build(Path source, Path destination) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("jekyll", "build", "--disable-disk-cache", "--quiet",
                "-s", source.toString(), "-d", destination.toString()));
        pb.environment().put("TZ", ZoneId.systemDefault().getId());
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.redirectErrorStream(true);
        Path log = Files.createTempFile("jekyll", ".log");
        pb.redirectOutput(log.toFile());
        Process process = pb.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("jekyll did not finish within 180 s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("jekyll failed: " + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}
