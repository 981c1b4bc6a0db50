package io.github.masthead.render;

import io.github.masthead.Problem;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Page;
import io.github.masthead.content.Paginator;
import io.github.masthead.content.Post;
import io.github.masthead.content.UrlPaths;
import io.github.masthead.publish.Publisher;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Renders posts, pages and the paginated home through the theme's layouts and hands every file to the
 * {@link Publisher}. Thread-safe: posts are rendered in parallel.
 */
public final class SiteRenderer {

    /** Posts per home page when the site sets no {@code paginate}. */
    public static final int DEFAULT_PER_PAGE = 20;
    private static final String NO_LAYOUT = "none";
    /** Related posts a post page is given. */
    public static final int RELATED_POSTS = 5;

    private final TemplateEngine engine;
    private final SiteView site;
    private final Settings settings;
    private final Publisher publisher;
    private final Consumer<Problem> problems;
    private final Set<String> missingLayouts = ConcurrentHashMap.newKeySet();
    private final PageReuse reuse;

    public SiteRenderer(TemplateEngine engine, SiteView site, Publisher publisher, Consumer<Problem> problems) {
        this(engine, site, publisher, problems, PageReuse.Memo.NONE);
    }

    /** A renderer that reuses, from {@code memo}, pages whose inputs are unchanged. */
    public SiteRenderer(TemplateEngine engine, SiteView site, Publisher publisher, Consumer<Problem> problems,
                        PageReuse.Memo memo) {
        this.engine = engine;
        this.site = site;
        this.settings = site.config();
        this.publisher = publisher;
        this.problems = problems;
        this.reuse = new PageReuse(memo, publisher);
    }

    /**
     * Renders and writes one post, or takes the file an earlier build wrote from the same inputs; returns false (with
     * the problem reported) when it failed. Besides {@code page}
     * and {@code site}, the layout gets the neighbouring posts ({@code previous} and {@code next} in the whole
     * site, as Jekyll's; {@code previous_in_source} and {@code next_in_source} from the same source) and up to
     * five {@code related} posts.
     */
    public boolean renderPost(Post post) {
        Map<String, Object> related = related(post);
        String template = layout(post.layout(), "post", post.path());
        List<Object> key = Arrays.asList(post, related, template);
        PageReuse.Outcome page = reuse.page(post.outputPath(), key, post.path(),
                () -> postPage(post, related, template));
        return page.kept() || page.html().isPresent() && publish(post.outputPath(), page.html().get(), post.path());
    }

    /**
     * A renderer for {@link #rehearse} alone, which writes nothing: it has no publisher, and the problems it finds go
     * nowhere.
     */
    public static SiteRenderer rehearsing(TemplateEngine engine, SiteView site) {
        return new SiteRenderer(engine, site, null, problem -> { }, PageReuse.Memo.NONE);
    }

    /**
     * The page of {@code post} as {@link #renderPost} renders it, neither written nor remembered; empty when its
     * rendering failed. The preview server renders some after it starts, so that the JVM has compiled the code.
     */
    public Optional<String> rehearse(Post post) {
        return postPage(post, related(post), layout(post.layout(), "post", post.path()));
    }

    /** What a post's page is given besides the post and the site: its neighbours and its related posts. */
    private Map<String, Object> related(Post post) {
        Map<String, Object> related = new HashMap<>();
        related.put("previous", site.model().previous(post).orElse(null));
        related.put("next", site.model().next(post).orElse(null));
        related.put("previous_in_source", site.model().previousInSource(post).orElse(null));
        related.put("next_in_source", site.model().nextInSource(post).orElse(null));
        related.put("related", site.model().related(post, RELATED_POSTS));
        return related;
    }

    private Optional<String> postPage(Post post, Map<String, Object> related, String template) {
        String content = post.content();
        Map<String, Object> context = context(post, content);
        context.putAll(related);
        return apply(post.path(), template, context, content);
    }

    /** Renders and writes one page; the home page is paginated when {@code paginate} is set. */
    public boolean renderPage(Page page) {
        if (page.isHome() && page.path().equals("index.html") && settings.paginate() > 0) {
            return paginate(page, page.url(), page.outputPath(), settings.paginate(),
                    layout(page.layout(), "page", page.path()));
        }
        Map<String, Object> context = context(page, page.content());
        Optional<String> html = apply(page.path(), layout(page.layout(), "page", page.path()), context, page.content());
        return html.isPresent() && publish(page.outputPath(), html.get(), page.path());
    }

    /** Writes the theme's home page (and its pagination) when the site has no index page of its own. */
    public boolean renderThemeHome() {
        int perPage = settings.paginate() > 0 ? settings.paginate() : DEFAULT_PER_PAGE;
        Page home = new Page("index.html", site.title(), "/", "index.html", "home", "", Map.of());
        return paginate(home, "/", "index.html", perPage, "layouts/home");
    }

    /** Renders the pages of a paginated home in parallel; false when any failed. */
    private boolean paginate(Page page, String firstUrl, String firstPath, int perPage, String template) {
        return Paginator.paginate(site.posts(), perPage, firstUrl, settings.paginatePath()).parallelStream()
                .map(paginator -> {
                    String url = Paginator.pageUrl(paginator.page(), firstUrl, settings.paginatePath());
                    String path = paginator.page() == 1 ? firstPath : UrlPaths.outputPath(url, ".html");
                    PageReuse.Outcome done = reuse.page(path, Arrays.asList(template, url, page, paginator),
                            page.path(), () -> {
                                Map<String, Object> context = context(page, page.content());
                                context.put("paginator", paginator);
                                context.put("url", url);
                                return apply(page.path(), template, context, page.content());
                            });
                    return done.kept() || done.html().isPresent() && publish(path, done.html().get(), page.path());
                }).reduce(true, Boolean::logicalAnd);
    }

    private Map<String, Object> context(Object page, String content) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put("page", page);
        context.put("content", content);
        return context;
    }

    private String layout(String name, String fallback, String file) {
        if (name == null || name.equals(NO_LAYOUT) || name.equals("null")) {
            return null;
        }
        String template = "layouts/" + name;
        if (engine.exists(template)) {
            return template;
        }
        if (missingLayouts.add(name)) {
            problems.accept(Problem.warning(file, 0, "layout '" + name + "' is neither in the site's _layouts/ nor"
                    + " in the theme; using '" + fallback + "' (further uses are not reported)"));
        }
        return "layouts/" + fallback;
    }

    private Optional<String> apply(String file, String template, Map<String, Object> context, String content) {
        if (template == null) {
            return Optional.of(content);
        }
        try {
            return Optional.of(engine.render(template, context));
        } catch (TemplateEngine.TemplateFailure e) {
            problems.accept(Problem.error(file, 0, "template " + e.template()
                    + (e.line() > 0 ? ":" + e.line() : "") + " failed: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private boolean publish(String path, String html, String origin) {
        Optional<String> conflict = publisher.write(path, html.getBytes(StandardCharsets.UTF_8), origin);
        conflict.ifPresent(other -> problems.accept(Problem.error(origin, 0, "its output " + path
                + " is already written by " + other + "; give one of them another permalink")));
        return conflict.isEmpty();
    }
}
