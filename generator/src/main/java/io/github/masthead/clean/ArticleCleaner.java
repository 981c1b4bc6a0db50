package io.github.masthead.clean;

import io.github.masthead.clean.media.ImageMode;
import io.github.masthead.clean.media.LinkResolver;
import io.github.masthead.clean.media.LocalImage;
import io.github.masthead.clean.media.LocalImages;
import io.github.masthead.clean.media.MediaStage;
import io.github.masthead.clean.media.Urls;
import io.github.masthead.clean.rules.Rule;
import io.github.masthead.clean.rules.RuleContext;
import io.github.masthead.clean.rules.RuleKinds;
import io.github.masthead.clean.rules.RulePack;
import io.github.masthead.clean.rules.Stage;
import io.github.masthead.frontmatter.LeadBlock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns third-party article HTML into a clean, safe fragment. The body is parsed with jsoup (so broken markup
 * stays inside the article), then:
 * <ol>
 *   <li>relative URLs are made absolute against the original article;</li>
 *   <li>the rules of every pack that applies to the post run, stage by stage ({@link Stage}): comments and
 *       scripts, ads, promotions, footers, tracking attributes and parameters, link rewrites, lazy images,
 *       image proxies, duplicated headlines;</li>
 *   <li>links to articles this site also has are pointed at its pages, and images are put in the configured
 *       form ({@code image_proxy.mode});</li>
 *   <li>a {@link Sanitizer} removes anything unsafe;</li>
 *   <li>the final rules drop empty blocks, stray line breaks and invisible characters.</li>
 * </ol>
 * Cleaning twice gives the same result as cleaning once. Every removal is counted by rule, and
 * {@link #explain} shows each one. Built once per build from {@link CleanOptions}; immutable and thread-safe,
 * except that {@link #close()} ends the image downloads of mode {@code local}.
 */
public final class ArticleCleaner implements AutoCloseable {

    private final CleanOptions options;
    private final List<RulePack> packs;
    private final MediaStage media;
    private final LocalImages local;
    private final Sanitizer sanitizer = new Sanitizer();

    /** A cleaner with the defaults: every built-in pack, images from their origin. */
    public ArticleCleaner() {
        this(CleanOptions.defaults());
    }

    public ArticleCleaner(CleanOptions options) {
        this.options = options;
        boolean keep = options.images().mode() == ImageMode.KEEP;
        List<RulePack> active = new ArrayList<>();
        for (RulePack pack : options.packs()) {
            if (!options.disabled().contains(pack.name())) {
                List<Rule> rules = pack.rules().stream().filter(r -> !options.disabled().contains(r.name()))
                        .filter(r -> !(keep && RuleKinds.isProxyUnwrapper(r))).toList();
                active.add(new RulePack(pack.name(), pack.description(), pack.hosts(), pack.categories(),
                        pack.articleId(), rules, pack.origin()));
            }
        }
        this.packs = List.copyOf(active);
        this.local = options.images().mode() == ImageMode.LOCAL ? new LocalImages(options.images()) : null;
        this.media = new MediaStage(options.images(), options.iframeHosts(), local, options.baseurl());
    }

    /** Cleans one article body. */
    public CleanResult clean(String html, ArticleContext context) {
        return run(html, context, new Ledger(false)).result;
    }

    /**
     * Cleans one article body and finishes it for its page: its excerpt, lead image and conforming body
     * ({@link Summaries}), read from the cleaned tree itself rather than from a parse of its HTML.
     */
    public Finished finish(String html, ArticleContext context) {
        Run run = run(html, context, new Ledger(false));
        return new Finished(run.result, Summaries.finish(run.clean, run.result.html()));
    }

    /**
     * A cleaned article, finished for its page.
     *
     * @param result    what cleaning made and did
     * @param summaries its excerpt, lead image and the body as it goes on its page
     */
    public record Finished(CleanResult result, Summaries.Finished summaries) {
    }

    /** Cleans one article body and reports every action: what each rule removed or changed. */
    public Explanation explain(String html, ArticleContext context) {
        Ledger ledger = new Ledger(true);
        Run run = run(html, context, ledger);
        return new Explanation(context.file(), run.packs, ledger.entries(), ledger.counts(), html == null ? "" : html,
                run.result.html());
    }

    /** The names of the packs that apply to an article (by its source link and categories), in order. */
    public List<String> packsFor(ArticleContext context) {
        return applicable(context).stream().map(RulePack::name).toList();
    }

    /**
     * The lookup of this site's copies of articles, for {@link ArticleContext#ownPageFor()}.
     *
     * @param links each post's source link, mapped to the path of its page without the base URL
     */
    public OwnPages ownPages(Map<String, String> links) {
        Map<String, String> withBase = new java.util.HashMap<>();
        links.forEach((link, page) -> withBase.put(link, options.baseurl() + page));
        return new OwnPages(withBase, options.packs());
    }

    /** The options the cleaner was built from. */
    public CleanOptions options() {
        return options;
    }

    private List<RulePack> applicable(ArticleContext context) {
        return packs.stream().filter(p -> p.matches(context.sourceLink(), context.categories())).toList();
    }

    /**
     * The context with a source link, when the post has none but its body still starts with a headline block
     * that names the original article: the link chooses the source's pack and resolves relative URLs.
     */
    private static ArticleContext withLeadLink(String html, ArticleContext context) {
        if (!context.sourceLink().isEmpty()) {
            return context;
        }
        return LeadBlock.read(html).link().filter(Urls::isHttp).map(link -> new ArticleContext(context.file(),
                context.title(), link, context.categories(), context.ownPageFor(), context.isSitePath()))
                .orElse(context);
    }

    private Run run(String html, ArticleContext given, Ledger ledger) {
        String raw = html == null ? "" : html;
        ArticleContext context = withLeadLink(raw, given);
        List<RulePack> applicable = applicable(context);
        Map<Stage, List<Rule>> stages = byStage(applicable);
        for (List<Rule> rules : stages.values()) {
            for (Rule rule : rules) {
                raw = rule.beforeParse(raw);
            }
        }
        String base = Urls.isHttp(context.sourceLink()) ? context.sourceLink() : "";
        Document doc = Jsoup.parseBodyFragment(Texts.parseable(raw), base);
        Element body = doc.body();
        RuleContext rules = new RuleContext(context, ledger);
        LinkResolver.resolve(body, base, sitePath(context));
        applyStage(stages, Stage.EARLY, body, rules);
        applyStage(stages, Stage.MAIN, body, rules);
        applyStage(stages, Stage.TIDY, body, rules);
        // URLs the rules brought in (a lazy image's data-src made its src) are resolved as the others were
        LinkResolver.resolve(body, base, sitePath(context));
        List<LocalImage> images = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        media.apply(body, rules, images, problems);
        Document clean = sanitizer.sanitize(doc, ledger);
        applyStage(stages, Stage.FINAL, clean.body(), rules);
        CleanResult result = new CleanResult(clean.body().html(), ledger.counts(), rules.sourceLink(),
                MediaStage.distinct(images), problems);
        return new Run(result, applicable.stream().map(RulePack::name).toList(), clean);
    }

    private Predicate<String> sitePath(ArticleContext context) {
        return path -> context.isSitePath().test(path) || media.isLocalImagePath(path);
    }

    private static Map<Stage, List<Rule>> byStage(List<RulePack> packs) {
        Map<Stage, List<Rule>> stages = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            stages.put(s, new ArrayList<>());
        }
        for (RulePack pack : packs) {
            for (Rule rule : pack.rules()) {
                stages.get(rule.stage()).add(rule);
            }
        }
        return stages;
    }

    private static void applyStage(Map<Stage, List<Rule>> stages, Stage stage, Element body, RuleContext context) {
        for (Rule rule : stages.get(stage)) {
            rule.apply(body, context);
        }
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
    }

    private record Run(CleanResult result, List<String> packs, Document clean) {
    }
}
