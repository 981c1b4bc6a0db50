package io.github.masthead.build;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildEvent.Phase;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import io.github.masthead.clean.ArticleCleaner;
import io.github.masthead.clean.ArticleContext;
import io.github.masthead.clean.CleanConfig;
import io.github.masthead.clean.CleanOptions;
import io.github.masthead.clean.CleanResult;
import io.github.masthead.clean.CleaningReport;
import io.github.masthead.clean.Explanation;
import io.github.masthead.clean.OwnPages;
import io.github.masthead.clean.Summaries;
import io.github.masthead.clean.media.ImageMode;
import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Body;
import io.github.masthead.content.Page;
import io.github.masthead.content.Permalinks;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.markdown.MarkdownRenderer;
import io.github.masthead.publish.OutputGuard;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.PageReuse;
import io.github.masthead.render.SiteRenderer;
import io.github.masthead.render.SiteView;
import io.github.masthead.render.TemplateEngine;
import io.github.masthead.render.output.OutputExtension;
import io.github.masthead.render.output.OutputFormat;
import io.github.masthead.render.output.OutputFormats;
import io.github.masthead.render.output.OutputRenderer;
import io.github.masthead.render.output.SearchIndex;
import io.github.masthead.source.SourceFile;
import io.github.masthead.source.SourceScanner;
import io.github.masthead.theme.LayeredLoader;
import io.github.masthead.theme.Theme;
import io.github.masthead.theme.ThemeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One build, in Hugo's order: read → clean → assemble → render → publish. Problems with single files are
 * collected and the rest of the site is built; only configuration, theme and output-folder failures stop
 * the build. Nothing reaches the output folder until the whole build has succeeded.
 */
public final class SiteBuild {

    /** The theme used when a site names none, or one that cannot be found. */
    public static final String DEFAULT_THEME = "newsroom";
    /**
     * How long before the last build began a source must have been changed for its recorded digest to be trusted
     * by size and time alone; a file changed later may have changed again within the same tick of the clock.
     */
    private static final Duration TRUSTED_AFTER = Duration.ofSeconds(2);
    /** The record of the last build, in the cache folder. */
    private static final String MANIFEST = "manifest.bin";
    /** The posts {@link #rehearse} goes through at most: enough for the JVM to compile the code of an edit. */
    static final int REHEARSED_POSTS = 200;

    private final SiteConfig config;
    private final BuildListener listener;
    private Problems problems;
    private final BuildCache cache;
    private final Set<Path> changed;

    public SiteBuild(SiteConfig config, BuildListener listener) {
        this(config, listener, BuildCache.none());
    }

    /** A build that takes unchanged posts from {@code cache}, read and cleaned, and leaves its own there. */
    public SiteBuild(SiteConfig config, BuildListener listener, BuildCache cache) {
        this(config, listener, cache, Set.of());
    }

    /**
     * As {@link #SiteBuild(SiteConfig, BuildListener, BuildCache)}, told which files changed since the last build
     * with the same cache: when they are only posts whose text changed, the build updates the last one's output
     * without reading the rest of the site again (see {@link SiteUpdate}).
     *
     * @param changed the files that changed, as a watch of the site folder saw them; empty when not known
     */
    public SiteBuild(SiteConfig config, BuildListener listener, BuildCache cache, Set<Path> changed) {
        this.config = config;
        this.listener = listener;
        this.problems = new Problems(listener);
        this.cache = cache;
        this.changed = Set.copyOf(changed);
    }

    /** Runs the build and reports what it did. */
    public BuildReport run() {
        try {
            return runBuild();
        } finally {
            cache.finish();
        }
    }

    /**
     * Where this build puts the bodies of its posts aside so as not to hold them all, for a build that keeps nothing in
     * memory for the next: a scratch file in the cache folder, or in the system's temporary folder when there is
     * none or the site sets {@code disable_disk_cache}. A preview server's build holds its bodies in memory, and so
     * does a build that can make no scratch file.
     */
    private BodyFile spill(Settings settings) {
        if (cache.keepsBuilds()) {
            return null;
        }
        Path cacheFile = diskCache(settings, "cleaned.bin");
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        for (Path folder : cacheFile != null ? List.of(cacheFile.getParent(), temp) : List.of(temp)) {
            try {
                return BodyFile.scratch(folder);
            } catch (IOException | UncheckedIOException e) {
                // the next place, if any
            }
        }
        return null;
    }

