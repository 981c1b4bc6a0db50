package io.github.masthead.build;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildEvent.Phase;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.clean.ArticleCleaner;
import io.github.masthead.clean.CleaningReport;
import io.github.masthead.clean.OwnPages;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.publish.Publisher;
import io.github.masthead.render.PageReuse;
import io.github.masthead.render.SiteRenderer;
import io.github.masthead.render.output.OutputFormat;
import io.github.masthead.render.output.SearchIndex;
import io.github.masthead.source.SourceFile;
import io.github.masthead.source.SourceScanner;
import io.github.masthead.theme.Theme;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A preview server's build after an edit to the text of some posts: it updates the last build's output folder
 * instead of building the site again. It reads and cleans the edited posts alone, takes everything else the last build
 * read from memory (the site folder is not walked), renders the pages whose keys changed (the posts' own pages and the
 * pages that show them, and every page that reads the whole site) and moves in the files whose bytes changed; it
 * trusts the output folder to be as the last build left it, so it looks at no other file there.
 *
 * <p>It stands back, and the build runs in full, whenever the edit reaches further: a post added, removed or moved to
 * another date, category, tag, permalink or source link; a change to any other file; a post that now fails, is left
 * out, or has a problem cleaning or an image to download; a problem the last build did not have, or one it had with an
 * edited post that is gone, but for the warnings reading an edited post gives, which are the post's own. What it
 * writes is what a full build writes, only sooner: when the rules remove other things from an edited post than they
 * did, the cleaning report is written again with that post's counts, and the build's record keeps the warnings reading
 * the edited posts gave this time. One build at a time.
 */
final class SiteUpdate {

    private final SiteBuild build;
    private final Settings settings;
    private final Theme theme;
    private final List<OutputFormat> outputs;
    private final Instant started;
    private final BuildCache cache;

    SiteUpdate(SiteBuild build, Settings settings, Theme theme, List<OutputFormat> outputs, Instant started) {
        this.build = build;
        this.settings = settings;
        this.theme = theme;
        this.outputs = outputs;
        this.started = started;
        this.cache = build.cache();
    }

    /**
     * Updates the output after the files {@code changed} changed.
     *
     * @return the report, or empty when the edit reaches further than this update goes (nothing was written then)
     */
    Optional<BuildReport> run(Set<Path> changed) {
        Optional<BuildCache.LastSite> site = cache.lastSite();
        Optional<BuildManifest.Recorded> last = cache.lastBuild();
        if (site.isEmpty() || last.isEmpty() || !site.get().settings().equals(settings)
                || started.getEpochSecond() >= last.get().validUntil()
                || !Files.isDirectory(build.config().destination(), LinkOption.NOFOLLOW_LINKS)
                || last.get().problems().stream().anyMatch(n -> n.problem().severity() == Problem.Severity.ERROR)
                || settings.params().get("clean_explain") != null) {
            return Optional.empty();
        }
        Optional<List<SourceFile>> edited = editedPosts(changed, site.get().files());
        if (edited.isEmpty()) {
            return Optional.empty();
        }
        if (edited.get().isEmpty()) { // only files that came and went, which no build reads
            return Optional.of(build.replay(last.get(), started));
        }
        Problems own = build.problemsTo(new Problems(event -> { })); // announced only if the update stands
        Optional<BuildManifest.Recorded> done;
        try {
            done = update(site.get(), last.get(), edited.get());
        } finally {
            build.problemsTo(own);
        }
        if (done.isEmpty()) {
            return Optional.empty();
        }
        cache.save().ifPresent(why -> own.add(Phase.PUBLISH, Problem.warning("", 0, why)));
        return Optional.of(build.reported(done.get(), started));
    }

