package io.github.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every page of the built hostile fixture (one attack vector per post, each calling {@code __xss(N)}) in real
 * headless Chromium. The test's loopback server puts the sentinel first in each page: {@code __xss} marks the page
 * when a payload runs, the same script asks the browser's own URL parser whether any link, source or form target
 * would run script when followed, and a report-only Content-Security-Policy of {@code 'self'} makes the browser
 * itself report every request the page would send off the server's origin. A control page with one leak of each
 * kind proves the detector sees them. Host resolution is off in the browser, so nothing reaches the network.
 * Runs where Debian's {@code chromium} is installed (CI installs it).
 */
class HostileBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Quiet, and with every host but loopback unresolvable. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--disable-breakpad", "--no-pings",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--virtual-time-budget=3000", "--dump-dom");

    /** Every fetch, frame, form and base off the page's own origin is a violation; inline script is allowed. */
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'self'";

    /** Defined first in every page: the sentinel, the violation recorder and the check of every URL. */
    private static final String SENTINEL = """
            <script>
            (function () {
              var root = document.documentElement;
              function mark(name, value) { root.setAttribute(name, (root.getAttribute(name) || '') + value + ';'); }
              window.__xss = function (n) { mark('data-xss', String(n)); };
              document.addEventListener('securitypolicyviolation', function (e) {
                mark('data-leak', e.effectiveDirective + ' ' + e.blockedURI);
              });
              document.addEventListener('DOMContentLoaded', function () {
                document.querySelectorAll('[href],[src],[action],[formaction],[poster],[data]').forEach(function (el) {
                  ['href', 'src', 'action', 'formaction', 'poster', 'data'].forEach(function (name) {
                    var value = el.getAttribute(name);
                    if (value === null) return;
                    try {
                      var scheme = new URL(value, document.baseURI).protocol;
                      if (scheme === 'javascript:' || scheme === 'vbscript:') __xss('url ' + name + ' ' + value);
                    } catch (e) { /* not a URL at all: cannot be followed */ }
                  });
                });
                mark('data-checked', 'yes');
              });
            })();
            </script>
            """;

    /** What the detector must catch: a payload that runs, a script URL, and a leak of each kind. */
    private static final String CONTROL = """
            <!doctype html><html><head><title>control</title>
            <link rel="stylesheet" href="http://styles.invalid/x.css"></head><body>
            <img src="http://pixels.invalid/p.gif"><script>__xss('control')</script>
            <a href="javascript:void(0)">x</a><iframe src="https://frames.invalid/"></iframe>
            </body></html>
            """;

    @Test
    void noInjectedScriptRunsAndNothingLeavesLoopback(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed");
        Path site = TestSites.writeResource(tmp.resolve("site"), "hostile");
        Path out = tmp.resolve("out");
        BuildReport report = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        int vectors = report.postsRendered();
        assertThat(vectors).isEqualTo(44);
        List<String> pages = Trees.files(out).stream().filter(p -> p.endsWith(".html")).toList();

        HttpServer server = siteServer(out);
        Map<String, String> dumps = new ConcurrentHashMap<>();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            ExecutorService browsers = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = new ArrayList<>();
            for (String page : Stream.concat(Stream.of("__control.html"), pages.stream()).toList()) {
                runs.add(browsers.submit(() -> {
                    dumps.put(page, chromium(tmp, base + encode(page)));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
            browsers.shutdown();
        } finally {
            server.stop(0);
        }

        String control = root(dumps.remove("__control.html"));
        assertThat(control).as("the detector sees a payload, a script URL and each leak")
                .contains("data-xss=\"control;url href javascript:void(0);\"")
                .contains("http://styles.invalid/x.css", "http://pixels.invalid/p.gif", "frame-src https://frames.invalid");
        List<String> fired = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        dumps.forEach((page, dom) -> {
            String root = root(dom);
            assertThat(root).as(page + " was loaded and checked").contains("data-checked=\"yes;\"");
            attribute(root, "data-xss").ifPresent(v -> fired.add(page + ": " + v));
            attribute(root, "data-leak").ifPresent(v -> leaks.add(page + ": " + v));
        });
        System.out.println("hostile fixture: " + vectors + " vectors in " + pages.size() + " pages loaded in Chromium; "
                + fired.size() + " pages ran a payload, " + leaks.size() + " asked for another origin");
        assertThat(dumps.keySet()).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(fired).as("payloads that ran").isEmpty();
        assertThat(leaks).as("requests that would leave the site").isEmpty();
    }

    /** The dumped {@code <html>} start tag, where the sentinel writes what it saw. */
    private static String root(String dom) {
        int start = dom.indexOf("<html");
        return start < 0 ? "" : dom.substring(start, dom.indexOf('>', start) + 1);
    }

    private static java.util.Optional<String> attribute(String tag, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** Loads one page headless and returns its DOM once scripts and timers have had their time. */
    private static String chromium(Path tmp, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString()));
        command.addAll(FLAGS);
        command.addAll(List.of("--user-data-dir=" + profile, url));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished " + url).isTrue();
        return dom;
    }

    /** Serves the built site on loopback with the sentinel first in every page, under the report-only policy. */
    private static HttpServer siteServer(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Security-Policy-Report-Only", POLICY);
                Path file = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (path.equals("/__control.html")) {
                    respond(exchange, 200, "text/html; charset=utf-8", withSentinel(CONTROL));
                } else if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else if (file.toString().endsWith(".html")) {
                    respond(exchange, 200, "text/html; charset=utf-8",
                            withSentinel(Files.readString(file, StandardCharsets.UTF_8)));
                } else {
                    respond(exchange, 200, "application/octet-stream", Files.readAllBytes(file));
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static byte[] withSentinel(String html) {
        int head = html.indexOf("<head>");
        String page = head < 0 ? SENTINEL + html : html.substring(0, head + 6) + SENTINEL + html.substring(head + 6);
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private static String encode(String path) {
        return Stream.of(path.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