    private BuildReport runBuild() {
        Instant started = Instant.now();
        listener.onEvent(BuildEvent.phase(Phase.CONFIG, "reading " + config.source().resolve("_config.yml")));
        Settings settings = new ConfigLoader().load(config.source(), config.overrides());
        OutputGuard.check(config.source(), config.destination());
        cache.begin(settings);
        Theme theme = resolveTheme(settings);
        List<OutputFormat> outputs = OutputFormats.read(theme, settings);
        Optional<BuildReport> updated = changed.isEmpty() ? Optional.empty()
                : new SiteUpdate(this, settings, theme, outputs, started).run(changed);
        if (updated.isPresent()) {
            return updated.get();
        }

        listener.onEvent(BuildEvent.phase(Phase.READ, "reading " + config.source()));
        List<SourceFile> files = new SourceScanner(config.source(), config.ownFolders(), settings.exclude(),
                settings.include()).scan();
        Path manifest = cacheFile(MANIFEST);
        Path saved = diskCache(settings, MANIFEST); // the manifest, unless the site turns the disk cache off
        // a preview server keeps its record in memory too, and starts from the one in the cache folder
        boolean recorded = cache.keepsBuilds() || saved != null;
        Optional<BuildManifest.Recorded> kept = cache.lastBuild();
        Optional<BuildManifest.Recorded> last = kept.isPresent() ? kept
                : saved != null ? BuildManifest.load(saved) : Optional.empty();
        Optional<BuildInputs.Digested> inputs = !recorded ? Optional.empty() : BuildInputs.digest(config, settings,
                theme, files, last.map(BuildManifest.Recorded::sourcesByPath).orElse(Map.of()),
                last.map(r -> r.readAt() - TRUSTED_AFTER.toNanos()).orElse(Long.MIN_VALUE));
        // a cache that keeps builds replays only one it holds: from the disk's record, it takes the pages unrendered
        if (inputs.isPresent() && last.isPresent() && (kept.isPresent() || !cache.keepsBuilds())
                && BuildManifest.upToDate(last.get(), inputs.get().digest(), started.getEpochSecond(),
                config.destination())) {
            return replay(last.get(), started);
        }
        Map<String, BuildManifest.OutputFile> previous = inputs.isPresent() && last.isPresent()
                ? BuildManifest.renderedFrom(last.get()) : Map.of();
        forget(manifest);
        cache.forgetBuild();
        cache.spillTo(spill(settings));
        MarkdownRenderer markdown = new MarkdownRenderer();
        Permalinks permalinks = new Permalinks(settings.permalink());
        cache.beginReading(readKey(settings), diskCache(settings, "read.bin"),
                inputs.map(BuildInputs.Digested::bytes).orElse(Map.of()));
        Reading reading = readPosts(files, new PostReader(settings, permalinks, markdown, started), settings);
        cache.endReading();
        List<Post> posts = reading.posts();
        reading = reading.counts(); // so that the posts as read are not held once cleaned
        List<Page> pages = readPages(files, new PageReader(settings, permalinks, markdown));

        listener.onEvent(BuildEvent.phase(Phase.CLEAN, "cleaning " + posts.size() + " articles"));
        Map<String, Integer> removals = new TreeMap<>();
        CleaningReport cleaning = new CleaningReport();
        posts = clean(posts, removals, settings, cleaning);

        listener.onEvent(BuildEvent.phase(Phase.ASSEMBLE, "assembling the site"));
        SiteModel model = cache.assemble(posts, pages);

        listener.onEvent(BuildEvent.phase(Phase.RENDER, "rendering with theme '" + theme.name() + "'"));
        AtomicInteger failedRenders = new AtomicInteger();
        int pagesAndPosts;
        int statics;
        boolean committed = false;
        List<BuildManifest.OutputFile> placed = null; // the output folder's files, when the commit knows them
        // after a recorded build, most pages are taken from the output folder as they are: update it in place
        // a preview server knows what its last build left in the output folder, and finds the files gone without a walk
        List<String> known = kept.isPresent() && !previous.isEmpty()
                ? last.get().outputs().stream().map(BuildManifest.OutputFile::path).toList() : null;
        try (Publisher publisher = new Publisher(config.destination(), !previous.isEmpty(), known)) {
            Path site = config.source();
            cache.beginRendering(BuildCache.treeDigests(site, List.of(site.resolve("_layouts"),
                    site.resolve("_includes"), theme.root())), previous, inputs.isPresent());
            failedRenders.set(render(publisher, settings, theme, outputs, model, pages, files, post -> true));
            if (wantsSearchIndex(settings, outputs)) {
                cache.rememberSearch(SearchIndex.write(model.posts(), settings, publisher,
                        new PageReuse(cache, publisher), p -> problems.add(Phase.RENDER, p), cache.keepsBuilds()));
            }
            publishCleaning(cleaning, publisher);
            pagesAndPosts = publisher.count();
            copyStatic(files, publisher);
            copyThemeAssets(theme, publisher);
            statics = publisher.count() - pagesAndPosts;
            listener.onEvent(BuildEvent.phase(Phase.PUBLISH, "publishing to " + config.destination()));
            if (!(config.strict() && hasErrors())) {
                publisher.commit();
                committed = true;
                placed = publisher.placed().map(BuildManifest::outputs).orElse(null);
            }
        }
        Optional<String> unsaved = cache.save();
        unsaved.ifPresent(why -> problems.add(Phase.PUBLISH, Problem.warning("", 0, why)));
        int duplicates = reading.built() - posts.size();
        int rendered = posts.size() - failedRenders.get();
        BuildReport report = new BuildReport(config.destination(), reading.files(), rendered, reading.skipped(),
                reading.failed() + duplicates + failedRenders.get(), pagesAndPosts - rendered, statics,
                problems.sorted(), removals, Duration.between(started, Instant.now()), config.strict());
        if (committed && inputs.isPresent() && unsaved.isEmpty()) { // an unwritable cache folder is warned of once
            record(saved, inputs.get(), validUntil(reading, posts, started), report, started, placed);
            if (cache.lastBuild().isPresent()) {
                cache.rememberSite(new BuildCache.LastSite(settings, files, inputs.get(), pages, cleaning));
            }
        }
        listener.onEvent(BuildEvent.finished(report.summary()));
        return report;
    }

