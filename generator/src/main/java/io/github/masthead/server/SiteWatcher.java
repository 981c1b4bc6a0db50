package io.github.masthead.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches folder trees (the site, and a theme kept in a folder) with a {@link WatchService} and reports changed
 * paths in batches: a batch is handed over once no further change has come for the quiet period, so that an
 * editor's save, or a {@code git pull}, makes one rebuild rather than many. Folders created later are watched too.
 * Paths the {@code ignored} test accepts (the output folder, {@code .git}, {@code target}) are not watched.
 * Thread-safe: one daemon thread calls {@code onChange}; {@link #close()} stops it.
 */
public final class SiteWatcher implements AutoCloseable {

    private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Predicate<Path> ignored;
    private final long quietMillis;
    private final Consumer<Set<Path>> onChange;
    private final Consumer<IOException> failures;
    private final Thread thread;

    /**
     * Starts watching.
     *
     * @param roots    the folder trees to watch
     * @param ignored  paths not to watch or report
     * @param quiet    how long no change must come before a batch is reported
     * @param onChange receives each batch of changed paths
     * @param failures receives folders that could not be watched (their changes are then not seen)
     */
    public SiteWatcher(List<Path> roots, Predicate<Path> ignored, Duration quiet, Consumer<Set<Path>> onChange,
                       Consumer<IOException> failures) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.ignored = ignored;
        this.quietMillis = Math.max(1, quiet.toMillis());
        this.onChange = onChange;
        this.failures = failures;
        for (Path root : roots) {
            register(root.toAbsolutePath().normalize());
        }
        this.thread = new Thread(this::loop, "masthead-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many folders are watched. */
    public int folderCount() {
        return folders.size();
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored.test(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, KINDS), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        Set<Path> batch = new HashSet<>();
        try {
            while (true) {
                WatchKey key = batch.isEmpty() ? service.take() : service.poll(quietMillis, TimeUnit.MILLISECONDS);
                if (key == null) {
                    onChange.accept(Set.copyOf(batch));
                    batch.clear();
                    continue;
                }
                collect(key, batch);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                batch.add(dir);
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (ignored.test(changed)) {
                continue;
            }
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    register(changed);
                } catch (IOException e) {
                    failures.accept(e);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Stops watching. */
    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
