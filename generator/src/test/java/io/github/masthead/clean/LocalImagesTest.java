package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.build.BuildCache;
import io.github.masthead.testing.TestSites;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code image_proxy.mode: local} against a real HTTP server on 127.0.0.1: each image is downloaded once, kept
 * in the cache between builds, published into the site under a name made from its content; failures leave the
 * image at its origin with a warning.
 */
class LocalImagesTest {

    ImageServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ImageServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path site(Path root, String imageSettings, String... bodies) {
        StringBuilder spec = new StringBuilder("-- _config.yml --\nbaseurl: /news\nclean:\n  image_proxy:\n    mode: local\n"
                + imageSettings + "\n");
        for (int i = 0; i < bodies.length; i++) {
            spec.append("-- _posts/2025-01-0").append(i + 1).append("-story-").append(i + 1).append(".html --\n")
                    .append("---\ntitle: Story ").append(i + 1).append("\n---\n").append(bodies[i]).append('\n');
        }
        return TestSites.write(root, spec.toString());
    }

    @Test
    void eachImageIsDownloadedOnceAndPublishedWithTheSite(@TempDir Path tmp) throws IOException {
        String png = server.url("/photo.png");
        Path site = site(tmp.resolve("site"), "    allow_private: true",
                "<p>One.</p><img src=\"" + png + "\"><img src=\"" + server.url("/moved.png") + "\">",
                "<p>Two.</p><img src=\"" + png + "\" srcset=\"" + png + " 1x, " + server.url("/photo.jpg") + " 2x\">");
        BuildReport report = ArticleTheme.build(site, tmp.resolve("out"), BuildListener.NONE);

        assertThat(report.warnings()).isEmpty();
        assertThat(server.hits("/photo.png")).as("once for its own URL, once through the redirect").isEqualTo(2);
        assertThat(server.hits("/moved.png")).isEqualTo(1);
        assertThat(server.hits("/photo.jpg")).isEqualTo(1);
        List<Path> published = images(tmp.resolve("out"));
        assertThat(published).hasSize(2);
        assertThat(published).anySatisfy(p -> assertThat(Files.readAllBytes(p)).isEqualTo(ImageServer.PNG))
                .anySatisfy(p -> assertThat(Files.readAllBytes(p)).isEqualTo(ImageServer.JPEG));
        Element second = ArticleTheme.article(tmp.resolve("out/2025/01/02/story-2.html"));
        assertThat(second.selectFirst("img").attr("src")).matches("/news/assets/images/[0-9a-f]{20}\\.png");
        assertThat(second.selectFirst("img").attr("srcset")).matches(
                "/news/assets/images/[0-9a-f]{20}\\.png 1x, /news/assets/images/[0-9a-f]{20}\\.jpg 2x");
        Element first = ArticleTheme.article(tmp.resolve("out/2025/01/01/story-1.html"));
        assertThat(first.select("img").eachAttr("src")).containsOnly(second.selectFirst("img").attr("src"));
        assertThat(report.cleaning()).containsEntry("local-images", 5);

        int before = server.totalHits();
        BuildReport again = ArticleTheme.build(site, tmp.resolve("out2"), BuildListener.NONE);
        assertThat(again.warnings()).isEmpty();
        assertThat(server.totalHits()).as("the second build reads the cache").isEqualTo(before);
        assertThat(images(tmp.resolve("out2"))).hasSize(2);
        assertThat(site.resolve(".masthead-cache/images")).isDirectoryContaining(p -> p.toString().endsWith(".png"));
    }

    @Test
    void aSiteMovedWithItsCacheFolderKeepsItsCleaningsAndTheirImages(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("first/site"), "    allow_private: true",
                "<p>One.</p><img src=\"" + server.url("/photo.png") + "\">");
        assertThat(Site.build(cached(site, tmp.resolve("first/out")), BuildListener.NONE).warnings()).isEmpty();
        int before = server.totalHits();
        Path moved = tmp.resolve("second/site");
        Trees.copy(site, moved, StandardCopyOption.COPY_ATTRIBUTES);
        Trees.delete(tmp.resolve("first"));

