package io.github.masthead.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview over real HTTP on loopback: live rebuilds, live reload, errors in the browser, a clean stop. */
class DevServerTest {

    /** A generous bound for a rebuild to show; the test passes as soon as it does. */
    private static final long MAX_WAIT_MS = 30_000;

    private static final String SITE = """
            -- _config.yml --
            title: Harbour Gazette
            baseurl: /news
            timezone: UTC
            -- _posts/2025-01-02-tide-tables.md --
            ---
            title: Tide tables return
            date: 2025-01-02 08:00:00 +0000
            ---
            The harbour office printed the first tide tables of the year.
            -- _posts/2025-01-03-ferry.md --
            ---
            title: Ferry timetable
            ---
            The winter ferry leaves at seven.
            -- about.md --
            ---
            title: About
            ---
            A paper for the harbour.
            """;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void rebuildsOnChangeReloadsPagesShowsErrorsAndStopsCleanly(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        Path out = tmp.resolve("out");
        List<BuildEvent> events = new CopyOnWriteArrayList<>();
        SiteConfig config = SiteConfig.builder(site).destination(out).build();
        int port;
        try (DevServer server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(50)),
                events::add)) {
            port = server.port();
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port + "/news/");
            String post = server.url() + "2025/01/02/tide-tables.html";

            HttpResponse<String> first = get(post);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("first tide tables").contains(LiveReload.SCRIPT)
                    .doesNotContain("masthead-problems");
            assertThat(Files.readString(out.resolve("2025/01/02/tide-tables.html")))
                    .as("built files stay clean").contains("first tide tables").doesNotContain("__masthead");
            assertThat(get(server.url() + "assets/css/main.css").body()).doesNotContain(LiveReload.SCRIPT);

            BlockingQueue<String> stream = openEvents(port);
            assertThat(waitForLine(stream, l -> l.equals("event: hello"))).isTrue();

            long saved = System.nanoTime();
            edit(site.resolve("_posts/2025-01-02-tide-tables.md"), "first tide tables", "spring tide tables");
            assertThat(waitFor(post, r -> r.body().contains("spring tide tables")).statusCode()).isEqualTo(200);
            System.out.printf("edit served after %d ms (debounce 50 ms)%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved));
            assertThat(waitForLine(stream, l -> l.equals("event: reload"))).as("the stream announces the reload")
                    .isTrue();

            edit(site.resolve("_posts/2025-01-02-tide-tables.md"), "date: 2025-01-02 08:00:00 +0000",
                    "date: the second of January");
            HttpResponse<String> broken = waitFor(post, r -> r.statusCode() == 404);
            assertThat(broken.body()).contains("This page was not built")
                    .contains("_posts/2025-01-02-tide-tables.md:3").contains("invalid date")
                    .contains(LiveReload.SCRIPT);
            HttpResponse<String> other = get(server.url() + "2025/01/03/ferry.html");
            assertThat(other.statusCode()).as("the rest of the site keeps working").isEqualTo(200);
            assertThat(other.body()).contains("winter ferry").contains("masthead-problems")
                    .contains("_posts/2025-01-02-tide-tables.md:3");
            assertThat(server.status().errors()).hasSize(1);

            Files.writeString(site.resolve("_config.yml"), "title: [unclosed\n", StandardCharsets.UTF_8);
            HttpResponse<String> stale = waitFor(server.url() + "2025/01/03/ferry.html",
                    r -> r.body().contains("_config.yml"));
            assertThat(stale.statusCode()).as("a failed build leaves the last one served").isEqualTo(200);
            assertThat(stale.body()).contains("winter ferry").contains("The last build stopped");
        }
        assertThat(events).anyMatch(e -> e.message().startsWith("rebuilding: "));
        try (ServerSocket again = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("the port is free after close").isEqualTo(port);
        }
    }

    @Test
    void whenItStopsItLeavesTheRecordOfItsLastBuildForTheNextBuild(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        Path out = tmp.resolve("out");
        Path manifest = tmp.resolve("cache/build/manifest.bin");
        SiteConfig config = SiteConfig.builder(site).destination(out).cacheDirectory(tmp.resolve("cache")).build();
        try (DevServer server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(50)),
                e -> { })) {
            String post = server.url() + "2025/01/02/tide-tables.html";
            edit(site.resolve("_posts/2025-01-02-tide-tables.md"), "first tide tables", "spring tide tables");
            assertThat(waitFor(post, r -> r.body().contains("spring tide tables")).body()).contains("spring tide");
            assertThat(manifest).as("removed by the update, which changed the output folder").doesNotExist();
        }
        assertThat(manifest).as("written when the server stopped").isNotEmptyFile();

        List<String> said = new CopyOnWriteArrayList<>();
        Site.build(config, event -> said.add(String.valueOf(event.message())));
        assertThat(said).as("the build after the preview stands on its record").anyMatch(m -> m.contains("is up to date"));
        assertThat(out.resolve("2025/01/02/tide-tables.html")).content().contains("spring tide tables");
        Site.build(SiteConfig.builder(site).destination(tmp.resolve("fresh")).build(), e -> { });
        Map<String, byte[]> fresh = Trees.contents(tmp.resolve("fresh"));
        Map<String, byte[]> served = Trees.contents(out);
        assertThat(served.keySet()).containsExactlyElementsOf(fresh.keySet());
        fresh.forEach((path, bytes) -> assertThat(served.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void anEditRebuildsOnceWhenTheOutputFolderIsInTheSiteFolder(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).cacheDirectory(tmp.resolve("cache")).build(); // into site/_site
        List<String> rebuilding = new CopyOnWriteArrayList<>();
        try (DevServer server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(50)),
                e -> {
                    if (e.message() != null && e.message().startsWith("rebuilding: ")) {
                        rebuilding.add(e.message());
                    }
                })) {
            String post = server.url() + "2025/01/02/tide-tables.html";
            edit(site.resolve("_posts/2025-01-02-tide-tables.md"), "first tide tables", "spring tide tables");
            assertThat(waitFor(post, r -> r.body().contains("spring tide tables")).body()).contains("spring tide");
            // the update wrote its journal beside the output folder, in the site folder, before it moved the page in;
            // a watched file changed after that is seen after the journal, so its rebuild comes no earlier
            edit(site.resolve("about.md"), "A paper for the harbour.", "A paper for the whole harbour.");
            assertThat(waitFor(server.url() + "about.html", r -> r.body().contains("whole harbour")).body())
                    .contains("whole harbour");
        }
        assertThat(rebuilding).as("one rebuild for each edit, none for what the rebuilds wrote")
                .containsExactly("rebuilding: _posts/2025-01-02-tide-tables.md", "rebuilding: about.md");
        assertThat(site.resolve("_site/2025/01/02/tide-tables.html")).content().contains("spring tide tables");
    }

    @Test
    void onceItServesItRehearsesAnEditUntilAChangeComes(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out")).build();
        CountDownLatch rehearsing = new CountDownLatch(1);
        AtomicBoolean toldToStop = new AtomicBoolean();
        Rebuilder rehearses = new Rebuilder() {
            @Override
            public BuildReport rebuild(Set<Path> changed, BuildListener listener) {
                return Site.build(config, listener);
            }

            @Override
            public void rehearse(BooleanSupplier stop) {
                rehearsing.countDown();
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
                while (!stop.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                toldToStop.set(stop.getAsBoolean());
            }
        };
        try (DevServer server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(50)),
                rehearses, e -> { })) {
            assertThat(rehearsing.await(MAX_WAIT_MS, TimeUnit.MILLISECONDS)).as("rehearsing after the start").isTrue();
            String post = server.url() + "2025/01/02/tide-tables.html";
            edit(site.resolve("_posts/2025-01-02-tide-tables.md"), "first tide tables", "spring tide tables");
            assertThat(waitFor(post, r -> r.body().contains("spring tide tables")).body()).contains("spring tide");
            assertThat(toldToStop).as("the change stopped the rehearsal").isTrue();
        }
    }

    @Test
    void whileARebuildRunsTheLastCompleteBuildIsServed(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out")).build();
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Rebuilder heldInRender = (changed, listener) -> Site.build(config, event -> {
            if (!changed.isEmpty() && event.kind() == BuildEvent.Kind.PHASE_STARTED
                    && event.phase() == BuildEvent.Phase.RENDER) {
                rendering.countDown();
                await(release);
            }
            listener.onEvent(event);
        });
        try (DevServer server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(50)),
                heldInRender, e -> { })) {
            String post = server.url() + "2025/01/02/tide-tables.html";
            edit(site.resolve("_posts/2025-01-02-tide-tables.md"), "first tide tables", "spring tide tables");
            assertThat(rendering.await(MAX_WAIT_MS, TimeUnit.MILLISECONDS)).as("the rebuild started").isTrue();

            HttpResponse<String> during = get(post);
            assertThat(during.statusCode()).isEqualTo(200);
            assertThat(during.body()).as("the last complete build, mid-rebuild").contains("first tide tables")
                    .doesNotContain("spring tide tables");
            assertThat(get(server.url() + "2025/01/03/ferry.html").statusCode()).isEqualTo(200);
            assertThat(get(server.url()).body()).contains("Tide tables return");

            release.countDown();
            assertThat(waitFor(post, r -> r.body().contains("spring tide tables")).body())
                    .as("the new build once it is complete").contains("spring tide tables");
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refusesOtherMethodsAndPathsOutsideTheSite(@TempDir Path tmp) throws Exception {
        Path site = TestSites.write(tmp.resolve("site"), SITE);
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        SiteConfig config = SiteConfig.builder(site).destination(tmp.resolve("out")).build();
        try (DevServer server = DevServer.start(config, new ServeOptions("127.0.0.1", 0, Duration.ofMillis(50)),
                e -> { })) {
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
            HttpResponse<String> root = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).as("the bare root points at the base URL").isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/news/");
            HttpResponse<String> traversal = get(server.url() + "%2e%2e/%2e%2e/secret.txt");
            assertThat(traversal.statusCode()).isEqualTo(404);
            assertThat(traversal.body()).doesNotContain("secret");
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code url} until {@code ready} holds, within {@link #MAX_WAIT_MS}; returns the last response. */
    private HttpResponse<String> waitFor(String url, Predicate<HttpResponse<String>> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
        HttpResponse<String> response = get(url);
        while (!ready.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            response = get(url);
        }
        return response;
    }

    private BlockingQueue<String> openEvents(int port) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LiveReload.EVENTS)).build();
        // on a thread of its own: when the response is in before the callback is attached, thenAccept would read the
        // endless stream on this thread, and a thread of the common pool would be taken from the builds
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> {
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                }, task -> {
                    Thread reader = new Thread(task, "test-events");
                    reader.setDaemon(true);
                    reader.start();
                });
        return lines;
    }

    private static boolean waitForLine(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MS);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && wanted.test(line)) {
                return true;
            }
        }
        return false;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
