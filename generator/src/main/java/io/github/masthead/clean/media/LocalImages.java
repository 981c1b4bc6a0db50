package io.github.masthead.clean.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Downloads article images for {@code image_proxy.mode: local}: each URL once per build (and, thanks to the
 * {@link ImageCache}, once ever), at most {@code concurrency} at a time. A failed download is reported and the
 * image keeps its original URL. Thread-safe; close it to stop its threads.
 */
public final class LocalImages implements AutoCloseable {

    /** What became of one URL: the image, or why there is none. */
    public record Outcome(Optional<LocalImage> image, String problem) {
    }

    private final ImageOptions options;
    private final ImageCache cache;
    private final ImageFetcher fetcher;
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Outcome>> outcomes = new ConcurrentHashMap<>();

    public LocalImages(ImageOptions options) {
        this.options = options;
        try {
            this.cache = new ImageCache(options.cache());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image cache " + options.cache(), e);
        }
        this.fetcher = new ImageFetcher(options);
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
            Thread t = new Thread(r, "masthead-image-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Downloads (or finds in the cache) every URL of {@code urls}, in parallel, and waits for all of them. */
    public Map<String, Outcome> fetchAll(Collection<String> urls) {
        Map<String, CompletableFuture<Outcome>> pending = new LinkedHashMap<>();
        for (String url : urls) {
            pending.put(url, outcomes.computeIfAbsent(url, u -> CompletableFuture.supplyAsync(() -> fetch(u), pool)));
        }
        Map<String, Outcome> done = new LinkedHashMap<>();
        pending.forEach((url, future) -> done.put(url, future.join()));
        return done;
    }

    private Outcome fetch(String url) {
        try {
            Optional<Path> cached = cache.find(url);
            Path file = cached.isPresent() ? cached.get() : store(url);
            String path = options.outputPath() + "/" + ImageCache.siteName(file);
            return new Outcome(Optional.of(new LocalImage(url, path, file)), "");
        } catch (ImageFetcher.FetchException e) {
            return new Outcome(Optional.empty(), e.getMessage());
        } catch (IOException e) {
            return new Outcome(Optional.empty(), "cannot store it in the cache: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Optional.empty(), "interrupted");
        }
    }

    private Path store(String url) throws ImageFetcher.FetchException, InterruptedException, IOException {
        ImageFetcher.Fetched fetched = fetcher.fetch(url);
        return cache.store(url, fetched.bytes(), fetched.type());
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
