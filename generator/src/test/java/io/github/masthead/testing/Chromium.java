package io.github.masthead.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run once per page: quiet, with a fresh profile, and with every host but loopback
 * unresolvable, so that nothing reaches the network. Tests using it are skipped where it is not installed.
 */
public final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--disable-breakpad", "--no-pings", "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--virtual-time-budget=5000");

    /**
     * A script for the top of a test page's {@code <head>}: {@code __mark(name, value)} appends to an attribute of
     * {@code <html>}, which {@code --dump-dom} then shows, and every report of the page's Content-Security-Policy
     * is marked as {@code data-leak}.
     */
    public static final String RECORDER = """
            <script>
            window.__mark = function (name, value) {
              var root = document.documentElement;
              root.setAttribute(name, (root.getAttribute(name) || '') + value + ';');
            };
            document.addEventListener('securitypolicyviolation', function (e) {
              __mark('data-leak', e.effectiveDirective + ' ' + e.blockedURI);
            });
            </script>
            """;

    private Chromium() {
    }

    /**
     * A Content-Security-Policy of the page's own origin for everything (inline script and style allowed), with
     * images also from {@code imageSources}.
     */
    public static String policy(String imageSources) {
        return "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src " + imageSources + " data:; form-action 'self'; base-uri 'self'";
    }

    /** Skips the calling test when Chromium is not installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY), "Debian's chromium is not installed");
    }

    /** Loads {@code url} and returns its DOM once scripts and timers have had their time. */
    public static String dumpDom(Path work, String url, String... flags) throws IOException, InterruptedException {
        List<String> command = command(work, flags);
        command.addAll(List.of("--dump-dom", url));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished " + url).isTrue();
        return dom;
    }

    /** Saves a screenshot of {@code url} in a window {@code width} by {@code height} to {@code png}. */
    public static void screenshot(Path work, String url, int width, int height, Path png, String... flags)
            throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        List<String> command = command(work, flags);
        command.addAll(List.of("--window-size=" + width + "," + height, "--screenshot=" + png, url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished " + url).isTrue();
        assertThat(png).as("screenshot of " + url).isNotEmptyFile();
    }

    /** The {@code <html>} start tag of a dumped DOM, where a page's test script writes what it saw. */
    public static String rootTag(String dom) {
        int start = dom.indexOf("<html");
        return start < 0 ? "" : dom.substring(start, dom.indexOf('>', start) + 1);
    }

    /** The value of attribute {@code name} in {@code tag}, if it is there. */
    public static Optional<String> attribute(String tag, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A site path with each segment percent-encoded, for a URL. */
    public static String encodePath(String path) {
        return Stream.of(path.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static List<String> command(Path work, String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString()));
        command.addAll(FLAGS);
        command.addAll(List.of(flags));
        command.add("--user-data-dir=" + Files.createTempDirectory(work, "chromium-"));
        return command;
    }
}
