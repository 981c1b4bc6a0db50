package io.github.masthead.clean.media;

import io.github.masthead.publish.CacheFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder that keeps downloaded images between builds, so each image is downloaded once. A file is named
 * {@code <hash of its URL>.<hash of its content>.<ext>}; the content hash becomes the image's name in the site.
 * This cache, like Jekyll's {@code .jekyll-cache}, is not part of the site and lives beside the sources; with the
 * cleaned posts it is all the core writes outside the {@code Publisher}, through {@link CacheFiles}. Thread-safe.
 */
final class ImageCache {

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/gif", "gif", "image/webp", "webp", "image/avif", "avif", "image/svg+xml", "svg");

    private final Path folder;
    private final Map<String, Path> byUrl = new ConcurrentHashMap<>();

    ImageCache(Path folder) throws IOException {
        this.folder = folder;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).forEach(f -> {
                    String[] parts = f.getFileName().toString().split("\\.");
                    if (parts.length == 3 && !parts[0].isEmpty()) {
                        byUrl.put(parts[0], f);
                    }
                });
            }
        }
    }

    /** The cached file of {@code url}, if it was downloaded before. */
    Optional<Path> find(String url) {
        Path file = byUrl.get(hash(url));
        return file != null && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Stores a downloaded image and returns its file. */
    Path store(String url, byte[] bytes, String type) throws IOException {
        String name = hash(url) + "." + hash(bytes).substring(0, 20) + "." + EXTENSIONS.getOrDefault(type, "img");
        Path target = folder.resolve(name);
        CacheFiles.replace(target, out -> out.write(bytes));
        byUrl.put(hash(url), target);
        return target;
    }

    /** The name a cached file gets in the site: its content hash and extension. */
    static String siteName(Path cached) {
        String[] parts = cached.getFileName().toString().split("\\.");
        return parts[1] + "." + parts[2];
    }

    private static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
