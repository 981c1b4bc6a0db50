package io.github.masthead.server;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.build.BuildCache;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How the preview server brings the output up to date after files change. This is the seam for incremental
 * rebuilds: an implementation may rebuild only what {@code changed} touches, as long as it leaves a complete
 * site in the output folder through the core's publisher. Called from one thread at a time.
 */
@FunctionalInterface
public interface Rebuilder {

    /**
     * Rebuilds the site.
     *
     * @param changed  the files and folders that changed since the previous build; empty for the first build
     * @param listener where the build's progress goes
     * @throws io.github.masthead.SiteException when the whole build fails (the previous output then stays)
     */
    BuildReport rebuild(Set<Path> changed, BuildListener listener);

    /**
     * Called once when the preview server stops, after its last rebuild ended: leaves what the next build in another
     * process can start from. Does nothing unless the implementation keeps something.
     *
     * @throws IOException when it cannot be written
     */
    default void stopped() throws IOException {
    }

    /**
     * Goes through what a rebuild after an edit runs, writing and keeping nothing, until {@code stop} says so or it is
     * done; the preview server calls it on its rebuilds' thread once it serves, so that the JVM has compiled that code
     * when the first edit comes. Does nothing unless the implementation keeps builds.
     */
    default void rehearse(BooleanSupplier stop) {
    }

    /** A full build of the whole site each time, whatever changed. */
    static Rebuilder full(SiteConfig config) {
        return (changed, listener) -> Site.build(config, listener);
    }

    /**
     * A build that redoes only what a change touches, keeping the rest in memory between builds (see
     * {@link BuildCache}); after an edit to the text of posts alone, it reads and renders only what shows them. It
     * still leaves a complete site in the output folder, and when the server stops, the record of its last build in
     * the site's cache folder.
     */
    static Rebuilder incremental(SiteConfig config) {
        BuildCache cache = BuildCache.inMemory();
        return new Rebuilder() {
            @Override
            public BuildReport rebuild(Set<Path> changed, BuildListener listener) {
                return Site.build(config, listener, cache, changed);
            }

            @Override
            public void rehearse(BooleanSupplier stop) {
                Site.rehearse(config, cache, stop);
            }

            /** Writes the record of the last build, with its updates, to the site's cache folder. */
            @Override
            public void stopped() throws IOException {
                Site.saveRecord(config, cache);
            }
        };
    }
}