    /**
     * Renders the pages, the theme's outputs and the posts {@code again} accepts of {@code model} through
     * {@code publisher}, in parallel, each page taken from the cache when it can be.
     *
     * @return how many posts failed to render
     */
    int render(Publisher publisher, Settings settings, Theme theme, List<OutputFormat> outputs, SiteModel model,
               List<Page> pages, List<SourceFile> files, Predicate<Post> again) {
        TemplateEngine engine = engine(settings, theme, outputs);
        SiteRenderer renderer = new SiteRenderer(engine, new SiteView(settings, model), publisher,
                p -> problems.add(Phase.RENDER, p), cache);
        Progress rendered = new Progress(Phase.RENDER, model.posts().size());
        AtomicInteger failed = new AtomicInteger();
        model.posts().parallelStream().filter(again).forEach(post -> {
            if (!renderer.renderPost(post)) {
                failed.incrementAndGet();
            }
            rendered.step();
        });
        pages.forEach(renderer::renderPage);
        if (pages.stream().noneMatch(Page::isHome)) {
            renderer.renderThemeHome();
        }
        new OutputRenderer(engine, new SiteView(settings, model), publisher, p -> problems.add(Phase.RENDER, p),
                cache).render(outputs, files);
        return failed.get();
    }

    /** A reader of single post files, for an update or a rehearsal; posts dated after {@code now} wait. */
    static PostReader postReader(Settings settings, Instant now) {
        return new PostReader(settings, new Permalinks(settings.permalink()), new MarkdownRenderer(), now);
    }

