package io.github.masthead.server;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import io.github.masthead.publish.Publisher;
import io.github.masthead.theme.Theme;
import io.github.masthead.theme.ThemeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code serve}: builds the site, serves the output folder with live reload, watches the site (posts, pages,
 * {@code _config.yml}, static files, {@code _layouts/}, {@code _includes/}, and the theme when it is a folder)
 * and rebuilds on change. Rebuilds run one at a time on their own thread, each change batch after a quiet period;
 * while one runs, the last complete build is served. A broken post shows its error in the browser, the rest of
 * the site keeps working. Thread-safe; {@link #close()} stops watching and frees the port.
 */
public final class DevServer implements AutoCloseable {

    /** How long {@link #close()} waits for a rebuild under way. */
    static final long STOP_WAIT_SECONDS = 5;

    private final SiteConfig config;
    private final Rebuilder rebuilder;
    private final BuildListener listener;
    private final BuildStatus status = new BuildStatus();
    private final SwapGuard guard = new SwapGuard();
    private final LiveReload reload = new LiveReload(() -> status.current().generation());
    private final Set<Path> pending = new HashSet<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "masthead-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final BuildReport firstBuild;
    private final PreviewServer server;
    private final SiteWatcher watcher;

    private DevServer(SiteConfig config, ServeOptions options, Rebuilder rebuilder, BuildListener listener)
            throws IOException {
        this.config = config;
        this.rebuilder = rebuilder;
        this.listener = listener;
        this.firstBuild = build(Set.of());
        PreviewServer started = new PreviewServer(config.destination(), options.host(), options.port(),
                Site.baseurl(config), new PreviewServer.Live(reload, status, guard));
        try {
            this.watcher = new SiteWatcher(watchRoots(), this::ignored, options.quiet(), this::changed,
                    e -> listener.onEvent(BuildEvent.problem(BuildEvent.Phase.READ,
                            Problem.warning("", 0, "cannot watch a new folder, its changes will not be seen: " + e))));
        } catch (IOException | RuntimeException e) {
            started.close();
            throw e;
        }
        this.server = started;
        rehearse();
    }

    /**
     * Has the rebuilder go through an edit's code on the rebuilds' thread, until a change is waiting or the server
     * closes, so that the first edit after the start finds it compiled.
     */
    private void rehearse() {
        try {
            rebuilds.execute(() -> {
                try {
                    rebuilder.rehearse(() -> scheduled.get() || closed.get());
                } catch (RuntimeException e) {
                    // it only prepares the JVM; an edit that fails in the same way reports it
                }
            });
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /**
     * Builds the site in full, then serves and watches it.
     *
     * @throws SiteException when the first build fails as a whole (a bad {@code _config.yml}, say)
     * @throws IOException   when the address cannot be bound (the port is taken, say)
     */
    public static DevServer start(SiteConfig config, ServeOptions options, BuildListener listener) throws IOException {
        return start(config, options, Rebuilder.incremental(config), listener);
    }

    /** As {@link #start(SiteConfig, ServeOptions, BuildListener)}, with a rebuild strategy of one's own. */
    public static DevServer start(SiteConfig config, ServeOptions options, Rebuilder rebuilder, BuildListener listener)
            throws IOException {
        return new DevServer(config, options, rebuilder, listener);
    }

    /** The report of the build made at start. */
    public BuildReport firstBuild() {
        return firstBuild;
    }

    /** The address of the site's home, ending in {@code /}. */
    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** The state of the latest build. */
    public BuildStatus.Snapshot status() {
        return status.current();
    }

    /**
     * Builds and records the outcome while the guard still holds requests back, so that no request sees the new
     * output with the previous build's state (a missing page without the error that explains it).
     */
    private BuildReport build(Set<Path> changed) {
        try {
            BuildReport report = rebuilder.rebuild(changed, guard.around(listener));
            status.update(report);
            return report;
        } finally {
            guard.buildDone();
        }
    }

    private void changed(Set<Path> paths) {
        synchronized (pending) {
            pending.addAll(paths);
        }
        if (!closed.get() && scheduled.compareAndSet(false, true)) {
            try {
                rebuilds.execute(this::rebuild);
            } catch (RejectedExecutionException e) {
                // closed meanwhile: no rebuild starts after close
            }
        }
    }

    private void rebuild() {
        scheduled.set(false);
        if (closed.get()) {
            return;
        }
        Set<Path> changed;
        synchronized (pending) {
            changed = Set.copyOf(pending);
            pending.clear();
        }
        if (changed.isEmpty()) {
            return;
        }
        listener.onEvent(BuildEvent.phase(BuildEvent.Phase.CONFIG, "rebuilding: " + describe(changed)));
        try {
            build(changed);
            server.baseurl(Site.baseurl(config));
        } catch (SiteException e) {
            status.failed(e.problem());
            listener.onEvent(BuildEvent.problem(BuildEvent.Phase.CONFIG, e.problem()));
        } catch (RuntimeException e) {
            Problem problem = Problem.error("", 0, "the rebuild failed unexpectedly: " + e);
            status.failed(problem);
            listener.onEvent(BuildEvent.problem(BuildEvent.Phase.CONFIG, problem));
        }
        reload.reload(status.current().generation());
    }

    private String describe(Set<Path> changed) {
        List<String> names = changed.stream().sorted().limit(3)
                .map(p -> p.startsWith(config.source()) ? config.source().relativize(p).toString() : p.toString())
                .toList();
        return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    /** The site folder, and the theme's folder when the theme is a folder outside the site. */
    private List<Path> watchRoots() {
        List<Path> roots = new ArrayList<>(List.of(config.source()));
        Settings settings = new ConfigLoader().load(config.source(), config.overrides());
        Theme theme;
        try {
            theme = new ThemeResolver(DevServer.class.getClassLoader()).resolve(settings.theme(), config.source());
        } catch (SiteException e) {
            return roots; // the build warns about the theme and uses the default one, packed in a jar
        }
        Path root = theme.root();
        if (root.getFileSystem().equals(FileSystems.getDefault()) && !root.startsWith(config.source())) {
            roots.add(root.toAbsolutePath().normalize());
        }
        return roots;
    }

    /**
     * The output and cache folders, what the publisher keeps beside the output folder (its staging folders, lock and
     * journal), and folders no site is built from.
     */
    boolean ignored(Path path) {
        Path dest = config.destination();
        if (config.ownFolders().stream().anyMatch(path::startsWith)) {
            return true;
        }
        Path rel = path.startsWith(config.source()) ? config.source().relativize(path) : path.getFileName();
        for (Path segment : rel) {
            String name = segment.toString();
            if (Publisher.keepsBeside(dest, name) || name.equals(".git") || name.equals("target")
                    || name.equals("node_modules") || name.equals(".masthead-cache") || name.equals(".idea")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Serves until the JVM shuts down (Ctrl-C), then closes this server from the shutdown hook, so that the record of
     * the last build is written before the JVM exits.
     */
    public void serveUntilShutdown() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                stopped.countDown();
            }
        }, "masthead-serve-stop"));
        stopped.await();
    }

    /**
     * Stops watching and serving; the port is free when this returns. A rebuild under way may end, for up to
     * {@link #STOP_WAIT_SECONDS}, and the rebuilder then leaves the record of the last build in the cache folder
     * ({@link Rebuilder#stopped()}); one that takes longer is interrupted, and nothing is recorded. Closing again
     * does nothing.
     */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            watcher.close();
        } finally {
            try {
                finishRebuilds();
            } finally {
                server.close();
            }
        }
    }

    private void finishRebuilds() {
        rebuilds.shutdown(); // a rebuild not yet started returns at once
        try {
            if (!rebuilds.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                rebuilds.shutdownNow();
                return;
            }
            rebuilder.stopped();
        } catch (InterruptedException e) {
            rebuilds.shutdownNow();
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            listener.onEvent(BuildEvent.problem(BuildEvent.Phase.PUBLISH, Problem.warning("", 0, "cannot record the"
                    + " last build in the cache folder (" + e + "); the next build renders the pages again")));
        }
    }
}