    /**
     * The post files among {@code changed}, each as the last build's scan found it, less the files in folders of posts
     * that no build reads: one that came and went, or one a scan leaves out by its name (an editor's swap or backup
     * file). Empty when a change is to any other file, or a post file is gone.
     */
    private Optional<List<SourceFile>> editedPosts(Set<Path> changed, List<SourceFile> files) {
        Path source = build.config().source().toAbsolutePath().normalize();
        Set<String> asked = new HashSet<>();
        for (Path path : changed) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(source) || absolute.equals(source)) {
                return Optional.empty();
            }
            asked.add(source.relativize(absolute).toString().replace('\\', '/'));
        }
        List<SourceFile> edited = new ArrayList<>();
        for (SourceFile file : files) {
            if (asked.remove(file.relativePath())) {
                if (file.kind() != SourceFile.Kind.POST
                        || !Files.isRegularFile(file.path(), LinkOption.NOFOLLOW_LINKS)) {
                    return Optional.empty();
                }
                edited.add(file);
            }
        }
        SourceScanner scanner = new SourceScanner(source, build.config().ownFolders(), settings.exclude(),
                settings.include());
        for (String rest : asked) {
            Path path = source.resolve(rest);
            if (!inPostsFolder(rest)
                    || Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !scanner.leavesOut(path)) {
                return Optional.empty();
            }
        }
        return Optional.of(edited);
    }

    /**
     * Whether {@code path} (in the site) lies in a folder of posts or drafts, all of whose files the scan lists: a file
     * there that it did not list is one no build reads. Elsewhere a build also reads what the scan does not list
     * (layouts, includes, rule packs, {@code _config.yml}).
     */
    private static boolean inPostsFolder(String path) {
        String[] names = path.split("/");
        for (int i = 0; i < names.length - 1; i++) {
            if (names[i].equals("_posts") || names[i].equals("_drafts")) {
                return true;
            }
        }
        return false;
    }

    /** The record of the update, once it is committed; empty when the edit reaches further. */
    private Optional<BuildManifest.Recorded> update(BuildCache.LastSite site, BuildManifest.Recorded last,
                                                    List<SourceFile> edited) {
        Optional<BuildInputs.Digested> inputs = BuildInputs.redigest(site.inputs(), edited);
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        event(Phase.READ, "reading " + edited.size() + " changed post" + (edited.size() == 1 ? "" : "s"));
        Optional<List<Post>> read = read(edited, inputs.get());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        event(Phase.CLEAN, "cleaning " + edited.size() + " article" + (edited.size() == 1 ? "" : "s"));
        Optional<CleanedPosts> done = clean(read.get(), site.cleaning());
        if (done.isEmpty()) {
            return Optional.empty();
        }
        List<Post> cleaned = done.get().posts();
        CleaningReport cleaning = done.get().report();
        event(Phase.ASSEMBLE, "assembling the site");
        List<Post> before = new ArrayList<>();
        Optional<SiteModel> model = cache.lastModel().flatMap(m -> {
            cleaned.forEach(post -> m.post(post.path()).ifPresent(before::add));
            return cache.reassemble(cleaned);
        });
        if (model.isEmpty() || before.size() != cleaned.size()) {
            return Optional.empty();
        }
        event(Phase.RENDER, "rendering with theme '" + theme.name() + "'");
        cache.beginUpdate();
        build.forgetSaved(settings);
        List<Publisher.Placed> moved;
        Optional<List<BuildManifest.Noted>> siteProblems;
        try (Publisher publisher = Publisher.updating(build.config().destination())) {
            // a post page is rendered again when it shows an edited post, or when it read more than its key last time
            Set<Post> showing = model.get().showing(cleaned, SiteRenderer.RELATED_POSTS);
            showing.addAll(cleaned);
            int failed = build.render(publisher, settings, theme, outputs, model.get(), site.pages(), site.files(),
                    post -> showing.contains(post) || !cache.remembers(post.outputPath()));
            boolean indexed = true;
            for (int i = 0; i < before.size(); i++) {
                indexed &= SearchIndex.indexedAlike(before.get(i), cleaned.get(i));
            }
            Optional<SearchIndex.Written> search = cache.lastSearch();
            if (!indexed && SiteBuild.wantsSearchIndex(settings, outputs)) {
                PageReuse reuse = new PageReuse(cache, publisher);
                Consumer<Problem> problems = p -> build.problems().add(Phase.RENDER, p);
                List<Post> posts = model.get().posts();
                cache.rememberSearch(search.isPresent()
                        ? SearchIndex.update(search.get(), posts, cleaned, settings, publisher, reuse, problems)
                        : SearchIndex.write(posts, settings, publisher, reuse, problems, true));
            }
            if (cleaning != site.cleaning()) {
                build.publishCleaning(cleaning, publisher);
            }
            siteProblems = failed > 0 ? Optional.empty() : problemsNow(last, edited);
            if (siteProblems.isEmpty()) {
                return Optional.empty();
            }
            event(Phase.PUBLISH, "publishing to " + build.config().destination());
            publisher.commit();
            moved = publisher.placed().orElse(List.of());
        }
        BuildManifest.Recorded recorded = new BuildManifest.Recorded(inputs.get().digest(), last.validUntil(),
                last.counts(), siteProblems.get(), cleaning.elementsByRule(),
                BuildManifest.updated(last.outputs(), moved, cache::outputKey),
                TimeUnit.SECONDS.toNanos(started.getEpochSecond()) + started.getNano(), inputs.get().files());
        cache.rememberBuild(recorded);
        cache.rememberSite(new BuildCache.LastSite(settings, site.files(), inputs.get(), site.pages(), cleaning));
        cache.replaced(before, cleaned);
        return Optional.of(recorded);
    }

    /**
     * The edited posts as read, when each is still built, at the same output path and with the same source link
     * (which other posts' cleaning asks about) as before; the problems reading them found go to the build's.
     */
    private Optional<List<Post>> read(List<SourceFile> edited, BuildInputs.Digested inputs) {
        PostReader reader = SiteBuild.postReader(settings, started);
        cache.beginReading(build.readKey(settings), null, inputs.bytes());
        List<Post> posts = new ArrayList<>();
        for (SourceFile file : edited) {
            Optional<Post> before = cache.lastRead(file.relativePath());
            ReadResult result = cache.read(file, () -> reader.read(file));
            result.problems().forEach(p -> build.problems().add(Phase.READ, p));
            if (before.isEmpty() || !result.isBuilt()
                    || !result.post().outputPath().equals(before.get().outputPath())
                    || !result.post().sourceLink().equals(before.get().sourceLink())) {
                return Optional.empty();
            }
            posts.add(result.post());
        }
        return Optional.of(posts);
    }

    /** The edited posts cleaned, and the cleaning report with their counts: {@code report} when they are as before. */
    private record CleanedPosts(List<Post> posts, CleaningReport report) {
    }

    /**
     * The posts cleaned, when cleaning each had no problem and downloaded no image, with the cleaning report of the
     * site as it now is.
     */
    private Optional<CleanedPosts> clean(List<Post> posts, CleaningReport report) {
        Optional<OwnPages> ownPages = cache.lastOwnPages();
        if (ownPages.isEmpty() || !report.images().isEmpty()) {
            return Optional.empty();
        }
        String separator = settings.excerptSeparator();
        List<Post> cleaned = new ArrayList<>();
        Map<String, Map<String, Integer>> changed = new HashMap<>();
        try (ArticleCleaner cleaner = new ArticleCleaner(build.cleanOptions(settings))) {
            for (Post post : posts) {
                BuildCache.Cleaned done = cache.clean(post, ownPages.get(),
                        (raw, lookups) -> SiteBuild.cleanOne(cleaner, raw, lookups, separator));
                if (!done.result().problems().isEmpty() || !done.result().images().isEmpty()) {
                    return Optional.empty();
                }
                Map<String, Integer> removals = done.result().removals();
                if (!removals.equals(report.removals(post.path()))) {
                    changed.put(post.path(), removals);
                }
                cleaned.add(cache.apply(post, done));
            }
        }
        return Optional.of(new CleanedPosts(cleaned, changed.isEmpty() ? report : report.withRemovals(changed)));
    }

    /**
     * The site's problems after this update: the last build's, with the warnings that reading the edited files gave
     * this time in place of those it gave then. Empty when this update found any other problem the last build did not
     * have, or did not find again one the last build had with an edited file in another phase (a warning rendering its
     * page, say): then only a full build can tell the site's problems.
     */
    private Optional<List<BuildManifest.Noted>> problemsNow(BuildManifest.Recorded last, List<SourceFile> edited) {
        Set<String> paths = edited.stream().map(SourceFile::relativePath).collect(Collectors.toSet());
        Predicate<BuildManifest.Noted> readingEdited = noted -> noted.phase() == Phase.READ
                && noted.problem().severity() == Problem.Severity.WARNING && paths.contains(noted.problem().file());
        Set<BuildManifest.Noted> had = new HashSet<>(last.problems());
        List<BuildManifest.Noted> inOrder = build.problems().noted();
        Set<BuildManifest.Noted> found = new HashSet<>(inOrder);
        if (!found.stream().allMatch(noted -> had.contains(noted) || readingEdited.test(noted))
                || !had.stream().filter(noted -> paths.contains(noted.problem().file()) && !readingEdited.test(noted))
                .allMatch(found::contains)) {
            return Optional.empty();
        }
        List<BuildManifest.Noted> now = new ArrayList<>(last.problems().stream().filter(readingEdited.negate()).toList());
        inOrder.stream().filter(readingEdited).forEach(now::add);
        return Optional.of(now);
    }

    private void event(Phase phase, String message) {
        build.listener().onEvent(BuildEvent.phase(phase, message));
    }
}
