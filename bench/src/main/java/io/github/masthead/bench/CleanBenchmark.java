package io.github.masthead.bench;

import io.github.masthead.clean.ArticleCleaner;
import io.github.masthead.clean.ArticleContext;
import io.github.masthead.clean.CleanResult;
import io.github.masthead.frontmatter.FrontMatterParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cleaning one typical post: a DW-style article of about 6 KB with a byline, proxied images, internal API
 * links, topic tags, a gallery, the Instagram promotion and the copyright notice, through every built-in pack
 * that applies. {@code -p post=/path/to/post.html} cleans another file instead (e.g. a post of the corpus; its
 * front matter is left out).
 * Run as described in {@code docs/cleaning.md}; it is not part of the test build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanBenchmark {

    /** A file to clean instead of the bundled typical post; empty for the bundled one. */
    @Param("")
    public String post;

    private ArticleCleaner cleaner;
    private ArticleContext context;
    private String html;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        cleaner = new ArticleCleaner();
        context = ArticleContext.of("_posts/2025-10-14-tram.html", "河畔市通过有轨电车新线路计划",
                "https://www.dw.com/zh/河畔市通过有轨电车新线路计划/a-74000001", "dw");
        html = post.isEmpty() ? bundled()
                : new FrontMatterParser().parse(post, Files.readString(Path.of(post), StandardCharsets.UTF_8)).body();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        cleaner.close();
    }

    /** Cleans the post once. */
    @Benchmark
    public CleanResult clean() {
        return cleaner.clean(html, context);
    }

    private static String bundled() {
        try (InputStream in = CleanBenchmark.class.getResourceAsStream("typical-post.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