    /** The cleaning rules and settings of the site, from {@code clean} in {@code _config.yml}. */
    CleanOptions cleanOptions(Settings settings) {
        return CleanConfig.read(settings.params().get("clean"), config.source(), settings.baseurl());
    }

    private TemplateEngine engine(Settings settings, Theme theme, List<OutputFormat> outputs) {
        return new TemplateEngine(new LayeredLoader(config.source(), theme), settings,
                List.of(new OutputExtension(settings, outputs)));
    }

    /**
     * Goes through what a rebuild after an edit to a post runs, for the newest posts of the last build this build's
     * cache keeps. First it works out the search index's postings if that build left them for later (it took its token
     * shards from the output folder; see {@link SearchIndex.Written#prepare}), which an update would otherwise do. Then
     * it reads each post's file again, cleans it, and renders its page; then it renders the first file of each of the
     * site's outputs (list pages, feeds, sitemaps; see {@link OutputRenderer#rehearse}). It writes and remembers none
     * of that: it is there so that the JVM has compiled that code when the first edit comes. It downloads no image:
     * with {@code image_proxy.mode: local} it does not clean. It stops after {@link #REHEARSED_POSTS} posts, or before
     * the postings, the next post, and the outputs, when {@code stop} says so.
     *
     * @return how many posts it went through; none when the cache keeps no build
     */
    public int rehearse(BooleanSupplier stop) {
        Optional<BuildCache.LastSite> last = cache.lastSite();
        Optional<SiteModel> model = cache.lastModel();
        Optional<OwnPages> ownPages = cache.lastOwnPages();
        if (last.isEmpty() || model.isEmpty() || ownPages.isEmpty()) {
            return 0;
        }
        if (!stop.getAsBoolean()) {
            cache.lastSearch().ifPresent(SearchIndex.Written::prepare);
        }
        Settings settings = last.get().settings();
        Theme theme = resolveTheme(settings);
        List<OutputFormat> outputs = OutputFormats.read(theme, settings);
        TemplateEngine engine = engine(settings, theme, outputs);
        SiteView view = new SiteView(settings, model.get());
        SiteRenderer renderer = SiteRenderer.rehearsing(engine, view);
        Map<String, SourceFile> files = new HashMap<>();
        last.get().files().forEach(file -> files.put(file.relativePath(), file));
        PostReader reader = postReader(settings, Instant.now());
        int done = 0;
        try (ArticleCleaner cleaner = new ArticleCleaner(cleanOptions(settings))) {
            boolean cleans = cleaner.options().images().mode() != ImageMode.LOCAL;
            for (Post post : model.get().posts()) {
                if (done == REHEARSED_POSTS || stop.getAsBoolean()) {
                    break;
                }
                SourceFile file = files.get(post.path());
                ReadResult read = file == null ? null : reader.read(file);
                if (cleans && read != null && read.isBuilt()) {
                    cleanOne(cleaner, read.post(), new PageLookups(ownPages.get()), settings.excerptSeparator());
                }
                renderer.rehearse(post);
                done++;
            }
        }
        if (!stop.getAsBoolean()) {
            OutputRenderer.rehearsing(engine, view).rehearse(outputs);
        }
        return done;
    }

    /**
     * The report of the build recorded in the manifest, which stands for this one: nothing it read has changed and
     * the output folder is as it left it. Its problems are announced again, since they are still there.
     */
    BuildReport replay(BuildManifest.Recorded done, Instant started) {
        listener.onEvent(BuildEvent.phase(Phase.PUBLISH, "nothing changed since the last build; "
                + config.destination() + " is up to date"));
        return reported(done, started);
    }

