package io.github.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.masthead.testing.Chromium;
import io.github.masthead.testing.ExampleSite;
import io.github.masthead.testing.PageServer;
import io.github.masthead.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site in real headless Chromium (Debian's {@code chromium}): every page loads without a script error,
 * asks no host but the site's own for anything but article images, asks the site for no file it lacks, and has
 * no serious or critical axe-core violation; search finds stories by Chinese and English words; dark mode and
 * the phone layout (360 px) render.
 * Screenshots at 1280 and 390 px go to {@code target/screenshots/}.
 */
class ExampleSiteBrowserTest {

    private static final String BASE = "/news/";

    /** The site's own origin for everything; images from anywhere, since articles show their sources' photos. */
    private static final String POLICY = Chromium.policy("*");

    /** First in every page: records script errors, console errors, policy reports, layout facts and axe results. */
    private static final String PROBE = Chromium.RECORDER + """
            <script>
            (function () {
              var root = document.documentElement, mark = window.__mark;
              window.addEventListener('error', function (e) { mark('data-error', e.message); });
              window.addEventListener('unhandledrejection', function (e) { mark('data-error', String(e.reason)); });
              var error = console.error;
              console.error = function () { mark('data-error', Array.prototype.join.call(arguments, ' ')); error.apply(console, arguments); };
              window.addEventListener('load', function () {
                root.setAttribute('data-background', getComputedStyle(document.body).backgroundColor);
                root.setAttribute('data-overflow', String(document.documentElement.scrollWidth > window.innerWidth));
                if (!window.axe) { mark('data-checked', 'yes'); return; }
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .forEach(function (v) { mark('data-axe', v.id + ' x' + v.nodes.length); });
                  mark('data-checked', 'yes');
                });
              });
            })();
            </script>
            """;

    /** What the probe must catch: a script error, a console error, a third-party script, an image without alt. */
    private static final String CONTROL = """
            <!doctype html><html lang="en"><head><title>control</title>
            <script src="https://scripts.invalid/tracker.js"></script></head><body><main>
            <img src="/news/assets/none.png"><script>console.error('control error'); null.boom;</script>
            </main></body></html>
            """;

    private static Path site;
    private static String axe;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        Chromium.assumeInstalled();
        site = ExampleSite.build(tmp.resolve("site"));
        Path axeJs = Path.of(System.getProperty("masthead.axe", "../node_modules/axe-core/axe.min.js"));
        axe = Files.isRegularFile(axeJs) ? Files.readString(axeJs, StandardCharsets.UTF_8) : null;
    }

    @Test
    void everyPageLoadsCleanlyAndAsksNoOtherHostForMoreThanImages(@TempDir Path tmp) throws Exception {
        assumeTrue(axe != null, "axe-core not found: run `npm install --no-save axe-core` at the project root");
        List<String> pages = Trees.files(site).stream().filter(p -> p.endsWith(".html")).toList();
        String probe = "<script src=\"/__axe.js\"></script>\n" + PROBE;
        Map<String, String> roots = new ConcurrentHashMap<>();
        List<String> missing;
        try (PageServer server = new PageServer(site, BASE, probe, POLICY,
                Map.of("/__axe.js", axe, BASE + "__control.html", CONTROL))) {
            ExecutorService browsers = Executors.newFixedThreadPool(3);
            List<Future<?>> runs = new ArrayList<>();
            for (String page : java.util.stream.Stream.concat(java.util.stream.Stream.of("__control.html"),
                    pages.stream()).toList()) {
                runs.add(browsers.submit(() -> {
                    roots.put(page, Chromium.rootTag(Chromium.dumpDom(tmp,
                            server.origin() + BASE + Chromium.encodePath(page))));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(180, TimeUnit.SECONDS);
            }
            browsers.shutdown();
            missing = server.missing();
        }
        assertThat(missing).as("the control page's missing image is seen").anyMatch(m -> m.contains("none.png"));
        assertThat(missing).as("files the pages asked for that the site lacks")
                .allMatch(m -> m.contains("__control.html"));
        String control = roots.remove("__control.html");
        assertThat(control).as("the probe sees each kind of problem").contains("data-checked=\"yes;\"")
                .contains("control error").contains("null").contains("script-src-elem https://scripts.invalid")
                .contains("data-axe=\"image-alt x1;");
        List<String> problems = new ArrayList<>();
        roots.forEach((page, root) -> {
            if (!root.contains("data-checked=\"yes;\"")) {
                problems.add(page + ": not checked " + root);
            }
            for (String kind : List.of("data-error", "data-leak", "data-axe")) {
                Chromium.attribute(root, kind).ifPresent(v -> problems.add(page + ": " + kind + " " + v));
            }
        });
        System.out.println("example site in Chromium: " + pages.size() + " pages, " + problems.size() + " problems");
        assertThat(roots.keySet()).containsExactlyInAnyOrderElementsOf(pages);
        assertThat(problems).isEmpty();
    }

    @Test
    void searchFindsStoriesByChineseAndEnglishWords(@TempDir Path tmp) throws Exception {
        try (PageServer server = new PageServer(site, BASE, PROBE, POLICY, Map.of())) {
            String chinese = Chromium.dumpDom(tmp, server.origin() + BASE + "search/?q=%E6%B8%A1%E8%BD%AE"); // 渡轮
            assertThat(results(chinese)).containsExactly("北浦至汐岛渡轮明年起增开夜班航次");
            String english = Chromium.dumpDom(tmp, server.origin() + BASE + "search/?q=monsoon%20Kalinpur");
            assertThat(results(english)).containsExactly(
                    "Kalinpur stages its largest monsoon flood drill as river embankments age");
            String none = Chromium.dumpDom(tmp, server.origin() + BASE + "search/?q=zeppelin");
            assertThat(results(none)).isEmpty();
            assertThat(none).contains("class=\"search-status\"").contains("zeppelin");
        }
    }

    @Test
    void darkModeAndThePhoneLayoutRenderAndAreKeptAsScreenshots(@TempDir Path tmp) throws Exception {
        Path shots = Path.of("target/screenshots");
        String post = Trees.files(site).stream().filter(p -> p.startsWith("kyodo/") && p.endsWith(".html"))
                .findFirst().orElseThrow();
        try (PageServer server = new PageServer(site, BASE, PROBE, POLICY, Map.of())) {
            String home = server.origin() + BASE;
            String story = server.origin() + BASE + Chromium.encodePath(post);
            String light = Chromium.rootTag(Chromium.dumpDom(tmp, story));
            String dark = Chromium.rootTag(Chromium.dumpDom(tmp, story, "--force-dark-mode",
                    "--blink-settings=preferredColorScheme=0"));
            assertThat(Chromium.attribute(light, "data-background")).hasValue("rgb(253, 253, 251)");
            assertThat(Chromium.attribute(dark, "data-background")).as("prefers-color-scheme: dark")
                    .hasValue("rgb(20, 20, 20)");
            for (String page : List.of(home, story, server.origin() + BASE + "search/?q=kalinpur")) {
                String phone = Chromium.rootTag(Chromium.dumpDom(tmp, page, "--window-size=360,740"));
                assertThat(Chromium.attribute(phone, "data-overflow")).as("nothing wider than a 360 px phone: " + page)
                        .hasValue("false");
            }
            for (int width : List.of(1280, 390)) {
                Chromium.screenshot(tmp, home, width, 1600, shots.resolve("home-" + width + ".png"));
                Chromium.screenshot(tmp, story, width, 1600, shots.resolve("post-" + width + ".png"));
            }
            Chromium.screenshot(tmp, story, 1280, 1600, shots.resolve("post-1280-dark.png"), "--force-dark-mode",
                    "--blink-settings=preferredColorScheme=0");
        }
    }

    /** The titles a dumped search page lists. */
    private static List<String> results(String dom) {
        int start = dom.indexOf("<ol class=\"search-results\">");
        assertThat(start).as("the search page's result list").isPositive();
        String list = dom.substring(start, dom.indexOf("</ol>", start));
        List<String> titles = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<a href=\"[^\"]*\">([^<]*)</a>").matcher(list);
        while (m.find()) {
            titles.add(m.group(1));
        }
        return titles;
    }
}
