package io.github.masthead.render.output;

import io.github.masthead.Problem;
import io.github.masthead.content.Page;
import io.github.masthead.content.Paginator;
import io.github.masthead.content.Post;
import io.github.masthead.content.Taxonomy;
import io.github.masthead.content.UrlPaths;
import io.github.masthead.render.MastheadExtension;
import io.github.masthead.render.PageReuse;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.SiteView;
import io.github.masthead.render.TemplateEngine;
import io.github.masthead.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Renders every output format the same way: for each file of the format (see {@link OutputItems}) it runs the
 * format's template and hands the text to the {@link Publisher}. An output with more items than its
 * {@code split} is written as parts plus an index, as the sitemap protocol asks above 50,000 URLs. A file the
 * site has itself (a page or static file such as its own {@code robots.txt}) wins over the theme's format.
 *
 * <p>Templates see {@code site}; {@code output} (the {@link OutputFormat}); {@code url} (this file's URL below
 * the base URL); {@code taxonomy} (the category, tag or month as a {@link Taxonomy.Outline}, or {@code null});
 * {@code items}; {@code updated} (the
 * latest change among the items); {@code parts} (an index's {@link OutputPart}s); and {@code outputs}, the URLs
 * of the site-wide formats listed before this one that write a file (one the site does not have itself, with
 * something to list or written when empty), by name. Thread-safe: the files of all formats are rendered in
 * parallel.
 */
public final class OutputRenderer {

    /** Marks a key that leaves the posts' text out, so that it never equals one that holds it. */
    private static final String WITHOUT_TEXT = "without the posts' text";


    private final TemplateEngine engine;
    private final SiteView site;
    private final Publisher publisher;
    private final Consumer<Problem> problems;
    private final Dates dates;
    private final OutputItems selection;
    private final PageReuse reuse;

    public OutputRenderer(TemplateEngine engine, SiteView site, Publisher publisher, Consumer<Problem> problems) {
        this(engine, site, publisher, problems, PageReuse.Memo.NONE);
    }

    /** A renderer that reuses, from {@code memo}, files whose inputs are unchanged (see {@link PageReuse}). */
    public OutputRenderer(TemplateEngine engine, SiteView site, Publisher publisher, Consumer<Problem> problems,
                          PageReuse.Memo memo) {
        this.reuse = new PageReuse(memo, publisher);
        this.engine = engine;
        this.site = site;
        this.publisher = publisher;
        this.problems = problems;
        this.dates = new Dates(site.config().timezone());
        this.selection = new OutputItems(site.model(), site.title());
    }

    /**
     * Writes every enabled format.
     *
     * @param files the site's source files, whose own outputs win
     * @return how many files were written
     */
    public int render(List<OutputFormat> formats, List<SourceFile> files) {
        List<OutputFormat> enabled = formats.stream().filter(OutputFormat::enabled).toList();
        if (!enabled.isEmpty() && site.url().isBlank()) {
            problems.accept(Problem.warning("_config.yml", 0, "'url' is not set, so feeds and sitemaps carry "
                    + "URLs without a host; set it to where the site is served, e.g. https://you.github.io"));
        }
        Set<String> siteOwn = files.stream().filter(f -> f.kind() == SourceFile.Kind.STATIC)
                .map(SourceFile::relativePath).collect(Collectors.toSet());
        site.pages().stream().map(Page::outputPath).forEach(siteOwn::add);
        Map<String, String> written = new LinkedHashMap<>();
        List<Work> work = new ArrayList<>();
        for (OutputFormat format : enabled) {
            Map<String, String> before = Map.copyOf(written);
            List<OutputItems.Target> targets = selection.targets(format).stream()
                    .filter(t -> !siteOwn.contains(UrlPaths.outputPath(format.url(t.slug()), ""))).toList();
            targets.forEach(target -> work.add(new Work(format, target, before)));
            if (format.scope() == OutputFormat.Scope.SITE && targets.stream()
                    .anyMatch(t -> !t.items().isEmpty() || !format.skipEmpty())) {
                written.put(format.name(), format.url(""));
            }
        }
        // every file of every format at once, so that a long one (the sitemap) is written beside the others
        AtomicInteger count = new AtomicInteger();
        work.parallelStream().forEach(w -> count.addAndGet(renderTarget(w.format(), w.target(), w.outputs())));
        return count.get();
    }

    /**
     * A renderer for {@link #rehearse} alone, which writes nothing: it has no publisher, and the problems it finds go
     * nowhere.
     */
    public static OutputRenderer rehearsing(TemplateEngine engine, SiteView site) {
        return new OutputRenderer(engine, site, null, problem -> { }, PageReuse.Memo.NONE);
    }

    /**
     * Renders, as {@link #render} does but neither writing nor remembering anything, the first file of each enabled
     * format, from its first target's first items: the preview server does so after it starts, so that the JVM has
     * compiled the code an edit runs. Only for a renderer made by {@link #rehearsing}.
     *
     * @return how many files it rendered
     */
    public int rehearse(List<OutputFormat> formats) {
        if (publisher != null) {
            throw new IllegalStateException("a renderer that writes does not rehearse");
        }
        int files = 0;
        for (OutputFormat format : formats) {
            Optional<OutputItems.Target> first = !format.enabled() ? Optional.empty()
                    : selection.targets(format).stream().filter(t -> !t.items().isEmpty()).findFirst();
            if (first.isPresent()) {
                List<Object> items = first.get().items();
                int size = Math.max(1, Math.max(format.paginate(), format.split()));
                files += renderTarget(format, new OutputItems.Target(first.get().slug(), first.get().taxonomy(),
                        items.subList(0, Math.min(size, items.size()))), Map.of());
            }
        }
        return files;
    }

    /** The files of one format for one target, and the site-wide formats listed before it that write a file. */
    private record Work(OutputFormat format, OutputItems.Target target, Map<String, String> outputs) {
    }

    private int renderTarget(OutputFormat format, OutputItems.Target target, Map<String, String> outputs) {
        List<Object> items = target.items();
        if (items.isEmpty() && format.skipEmpty()) {
            return 0;
        }
        if (format.paginate() > 0) {
            List<Post> posts = items.stream().map(Post.class::cast).toList();
            return Paginator.paginate(posts, format.paginate(), n -> format.pageUrl(target.slug(), n))
                    .parallelStream().mapToInt(page -> write(format, format.template(),
                            format.pageUrl(target.slug(), page.page()), target, List.copyOf(page.posts()), null,
                            outputs, page) ? 1 : 0).sum();
        }
        if (format.split() == 0 || items.size() <= format.split()) {
            return write(format, format.template(), format.url(target.slug()), target, items, null, outputs, null)
                    ? 1 : 0;
        }
        List<OutputPart> parts = new ArrayList<>();
        int files = 0;
        for (int from = 0, num = 1; from < items.size(); from += format.split(), num++) {
            List<Object> slice = items.subList(from, Math.min(from + format.split(), items.size()));
            String url = format.partUrl(target.slug(), num);
            parts.add(new OutputPart(url, dates.newest(slice, site).orElse(null)));
            files += write(format, format.template(), url, target, slice, null, outputs, null) ? 1 : 0;
        }
        return files + (write(format, format.indexTemplate(), format.url(target.slug()), target, items, parts,
                outputs, null) ? 1 : 0);
    }

    /**
     * Renders one file. Web pages (a section, an archive) also get a {@code page}, so that the theme's page layout
     * and SEO tags apply, and, when paginated, a {@code paginator} as the home page has.
     */
    private boolean write(OutputFormat format, String template, String url, OutputItems.Target target,
                          List<Object> items, List<OutputPart> parts, Map<String, String> outputs,
                          Paginator paginator) {
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put("output", format);
        context.put("url", url);
        Taxonomy.Outline taxonomy = target.taxonomy() == null ? null : target.taxonomy().outline();
        context.put("taxonomy", taxonomy);
        context.put("items", items);
        context.put("updated", updated(items));
        context.put("parts", parts);
        context.put("outputs", outputs);
        context.put("paginator", paginator);
        if (format.isHtml()) {
            String title = target.taxonomy() == null ? format.title()
                    : format.scope() == OutputFormat.Scope.CATEGORY
                    ? MastheadExtension.sourceName(site.config(), target.taxonomy().name()) : target.taxonomy().name();
            context.put("page", new Page(format.name(), title, url, UrlPaths.outputPath(url, ""), format.name(), "",
                    format.params()));
        }
        String origin = "output '" + format.name() + "'";
        if (publisher == null) { // rehearsing: rendered, neither remembered nor written
            return render(template, context, origin).isPresent();
        }
        String path = UrlPaths.outputPath(url, "");
        List<Object> key = Arrays.asList(format, template, url, taxonomy, items, parts, outputs, paginator,
                context.get("updated"));
        PageReuse.Lighter lighter = paginator != null ? null : titles -> Arrays.asList(WITHOUT_TEXT, format, template,
                url, taxonomy, new WithoutText(items, titles), parts, outputs, null, context.get("updated"));
        try {
            PageReuse.Outcome page = reuse.page(path, key, lighter, origin, () -> render(template, context, origin)
                    .map(text -> format.isXml() ? XmlText.withoutIllegalChars(text) : text));
            if (page.kept() || page.html().isEmpty()) {
                return page.kept();
            }
            Optional<String> other = publisher.write(path, page.html().get().getBytes(StandardCharsets.UTF_8), origin);
            other.ifPresent(o -> problems.accept(Problem.error("", 0, origin + " was not written: " + o
                    + " already writes " + path + "; give the output another 'path' in 'outputs'")));
            return other.isEmpty();
        } catch (IllegalArgumentException e) {
            problems.accept(Problem.error("", 0, origin + " was not written: " + e.getMessage()));
            return false;
        }
    }

    /**
     * What a file lists, compared without the posts' text ({@link Post#sameButText}) and, when {@code titles}, without
     * their titles too ({@link Post#sameButTextAndTitle}): the key of a file, such as a sitemap, that shows its posts'
     * addresses and dates alone, and so need not be made again when an article's text or title changes. Its digest,
     * for a build in another process, which cannot tell what the file read, holds the text and the titles. Public so
     * that the build cache can read its posts, to digest each by the digest it already has.
     */
    public record WithoutText(List<Object> items, boolean titles) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof WithoutText that) || that.titles != titles || that.items.size() != items.size()) {
                return false;
            }
            for (int i = 0; i < items.size(); i++) {
                Object mine = items.get(i);
                Object theirs = that.items.get(i);
                if (mine == theirs) {
                    continue;
                }
                boolean same = mine instanceof Post post && theirs instanceof Post them
                        ? titles ? post.sameButTextAndTitle(them) : post.sameButText(them)
                        : Objects.equals(mine, theirs);
                if (!same) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return items.stream().mapToInt(item -> item instanceof Post post ? post.path().hashCode()
                    : Objects.hashCode(item)).reduce(items.size(), (a, b) -> 31 * a + b);
        }
    }

    /** The latest change among {@code items}, else the newest post's date, else now. */
    private ZonedDateTime updated(List<Object> items) {
        return dates.newest(items, site).or(() -> site.posts().stream().findFirst().map(Post::date))
                .orElseGet(() -> ZonedDateTime.now(site.config().timezone()));
    }

    private Optional<String> render(String template, Map<String, Object> context, String origin) {
        try {
            return Optional.of(engine.render(template, context));
        } catch (TemplateEngine.TemplateFailure e) {
            problems.accept(Problem.error(e.template(), e.line(), origin + " failed: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
