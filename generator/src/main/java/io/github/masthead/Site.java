package io.github.masthead;

import io.github.masthead.build.BuildCache;

import io.github.masthead.build.SiteBuild;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Masthead's entry point. Front ends build a {@link SiteConfig}, call {@link #build}, forward the
 * {@link BuildEvent}s to their own output and map the {@link BuildReport} back to an exit status.
 *
 * <pre>{@code
 * BuildReport report = Site.build(SiteConfig.builder(Path.of("content")).build(), BuildListener.NONE);
 * }</pre>
 */
public final class Site {

    private Site() {
    }

    /**
     * Builds the site.
     *
     * @throws SiteException when the configuration, the theme or the output folder stops the whole build;
     *                       problems with single files are in the report instead
     */
    public static BuildReport build(SiteConfig config, BuildListener listener) {
        return new SiteBuild(config, listener).run();
    }

    /**
     * Builds the site, redoing only what changed since the last build that used {@code cache} (see
     * {@link BuildCache}); the preview server rebuilds this way.
     *
     * @throws SiteException as {@link #build(SiteConfig, BuildListener)}
     */
    public static BuildReport build(SiteConfig config, BuildListener listener, BuildCache cache) {
        return new SiteBuild(config, listener, cache).run();
    }

    /**
     * As {@link #build(SiteConfig, BuildListener, BuildCache)}, told which files changed since that build: when only
     * the text of some posts did, the build updates the last one's output folder without reading the rest of the site.
     *
     * @param changed the files that changed, as a watch of the site folder saw them; empty when not known
     */
    public static BuildReport build(SiteConfig config, BuildListener listener, BuildCache cache, Set<Path> changed) {
        return new SiteBuild(config, listener, cache, changed).run();
    }

    /**
     * Writes the record of the last build that {@code cache} holds, with what its updates after edits changed, to the
     * site's cache folder, so that the next build in another process takes the pages it left unrendered; the preview
     * server does so when it stops. Nothing is written when the cache holds no record or the site has no disk cache.
     *
     * @throws java.io.IOException when the record cannot be written
     */
    public static void saveRecord(SiteConfig config, BuildCache cache) throws java.io.IOException {
        new SiteBuild(config, BuildListener.NONE, cache).saveRecord();
    }

    /**
     * Goes through what a rebuild after an edit runs, writing and keeping nothing, for the last build {@code cache}
     * holds, until {@code stop} says so (see {@link SiteBuild#rehearse}); the preview server does so after it starts.
     *
     * @return how many posts it went through
     */
    public static int rehearse(SiteConfig config, BuildCache cache, BooleanSupplier stop) {
        return new SiteBuild(config, BuildListener.NONE, cache).rehearse(stop);
    }

    /** The base URL the site is served under, after {@code _config.yml} and overrides, e.g. {@code /news} or empty. */
    public static String baseurl(SiteConfig config) {
        return new io.github.masthead.config.ConfigLoader().load(config.source(), config.overrides()).baseurl();
    }
}