        BuildCache cache = BuildCache.none();
        BuildReport again = Site.build(cached(moved, tmp.resolve("second/out")), BuildListener.NONE, cache);
        assertThat(again.warnings()).isEmpty();
        assertThat(cache.lastHits().cleaned()).as("the cleaning taken from the cache, with the image it downloaded")
                .isEqualTo(1);
        assertThat(server.totalHits()).isEqualTo(before);
        assertThat(images(tmp.resolve("second/out"))).singleElement()
                .satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(ImageServer.PNG));
    }

    @Test
    void aPreviewsRehearsalAfterItsStartDownloadsNothing(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"), "    allow_private: true",
                "<p>One.</p><img src=\"" + server.url("/photo.png") + "\">",
                "<p>Two.</p><img src=\"" + server.url("/photo.jpg") + "\">");
        SiteConfig config = cached(site, tmp.resolve("out"));
        BuildCache preview = BuildCache.inMemory();
        assertThat(Site.build(config, BuildListener.NONE, preview).warnings()).isEmpty();
        Trees.delete(site.resolve(".masthead-cache/images")); // so that cleaning again would download them again
        int before = server.totalHits();

        assertThat(Site.rehearse(config, preview, () -> false)).as("both posts").isEqualTo(2);
        assertThat(server.totalHits()).as("nothing downloaded").isEqualTo(before);
    }

    /** The site's config with its cache folder inside it, as the command line has it. */
    private static SiteConfig cached(Path site, Path out) {
        return SiteConfig.builder(site).destination(out).cacheDirectory(site.resolve(".masthead-cache"))
                .theme(ArticleTheme.folder().toString()).build();
    }

    @Test
    void failedDownloadsKeepTheOriginalImageWithAWarning(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"), "    allow_private: true\n    max_bytes: 4096\n    timeout_seconds: 1",
                "<img src=\"" + server.url("/missing.jpg") + "\"><img src=\"" + server.url("/page.jpg") + "\">"
                        + "<img src=\"" + server.url("/huge.jpg") + "\"><img src=\"" + server.url("/stream.jpg") + "\">"
                        + "<img src=\"" + server.url("/slow.jpg") + "\"><p>Text.</p>");
        BuildReport report = ArticleTheme.build(site, tmp.resolve("out"), BuildListener.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).extracting(Problem::message).hasSize(5)
                .anySatisfy(m -> assertThat(m).contains("/missing.jpg", "HTTP status 404"))
                .anySatisfy(m -> assertThat(m).contains("/page.jpg", "content type 'text/html'"))
                .anySatisfy(m -> assertThat(m).contains("/huge.jpg", "larger than 4096 bytes"))
                .anySatisfy(m -> assertThat(m).contains("/stream.jpg", "larger than 4096 bytes"))
                .anySatisfy(m -> assertThat(m).contains("/slow.jpg", "no complete answer within 1 s"));
        Element article = ArticleTheme.article(tmp.resolve("out/2025/01/01/story-1.html"));
        assertThat(article.select("img").eachAttr("src")).hasSize(5)
                .allSatisfy(src -> assertThat(src).startsWith("https://127.0.0.1:"));
        assertThat(article.select("img").eachAttr("referrerpolicy")).containsOnly("no-referrer");
        assertThat(images(tmp.resolve("out"))).isEmpty();
    }

    @Test
    void privateAddressesAreNotDownloadedUnlessAllowed(@TempDir Path tmp) {
        Path site = site(tmp.resolve("site"), "", "<img src=\"" + server.url("/photo.png") + "\"><p>Text.</p>");
        BuildReport report = ArticleTheme.build(site, tmp.resolve("out"), BuildListener.NONE);

        assertThat(report.warnings()).singleElement().extracting(Problem::message).asString()
                .contains("local or private address", "allow_private");
        assertThat(server.totalHits()).isZero();
    }

    private static List<Path> images(Path out) throws IOException {
        Path folder = out.resolve("assets/images");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