    /** The report of {@code done}, for a build that stands for it; its problems are announced again. */
    BuildReport reported(BuildManifest.Recorded done, Instant started) {
        Set<BuildManifest.Noted> found = new HashSet<>(problems.noted()); // by this build before it stopped
        done.problems().stream().filter(noted -> !found.contains(noted))
                .forEach(noted -> problems.add(noted.phase(), noted.problem()));
        int[] n = done.counts();
        BuildReport report = new BuildReport(config.destination(), n[0], n[1], n[2], n[3], n[4], n[5],
                problems.sorted(), done.cleaning(), Duration.between(started, Instant.now()), config.strict());
        listener.onEvent(BuildEvent.finished(report.summary()));
        return report;
    }

    /**
     * The epoch second from which this build's choice of posts may change: when the earliest post left out for its
     * future date becomes due. A site with no posts takes its feeds' dates from the clock, so it holds for no time.
     */
    private static long validUntil(Reading reading, List<Post> posts, Instant started) {
        return posts.isEmpty() ? started.getEpochSecond() : reading.firstDue();
    }

    /**
     * What reading the post files gave. The results themselves are not kept past it, so that a large archive does not
     * hold its posts as read once it has cleaned them.
     *
     * @param posts    the posts to build, each output path once
     * @param files    post files read
     * @param skipped  posts left out on purpose (drafts, future, unpublished)
     * @param failed   files that could not be read
     * @param built    posts to build, before those whose output path an earlier post has were left out
     * @param firstDue the epoch second at which the first post left out for its future date becomes due, or
     *                 {@link Long#MAX_VALUE}
     */
    private record Reading(List<Post> posts, int files, int skipped, int failed, int built, long firstDue) {

        /** The counts alone. */
        Reading counts() {
            return new Reading(List.of(), files, skipped, failed, built, firstDue);
        }
    }

    /**
     * Records this build as the one that made the output folder, unless cleaning had a problem that the next build
     * should retry (an image that could not be downloaded): in {@code manifest} when there is one, and in the memory
     * of a cache that keeps builds. A preview server's updates after an edit are recorded in its memory only, and
     * remove the manifest first ({@link #forgetSaved}), so that it never describes an output folder that is not there.
     */
    private void record(Path manifest, BuildInputs.Digested inputs, long validUntil, BuildReport report,
                        Instant started, List<BuildManifest.OutputFile> placed) {
        List<BuildManifest.Noted> noted = problems.noted();
        if (noted.stream().anyMatch(n -> n.phase() == Phase.CLEAN)) {
            return;
        }
        int[] counts = {report.postsRead(), report.postsRendered(), report.postsSkipped(), report.postsFailed(),
            report.pagesWritten(), report.staticCopied()};
        try {
            BuildManifest.Recorded build = new BuildManifest.Recorded(inputs.digest(), validUntil, counts, noted,
                    report.cleaning(), (placed != null ? placed : BuildManifest.outputs(config.destination())).stream()
                    .map(file -> file.withKey(cache.outputKey(file.path()))).toList(),
                    TimeUnit.SECONDS.toNanos(started.getEpochSecond()) + started.getNano(), inputs.files());
            cache.rememberBuild(build);
            if (manifest != null) {
                BuildManifest.save(manifest, build);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Phase.PUBLISH, Problem.warning("", 0, (manifest == null ? "cannot record the build: "
                    : "cannot write the build manifest " + manifest + ": ") + e.getMessage()
                    + "; the next build runs in full"));
        }
    }

    /**
     * Writes the record of the last build that the cache holds to the cache folder (see
     * {@link io.github.masthead.Site#saveRecord}), unless a record is there already: a full build wrote it, and an
     * update since would have removed it.
     */
    public void saveRecord() throws IOException {
        Optional<BuildManifest.Recorded> last = cache.lastBuild();
        Optional<BuildCache.LastSite> site = cache.lastSite();
        Path manifest = site.map(s -> diskCache(s.settings(), MANIFEST)).orElse(null);
        if (last.isPresent() && manifest != null && !Files.exists(manifest)) {
            BuildManifest.save(manifest, last.get());
        }
    }

