package io.github.masthead.build;

import io.github.masthead.clean.CleanResult;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.render.SiteRenderer;
import io.github.masthead.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What one build read, cleaned and rendered, kept in memory so that the next build of the same site in this
 * process redoes only what a change touches; the preview server keeps one across its rebuilds. A post file is
 * read again when its bytes change (by SHA-256, not by time stamp, so that two saves within one clock tick are
 * told apart); a post is cleaned again when anything it is cleaned from changes; a post page is rendered again
 * when the post, its neighbours or the templates change, and always when its rendering read other posts (see
 * {@link io.github.masthead.content.SiteWideReads}). Lists, feeds and sitemaps are always rendered again, and the
 * publisher rewrites only files whose bytes changed. Everything is forgotten when the site's settings change, the
 * cleaning when a site rule pack or the set of mirrored source links changes. Thread-safe; one build at a time.
 */
public final class BuildCache implements SiteRenderer.Memo {

    private static final BuildCache DISABLED = new BuildCache(false);

    private final boolean enabled;
    private final Map<String, ReadEntry> reads = new ConcurrentHashMap<>();
    private final Map<String, CleanEntry> cleans = new ConcurrentHashMap<>();
    private final Map<String, RenderEntry> renders = new ConcurrentHashMap<>();
    private volatile Settings settings;
    private volatile Object cleanKey;
    private volatile Object renderKey;
    private final AtomicInteger readHits = new AtomicInteger();
    private final AtomicInteger cleanHits = new AtomicInteger();
    private final AtomicInteger renderHits = new AtomicInteger();

    private BuildCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** An empty cache, to hand to each build of one site. */
    public static BuildCache inMemory() {
        return new BuildCache(true);
    }

    /** A cache that keeps nothing: every build does everything. */
    public static BuildCache none() {
        return DISABLED;
    }

    /** How many posts the last build took from the cache instead of reading, cleaning and rendering them. */
    public Hits lastHits() {
        return new Hits(readHits.get(), cleanHits.get(), renderHits.get());
    }

    /** Starts a build: forgets everything if the site's settings changed. */
    void begin(Settings current) {
        readHits.set(0);
        cleanHits.set(0);
        renderHits.set(0);
        if (enabled && !Objects.equals(settings, current)) {
            reads.clear();
            cleans.clear();
            renders.clear();
            settings = current;
        }
    }

    /** Starts the cleaning: forgets every cleaned post if {@code key} (rule packs, source links) changed. */
    void beginCleaning(Object key) {
        if (enabled && !Objects.equals(cleanKey, key)) {
            cleans.clear();
            cleanKey = key;
        }
    }

    /** Starts the rendering: forgets every rendered page if {@code key} (the templates) changed. */
    void beginRendering(Object key) {
        if (enabled && !Objects.equals(renderKey, key)) {
            renders.clear();
            renderKey = key;
        }
    }

    @Override
    public Optional<String> get(String outputPath, Object key) {
        RenderEntry entry = enabled ? renders.get(outputPath) : null;
        if (entry != null && entry.key().equals(key)) {
            renderHits.incrementAndGet();
            return Optional.of(entry.html());
        }
        return Optional.empty();
    }

    @Override
    public void put(String outputPath, Object key, String html) {
        if (enabled) {
            renders.put(outputPath, new RenderEntry(key, html));
        }
    }

    /** The result of reading {@code file}: the last one if its bytes are unchanged, else {@code reader}'s. */
    ReadResult read(SourceFile file, Supplier<ReadResult> reader) {
        if (!enabled) {
            return reader.get();
        }
        String digest = digest(file.path());
        ReadEntry entry = reads.get(file.relativePath());
        if (digest != null && entry != null && entry.file().equals(file) && entry.digest().equals(digest)) {
            readHits.incrementAndGet();
            return entry.result();
        }
        ReadResult result = reader.get();
        if (digest != null && result.skipped() == null) {
            reads.put(file.relativePath(), new ReadEntry(file, digest, result));
        } else {
            reads.remove(file.relativePath()); // a skipped post (future, say) may be built by a later build
        }
        return result;
    }

    /** The cleaning of {@code post}: the last one if the post is unchanged, else {@code cleaner}'s. */
    Cleaned clean(Post post, Supplier<Cleaned> cleaner) {
        if (!enabled) {
            return cleaner.get();
        }
        CleanEntry entry = cleans.get(post.path());
        if (entry != null && entry.input().equals(post)) {
            cleanHits.incrementAndGet();
            return entry.cleaned();
        }
        Cleaned cleaned = cleaner.get();
        cleans.put(post.path(), new CleanEntry(post, cleaned));
        return cleaned;
    }

    /** Digests of the files at {@code paths} (site rule packs), for a cleaning key. */
    static List<String> digests(List<Path> paths) {
        return paths.stream().map(p -> p + "=" + digest(p)).toList();
    }

    /** Digests of every file under the folders {@code roots} (templates), those that exist, for a rendering key. */
    static List<String> treeDigests(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    files.add(root); // unreadable: its digest is null, so nothing rendered from it is reused
                }
            }
        }
        return digests(files);
    }

    private static String digest(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (IOException e) {
            return null; // unreadable now: read it again, and let the reader report why
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Posts a build took from the cache.
     *
     * @param read    post files not read again
     * @param cleaned posts not cleaned again
     * @param rendered post pages not rendered again
     */
    public record Hits(int read, int cleaned, int rendered) {
    }

    /** A post as cleaning left it, with what cleaning did. */
    record Cleaned(Post post, CleanResult result) {
    }

    private record ReadEntry(SourceFile file, String digest, ReadResult result) {
    }

    private record CleanEntry(Post input, Cleaned cleaned) {
    }

    private record RenderEntry(Object key, String html) {
    }
}
