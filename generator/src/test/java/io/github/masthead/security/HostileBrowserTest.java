package io.github.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.Chromium;
import io.github.masthead.testing.PageServer;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    /** Every fetch, frame, form and base off the page's own origin is a violation; inline script is allowed. */
    private static final String POLICY = Chromium.policy("'self'");

    /** The search page, asked for every hostile post. */
    private static final String SEARCH = "search/?q=hostile";

    /** Defined first in every page: the sentinel, the violation recorder and the check of every URL. */
    private static final String SENTINEL = Chromium.RECORDER + """
            <script>
            (function () {
              var mark = window.__mark;
              window.__xss = function (n) { mark('data-xss', String(n)); };
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
        Chromium.assumeInstalled();
        Path site = TestSites.writeResource(tmp.resolve("site"), "hostile");
        Path out = tmp.resolve("out");
        BuildReport report = Site.build(SiteConfig.builder(site).destination(out).build(), BuildListener.NONE);
        int vectors = report.postsRendered();
        assertThat(vectors).isEqualTo(44);
        List<String> pages = Trees.files(out).stream().filter(p -> p.endsWith(".html")).toList();

        Map<String, String> dumps = new ConcurrentHashMap<>();
        try (PageServer server = new PageServer(out, "/", SENTINEL, POLICY, Map.of("/__control.html", CONTROL))) {
            ExecutorService browsers = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = new ArrayList<>();
            for (String page : Stream.concat(Stream.of("__control.html"), pages.stream()).toList()) {
                runs.add(browsers.submit(() -> {
                    dumps.put(page, Chromium.dumpDom(tmp, server.origin() + "/" + Chromium.encodePath(page)));
                    return null;
                }));
            }
            runs.add(browsers.submit(() -> {
                // every hostile post is in category "hostile": the search page lists their titles
                dumps.put(SEARCH, Chromium.dumpDom(tmp, server.origin() + "/" + SEARCH));
                return null;
            }));
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
            browsers.shutdown();
        }

        String control = Chromium.rootTag(dumps.remove("__control.html"));
        assertThat(control).as("the detector sees a payload, a script URL and each leak")
                .contains("data-xss=\"control;url href javascript:void(0);\"")
                .contains("http://styles.invalid/x.css", "http://pixels.invalid/p.gif", "frame-src https://frames.invalid");
        List<String> fired = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        dumps.forEach((page, dom) -> {
            String root = Chromium.rootTag(dom);
            assertThat(root).as(page + " was loaded and checked").contains("data-checked=\"yes;\"");
            Chromium.attribute(root, "data-xss").ifPresent(v -> fired.add(page + ": " + v));
            Chromium.attribute(root, "data-leak").ifPresent(v -> leaks.add(page + ": " + v));
        });
        System.out.println("hostile fixture: " + vectors + " vectors in " + pages.size() + " pages loaded in Chromium; "
                + fired.size() + " pages ran a payload, " + leaks.size() + " asked for another origin");
        String search = dumps.remove(SEARCH);
        assertThat(search).as("search results for the hostile posts").contains("<ol class=\"search-results\"><li>");
        assertThat(dumps.keySet()).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(fired).as("payloads that ran").isEmpty();
        assertThat(leaks).as("requests that would leave the site").isEmpty();
    }
}