    /** Removes the manifest in the cache folder, before an update changes the output folder that it describes. */
    void forgetSaved(Settings settings) {
        forget(diskCache(settings, MANIFEST));
    }

    /** Removes the manifest before the output folder changes, so that it never describes another site. */
    private static void forget(Path manifest) {
        if (manifest == null) {
            return;
        }
        try {
            BuildManifest.forget(manifest);
        } catch (IOException e) {
            if (!Files.exists(manifest)) {
                return; // no folder to hold one (the cache folder is a file, say): saving it will say so
            }
            throw new SiteException("cannot remove the build manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** Whether a page of the theme reads the search index ({@code search_index: true}) and the site wants one. */
    static boolean wantsSearchIndex(Settings settings, List<OutputFormat> outputs) {
        return !Boolean.FALSE.equals(settings.params().get("search"))
                && outputs.stream().anyMatch(f -> f.enabled() && Boolean.TRUE.equals(f.params().get("search_index")));
    }

    /** The site's theme; a name Masthead does not have (such as Jekyll's {@code minima}) falls back to the default. */
    private Theme resolveTheme(Settings settings) {
        ThemeResolver resolver = new ThemeResolver(SiteBuild.class.getClassLoader());
        try {
            return resolver.resolve(settings.theme(), config.source());
        } catch (SiteException e) {
            if (settings.theme().equals(DEFAULT_THEME)) {
                throw e;
            }
            problems.add(Phase.CONFIG, Problem.warning("_config.yml", 0, e.problem().message()
                    + "; using the default theme '" + DEFAULT_THEME + "'"));
            return resolver.resolve(DEFAULT_THEME, config.source());
        }
    }

    private boolean hasErrors() {
        return problems.sorted().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    private Reading readPosts(List<SourceFile> files, PostReader reader, Settings settings) {
        List<SourceFile> postFiles = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.kind() == SourceFile.Kind.POST && !PostReader.isPostName(file.relativePath())) {
                problems.add(Phase.READ, Problem.warning(file.relativePath(), 0,
                        "not read as a post: the name must look like YYYY-MM-DD-title.ext"));
            } else if (file.kind() == SourceFile.Kind.POST
                    || (file.kind() == SourceFile.Kind.DRAFT && settings.showDrafts())) {
                postFiles.add(file);
            }
        }
        Progress progress = new Progress(Phase.READ, postFiles.size());
        List<ReadResult> results = postFiles.parallelStream().map(file -> {
            ReadResult result = cache.read(file, () -> reader.read(file));
            progress.step();
            return result;
        }).toList();
        results.forEach(r -> r.problems().forEach(p -> problems.add(Phase.READ, p)));
        return new Reading(uniqueUrls(results), results.size(),
                (int) results.stream().filter(r -> r.skipped() != null).count(),
                (int) results.stream().filter(ReadResult::isFailed).count(),
                (int) results.stream().filter(ReadResult::isBuilt).count(),
                results.stream().filter(r -> PostReader.FUTURE.equals(r.skipped()))
                        .mapToLong(r -> r.post().date().toEpochSecond()).min().orElse(Long.MAX_VALUE));
    }

    /** The built posts, less any whose output path an earlier post (in path order) already has. */
    private List<Post> uniqueUrls(List<ReadResult> results) {
        Map<String, Post> byPath = new HashMap<>();
        List<Post> posts = new ArrayList<>();
        for (ReadResult result : results) {
            if (!result.isBuilt()) {
                continue;
            }
            Post post = result.post();
            Post earlier = byPath.putIfAbsent(post.outputPath(), post);
            if (earlier != null) {
                problems.add(Phase.READ, Problem.error(post.path(), 0, "same permalink " + post.url() + " as "
                        + earlier.path() + "; set a different 'permalink' or 'slug' in one of them"));
            } else {
                posts.add(post);
            }
        }
        return posts;
    }

    private List<Page> readPages(List<SourceFile> files, PageReader reader) {
        List<Page> pages = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.kind() == SourceFile.Kind.PAGE) {
                PageReader.Result result = reader.read(file);
                if (result.problem() != null) {
                    problems.add(Phase.READ, result.problem());
                } else if (result.page() != null) {
                    pages.add(result.page());
                }
            }
        }
        return pages;
    }

