package io.github.masthead.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan of a commit that updates the output folder in place: the files to delete from it and the files to move
 * into it from the staging folder. The plan is written whole (to a temporary file, then moved) before the output
 * folder is touched, and carrying it out can be repeated, so a build killed while it moves its files in is finished
 * by the next one, which finds the plan beside the output folder ({@link #finishLeftOver}).
 *
 * @param staging   the staging folder's name, beside the output folder
 * @param deletions paths in the output folder to delete, each folder after what it holds and marked by a final
 *                  {@code /}
 * @param moves     paths in the staging folder to move to the same path in the output folder
 */
record Journal(String staging, List<String> deletions, List<String> moves) {

    private static final String MAGIC = "masthead-journal/1";

    /** Writes this plan to {@code file}, whole or not at all. */
    void write(Path file) throws IOException {
        CacheFiles.replace(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
            out.writeUTF(MAGIC);
            out.writeUTF(staging);
            writeAll(out, deletions);
            writeAll(out, moves);
            out.flush();
        });
    }

    private static void writeAll(DataOutputStream out, List<String> paths) throws IOException {
        out.writeInt(paths.size());
        for (String path : paths) {
            out.writeUTF(path);
        }
    }

    /** The plan in {@code file}, or empty when there is none or it is not one. */
    static Optional<Journal> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                return Optional.empty();
            }
            String staging = in.readUTF();
            return Optional.of(new Journal(staging, readAll(in), readAll(in)));
        } catch (java.io.EOFException | java.io.UTFDataFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> readAll(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(in.readUTF());
        }
        return paths;
    }

    /**
     * Carries out this plan on {@code destination}: deletes, then moves each staged file that is still in the staging
     * folder, making its folders as real folders (a link or a file in the way is replaced, so nothing is written
     * through a link to outside the output folder). Then removes the staging folder.
     */
    void apply(Path destination) throws IOException {
        Path stagingFolder = destination.resolveSibling(staging);
        for (String path : deletions) {
            boolean folder = path.endsWith("/");
            Path target = inside(destination, folder ? path.substring(0, path.length() - 1) : path);
            if (!Files.isDirectory(target.getParent(), LinkOption.NOFOLLOW_LINKS)
                    || folder != Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                continue; // gone already, and an earlier, interrupted run of this plan moved a file in where this
                          // folder or its own folder was, or a folder where this file was
            }
            try {
                Files.deleteIfExists(target);
            } catch (DirectoryNotEmptyException e) {
                // it holds a file that an earlier, interrupted run of this plan moved in: the folder stays
            }
        }
        Set<Path> folders = new HashSet<>();
        for (String path : moves) {
            Path from = inside(stagingFolder, path);
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                Path to = inside(destination, path);
                realFolder(destination, to.getParent(), folders);
                CacheFiles.move(from, to);
            }
        }
        if (Files.isDirectory(stagingFolder, LinkOption.NOFOLLOW_LINKS)) {
            Publisher.deleteTree(stagingFolder);
        }
    }

    /** Finishes the plan a killed build left in {@code file}, then removes it. */
    static void finishLeftOver(Path file, Path destination) throws IOException {
        Optional<Journal> journal = read(file);
        if (journal.isPresent()) {
            journal.get().apply(destination);
        }
        Files.deleteIfExists(file);
    }

    /** Makes {@code folder} and its parents below {@code root} real folders, once each. */
    private static void realFolder(Path root, Path folder, Set<Path> made) throws IOException {
        if (folder.equals(root) || made.contains(folder)) {
            return;
        }
        realFolder(root, folder.getParent(), made);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(folder); // a file or a link where the folder goes
            Files.createDirectory(folder);
        }
        made.add(folder);
    }

    /** {@code path} under {@code root}, refused if it would leave it. */
    private static Path inside(Path root, String path) throws IOException {
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IOException("the journal names a path outside " + root + ": " + path);
        }
        return resolved;
    }
}
