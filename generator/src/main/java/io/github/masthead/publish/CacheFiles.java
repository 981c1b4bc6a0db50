package io.github.masthead.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes the files a build keeps outside the site, in its cache folder (cleaned posts, downloaded images): each is
 * written to a temporary file beside it and moved into place, so a reader, or a killed build, finds the old file
 * or the new one and never half of one; or appended to, for a file whose reader can tell a cut record. The site
 * itself is written only through {@link Publisher}. Stateless.
 */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Adds what {@code content} writes at the end of {@code target}, which must exist. A build killed meanwhile may
     * leave part of it, so what is appended must let a reader tell a whole record from a cut one.
     */
    public static void append(Path target, Content content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
            content.writeTo(out);
        }
    }

    /**
     * Moves {@code from} to {@code to}, replacing a file (not a folder with files) there: in one step where the
     * file system can, so that a reader finds the one or the other.
     */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A scratch file in {@code folder} to write and read back during one build, gone when the channel is closed and,
     * where the file system allows (not on Windows), already unnamed, so that even a killed build leaves nothing.
     */
    public static FileChannel scratch(Path folder, String prefix) throws IOException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, prefix, ".tmp");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        try {
            Files.delete(file);
        } catch (IOException e) {
            // an open file cannot be removed here: it goes when the channel is closed
        }
        return channel;
    }

    /**
     * Replaces {@code target} with what {@code content} writes, creating its folder if needed. It is written to a hidden
     * temporary file whose name starts with the target's (with one dot in front, unless the target's starts with one).
     */
    public static void replace(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String name = target.getFileName().toString();
        Path temp = Files.createTempFile(folder, name.startsWith(".") ? name : "." + name, ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