    /**
     * The part of a post before its excerpt separator ({@code excerpt_separator} in the front matter or the
     * site), when one is set that can stand in HTML, such as {@code <!--more-->}.
     */
    private static Optional<String> beforeSeparator(Post post, String siteSeparator) {
        Object own = post.params().get("excerpt_separator");
        String separator = own != null ? own.toString() : siteSeparator;
        if (separator.isBlank()) {
            return Optional.empty();
        }
        int at = post.content().indexOf(separator);
        return at > 0 ? Optional.of(post.content().substring(0, at)) : Optional.empty();
    }

    /**
     * Cleans every post with the cleaner built from the site's {@code clean:} settings, counts what each rule
     * removed into {@code removals} and {@code cleaning}, and explains one post's cleaning when
     * {@code clean_explain} names it.
     */
    private List<Post> clean(List<Post> posts, Map<String, Integer> removals, Settings settings,
                             CleaningReport cleaning) {
        String separator = settings.excerptSeparator();
        CleanOptions options = cleanOptions(settings);
        cleaning.reportTo(options.report());
        Map<String, String> links = new HashMap<>();
        posts.forEach(p -> {
            if (!p.sourceLink().isEmpty()) {
                links.putIfAbsent(p.sourceLink(), p.url());
            }
        });
        try (ArticleCleaner cleaner = new ArticleCleaner(options)) {
            cache.beginCleaning(cleaningKey(settings), diskCache(settings, "cleaned.bin"));
            OwnPages ownPages = cache.ownPages(links, () -> cleaner.ownPages(links));
            Progress progress = new Progress(Phase.CLEAN, posts.size());
            List<Post> cleaned = posts.parallelStream().map(post -> {
                BuildCache.Cleaned done = cache.clean(post, ownPages,
                        (raw, lookups) -> cleanOne(cleaner, raw, lookups, separator));
                cleaning.add(post.path(), done.result());
                done.result().problems().forEach(p -> problems.add(Phase.CLEAN, Problem.warning(post.path(), 0, p)));
                progress.step();
                return cache.apply(post, done);
            }).toList();
            explain(cleaner, posts, ownPages, settings);
            cache.endCleaning();
            removals.putAll(cleaning.elementsByRule());
            return cleaned;
        }
    }

    /**
     * Everything but the file itself that reading a post depends on: Masthead's version and the site's settings. Not
     * where the site is: a post is kept by its path in the site folder.
     */
    String readKey(Settings settings) {
        return String.join("\n", BuildCache.codeVersion(), settings.toString());
    }

    SiteConfig config() {
        return config;
    }

    BuildListener listener() {
        return listener;
    }

    BuildCache cache() {
        return cache;
    }

    Problems problems() {
        return problems;
    }

    /** Where this build's problems go from now on; returns where they went. */
    Problems problemsTo(Problems to) {
        Problems before = problems;
        problems = to;
        return before;
    }

    /** Everything but the post itself that cleaning reads: the rules, the cleaning settings, Masthead's version. */
    private String cleaningKey(Settings settings) {
        return String.join("\n", BuildCache.codeVersion(), String.valueOf(settings.params().get("clean")),
                settings.baseurl(), settings.excerptSeparator(),
                String.join("\n", BuildCache.digests(config.source(),
                        CleanConfig.packFiles(settings.params().get("clean"), config.source()))));
    }

    /**
     * The file {@code name} of the build cache (the cleaned posts, the manifest), or {@code null} when the front end
     * gave no cache folder or the site sets {@code disable_disk_cache}.
     */
    private Path diskCache(Settings settings, String name) {
        return Boolean.TRUE.equals(settings.params().get("disable_disk_cache")) ? null : cacheFile(name);
    }

