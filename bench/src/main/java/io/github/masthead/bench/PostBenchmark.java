package io.github.masthead.bench;

import io.github.masthead.clean.ArticleCleaner;
import io.github.masthead.clean.ArticleContext;
import io.github.masthead.clean.CleanResult;
import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.frontmatter.FrontMatterParser;
import io.github.masthead.frontmatter.SourceText;
import io.github.masthead.markdown.MarkdownRenderer;
import io.github.masthead.render.SiteView;
import io.github.masthead.render.TemplateEngine;
import io.github.masthead.render.output.OutputExtension;
import io.github.masthead.render.output.OutputFormats;
import io.github.masthead.theme.LayeredLoader;
import io.github.masthead.theme.Theme;
import io.github.masthead.theme.ThemeResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * One post through each stage of a build:
 * <ul>
 *   <li>{@code parse} reads a typical Markdown post of about 3 KB (front matter by SnakeYAML, body by flexmark);</li>
 *   <li>{@code clean} cleans a typical DW-style article of about 6 KB (byline, proxied images, internal API links,
 *       topic tags, a gallery, the Instagram promotion and the copyright notice) through every built-in pack
 *       that applies; {@code -p post=/path/to/post.html} cleans another file instead (e.g. a post of the corpus;
 *       its front matter is left out);</li>
 *   <li>{@code render} renders the cleaned Markdown post through the {@code newsroom} theme's post layout, in a
 *       site of 200 posts so that its neighbours and related posts are found as in a real build.</li>
 * </ul>
 * Run as described in {@code docs/benchmarks.md}; it is not part of the test build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PostBenchmark {

    private static final String FILE = "_posts/2025-10-14-ferry-pier.md";

    /** A file to clean instead of the bundled DW-style article; empty for the bundled one. */
    @Param("")
    public String post;

    private ArticleCleaner articleCleaner;
    private ArticleContext articleContext;
    private String article;

    private String text;
    private Path site;
    private TemplateEngine engine;
    private Map<String, Object> context;
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        articleCleaner = new ArticleCleaner();
        articleContext = ArticleContext.of("_posts/2025-10-14-tram.html", "河畔市通过有轨电车新线路计划",
                "https://www.dw.com/zh/河畔市通过有轨电车新线路计划/a-74000001", "dw");
        article = post.isEmpty() ? bundled("typical-post.html")
                : frontMatter.parse(post, Files.readString(Path.of(post), StandardCharsets.UTF_8)).body();
        text = bundled("typical-post.md");
        site = Files.createTempDirectory("masthead-bench-site");
        Settings settings = new ConfigLoader().load(site, Map.of("title", "河畔日报", "url",
                "https://riverside.example.org", "lang", "zh-Hans", "timezone", "Asia/Hong_Kong"));
        Theme theme = new ThemeResolver(PostBenchmark.class.getClassLoader()).resolve("newsroom", site);
        engine = new TemplateEngine(new LayeredLoader(site, theme), settings,
                List.of(new OutputExtension(settings, OutputFormats.read(theme, settings))));

        String body = articleCleaner.clean(parse(), ArticleContext.of(FILE, "河畔市议会批准渡轮码头改建计划",
                "https://news.example.org/riverside/ferry-pier-plan", "rthk")).html();
        List<Post> posts = new ArrayList<>();
        ZonedDateTime start = ZonedDateTime.of(2025, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int i = 0; i < 200; i++) {
            posts.add(post("_posts/2025-other-" + i + ".md", "其他新闻 " + i, start.plusHours(i * 30L),
                    List.of(i % 2 == 0 ? "rthk" : "dw"), List.of(i % 3 == 0 ? "交通" : "基建"), "<p>正文</p>"));
        }
        Post subject = post(FILE, "河畔市议会批准渡轮码头改建计划", start.plusHours(3000 + 15),
                List.of("rthk"), List.of("交通", "河畔市", "基建"), body);
        posts.add(subject);
        SiteModel model = new SiteModel(posts, List.of());
        context = new HashMap<>();
        context.put("site", new SiteView(settings, model));
        context.put("page", subject);
        context.put("content", subject.content());
        context.put("previous", model.previous(subject).orElse(null));
        context.put("next", model.next(subject).orElse(null));
        context.put("previous_in_source", model.previousInSource(subject).orElse(null));
        context.put("next_in_source", model.nextInSource(subject).orElse(null));
        context.put("related", model.related(subject, 5));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        articleCleaner.close();
        Files.deleteIfExists(site);
    }

    /** Reads the post's front matter and renders its Markdown body to HTML. */
    @Benchmark
    public String parse() {
        SourceText source = frontMatter.parse(FILE, text);
        return markdown.render(source.body());
    }

    /** Cleans the article once. */
    @Benchmark
    public CleanResult clean() {
        return articleCleaner.clean(article, articleContext);
    }

    /** Renders the cleaned post with the theme's post layout. */
    @Benchmark
    public String render() {
        return engine.render("layouts/post", context);
    }

    private static Post post(String path, String title, ZonedDateTime date, List<String> categories,
                             List<String> tags, String content) {
        String slug = path.substring(path.lastIndexOf('/') + 1).replace(".md", "");
        return new Post(path, slug, title, date, categories, tags, "post", "", "", "/" + slug + ".html",
                slug + ".html", content, "", "", false, Map.of());
    }

    private static String bundled(String name) {
        try (InputStream in = PostBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
