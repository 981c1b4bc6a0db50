package io.github.masthead.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Reads folders of build output for assertions. */
public final class Trees {

    private Trees() {
    }

    /** Every regular file below {@code root}, as {@code /}-separated relative paths, sorted. */
    public static TreeSet<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            TreeSet<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's bytes, by relative path. */
    public static Map<String, byte[]> contents(Path root) {
        Map<String, byte[]> contents = new TreeMap<>();
        for (String file : files(root)) {
            try {
                contents.put(file, Files.readAllBytes(root.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contents;
    }

    /** Copies a folder recursively, each file with {@code options} ({@code COPY_ATTRIBUTES} keeps its time). */
    public static void copy(Path from, Path to, CopyOption... options) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, options);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it. */
    public static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