    /** The file {@code name} of the build cache, used or not; {@code null} when the front end gave no cache folder. */
    private Path cacheFile(String name) {
        return config.cacheDirectory().map(dir -> dir.resolve("build").resolve(name)).orElse(null);
    }

    static BuildCache.Cleaned cleanOne(ArticleCleaner cleaner, Post post, PageLookups lookups,
                                               String separator) {
        ArticleContext context = new ArticleContext(post.path(), post.title(), post.sourceLink(),
                post.categories(), lookups::pageFor, lookups::isPage);
        ArticleCleaner.Finished done = cleaner.finish(post.content(), context);
        CleanResult result = done.result();
        Summaries.Finished finished = done.summaries();
        String excerpt = !post.excerpt().isEmpty() ? post.excerpt() : beforeSeparator(post, separator)
                .map(part -> cleaner.finish(part, context).summaries().excerpt()).orElse(finished.excerpt());
        String image = post.image().isEmpty() ? finished.leadImage().orElse("") : post.image();
        return new BuildCache.Cleaned(Body.of(finished.body()), new CleanResult("", result.removals(),
                result.sourceLink(), result.images(), result.problems()), excerpt, image);
    }

    /** Reports, as a build event, what cleaning did to the post {@code clean_explain} names. */
    private void explain(ArticleCleaner cleaner, List<Post> posts, OwnPages ownPages, Settings settings) {
        Object wanted = settings.params().get("clean_explain");
        if (wanted == null || wanted.toString().isBlank()) {
            return;
        }
        String path = wanted.toString().strip().replace('\\', '/');
        Path asPath = Path.of(path);
        if (asPath.isAbsolute() && asPath.normalize().startsWith(config.source())) {
            path = config.source().relativize(asPath.normalize()).toString().replace('\\', '/');
        }
        String rel = path.startsWith("./") ? path.substring(2) : path;
        Optional<Post> post = posts.stream().filter(p -> p.path().equals(rel)).findFirst();
        if (post.isEmpty()) {
            problems.add(Phase.CLEAN, Problem.warning("_config.yml", 0, "clean_explain: no built post at '" + rel
                    + "'; give a path such as _posts/2025-01-31-title.html"));
            return;
        }
        Post p = cache.raw(post.get());
        Explanation explanation = cleaner.explain(p.content(), new ArticleContext(p.path(), p.title(), p.sourceLink(),
                p.categories(), ownPages, ownPages::isPage));
        listener.onEvent(BuildEvent.phase(Phase.CLEAN, explanation.toText()));
    }

    /** Writes the cleaning report and the downloaded images into the site. */
    void publishCleaning(CleaningReport cleaning, Publisher publisher) {
        cleaning.publish(publisher).forEach(c -> problems.add(Phase.PUBLISH, Problem.warning("", 0, c)));
    }

    private void copyStatic(List<SourceFile> files, Publisher publisher) {
        for (SourceFile file : files) {
            if (file.kind() == SourceFile.Kind.STATIC) {
                publisher.copy(file.relativePath(), file.path(), file.relativePath()).ifPresent(other ->
                        problems.add(Phase.PUBLISH, Problem.error(file.relativePath(), 0, "not copied: "
                                + other + " already writes " + file.relativePath())));
            }
        }
    }

    /** Copies the theme's assets; a site file of the same path wins, as it overrides the theme. */
    private static void copyThemeAssets(Theme theme, Publisher publisher) {
        Path assets = theme.assets();
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                String rel = "assets/" + assets.relativize(file).toString().replace('\\', '/');
                if (!publisher.isClaimed(rel)) {
                    publisher.copy(rel, file, "theme " + theme.name());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the assets of theme " + theme.name(), e);
        }
    }

    /** Counts the items of a parallel phase and reports every 500th, and the last, as a progress event. */
    private final class Progress {
        private final Phase phase;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        Progress(Phase phase, int total) {
            this.phase = phase;
            this.total = total;
        }

        void step() {
            int n = done.incrementAndGet();
            if (n % 500 == 0 || n == total) {
                listener.onEvent(BuildEvent.progress(phase, n, total));
            }
        }
    }
}
