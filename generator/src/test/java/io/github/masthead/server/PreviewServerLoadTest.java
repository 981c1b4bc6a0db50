package io.github.masthead.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.masthead.BuildListener;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.Trees;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test of the preview server with {@code wrk} on loopback: every page of the example site, requested
 * in turn over concurrent connections, answers without a socket error or a failed status. The requests per second
 * are printed for the documentation and never asserted. Runs where {@code wrk} is installed (CI installs it);
 * {@code -Dmasthead.load.seconds} sets the duration (30 by default).
 */
class PreviewServerLoadTest {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+\\w+)");
    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

    @Test
    void servesTheExampleSiteUnderLoadWithoutErrors(@TempDir Path tmp) throws Exception {
        Path wrk = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "wrk")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(wrk != null, "wrk is not installed");
        Path content = Path.of(System.getProperty("masthead.content", "../content")).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(content.resolve("_config.yml")), "example site not found at " + content);
        Path site = tmp.resolve("site");
        Site.build(SiteConfig.builder(content).destination(site).build(), BuildListener.NONE);
        List<String> pages = Trees.files(site).stream().filter(p -> p.endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThan(10);

        try (PreviewServer server = new PreviewServer(site, "127.0.0.1", 0, "/news")) {
            Path script = tmp.resolve("pages.lua");
            Files.writeString(script, luaScript(pages));
            String seconds = System.getProperty("masthead.load.seconds", "30");
            Process process = new ProcessBuilder(wrk.toString(), "-t2", "-c32", "-d" + seconds + "s", "-s",
                    script.toString(), "http://127.0.0.1:" + server.port()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(Long.parseLong(seconds) + 60, TimeUnit.SECONDS)).isTrue();
            System.out.println("wrk against the preview server, " + pages.size() + " pages:\n" + output);

            assertThat(process.exitValue()).as(output).isZero();
            Matcher requests = REQUESTS.matcher(output);
            assertThat(requests.find()).as(output).isTrue();
            assertThat(Long.parseLong(requests.group(1))).as("requests made").isPositive();
            assertThat(PER_SECOND.matcher(output).find()).as(output).isTrue();
            assertThat(output).as("socket errors").doesNotContain("Socket errors");
            assertThat(output).as("failed statuses").doesNotContain("Non-2xx or 3xx responses");
        }
    }

    /** A wrk script that requests each page in turn, under the site's base URL. */
    private static String luaScript(List<String> pages) {
        String paths = pages.stream()
                .map(p -> "\"/news/" + Stream.of(p.split("/")).map(PreviewServerLoadTest::encode)
                        .collect(Collectors.joining("/")) + "\"")
                .collect(Collectors.joining(",\n  "));
        return "local paths = {\n  " + paths + "\n}\n"
                + "local i = 0\n"
                + "request = function()\n"
                + "  i = i % #paths + 1\n"
                + "  return wrk.format(\"GET\", paths[i])\n"
                + "end\n";
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
