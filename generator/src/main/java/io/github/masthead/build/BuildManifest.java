package io.github.masthead.build;

import io.github.masthead.BuildEvent.Phase;
import io.github.masthead.Problem;
import io.github.masthead.publish.CacheFiles;
import io.github.masthead.publish.Publisher;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the last build in a cache folder read and wrote, so that a build with nothing to do can say so and stop
 * (as Make or Gradle do when a task is up to date). It holds the digest of every input ({@link BuildInputs}), the
 * time until which that build's choices hold (a post dated in the future becomes due), the report it gave, and the
 * size and time of every file it left in the output folder. A build may stand in for a new one only when all four
 * still hold: the same inputs, before that time, and an output folder nobody has touched since. When they do not,
 * the next build still takes each page whose digest is unchanged from the previous output unrendered
 * ({@link #renderedFrom}). The file is removed
 * before a build writes anything and written again after it has swapped its site in, so that it never describes a
 * site that is not there. Stateless.
 */
final class BuildManifest {

    private static final String MAGIC = "masthead-manifest/3";

    private BuildManifest() {
    }

    /**
     * A recorded build.
     *
     * @param inputs     the digest of everything the build read
     * @param validUntil epoch second from which its choices may no longer hold ({@link Long#MAX_VALUE}: none)
     * @param counts     its report's counts: posts read, rendered, skipped and failed, pages, static files
     * @param problems   its problems, with the phase that found each
     * @param cleaning   what each cleaning rule removed
     * @param outputs    every file of the output folder, in path order
     * @param readAt     epoch nanoseconds when the build began to read its sources
     * @param sources    its posts, drafts and pages with the digest of each
     */
    record Recorded(String inputs, long validUntil, int[] counts, List<Noted> problems, Map<String, Integer> cleaning,
                    List<OutputFile> outputs, long readAt, List<BuildInputs.FileStat> sources) {

        /** The sources by path, for the next build's {@link BuildInputs#digest}. */
        Map<String, BuildInputs.FileStat> sourcesByPath() {
            Map<String, BuildInputs.FileStat> byPath = new HashMap<>();
            sources.forEach(s -> byPath.put(s.path(), s));
            return byPath;
        }
    }

    /** A problem and the phase that found it. */
    record Noted(Phase phase, Problem problem) {
    }

    /**
     * A file of the output folder: its path inside it, its size, its modification time in milliseconds, and the
     * digest of what it was rendered from when that is all it was rendered from (see {@link
     * io.github.masthead.render.PageReuse}), else {@code null}.
     */
    record OutputFile(String path, long size, long modified, String key) {

        OutputFile withKey(String renderedFrom) {
            return new OutputFile(path, size, modified, renderedFrom);
        }

        /** Whether this file, as found, is the file {@code recorded}, whatever either was rendered from. */
        boolean sameFile(OutputFile recorded) {
            return path.equals(recorded.path) && size == recorded.size
                    && Publisher.sameTime(recorded.modified, modified);
        }
    }

    /**
     * Whether the {@code recorded} build stands for a build now: same {@code inputs}, {@code now} (epoch second)
     * before its time runs out, and {@code destination} exactly as it left it.
     */
    static boolean upToDate(Recorded recorded, String inputs, long now, Path destination) {
        if (!recorded.inputs().equals(inputs) || now >= recorded.validUntil()) {
            return false;
        }
        try {
            return sameFiles(outputs(destination), recorded.outputs());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The files of the recorded build that were rendered from a known digest, by path, whatever else changed since:
     * a new build takes such a file again, unrendered, when its page has the same digest and the file is untouched.
     */
    static Map<String, OutputFile> renderedFrom(Recorded recorded) {
        Map<String, OutputFile> files = new HashMap<>();
        recorded.outputs().stream().filter(f -> f.key() != null).forEach(f -> files.put(f.path(), f));
        return files;
    }

    private static boolean sameFiles(List<OutputFile> now, List<OutputFile> recorded) {
        if (now.size() != recorded.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).sameFile(recorded.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes the record in {@code file}: the output folder is about to change. */
    static void forget(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Records a build whose site is now in {@code destination}. */
    static void save(Path file, Recorded build) throws IOException {
        CacheFiles.replace(file, stream -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
            out.writeUTF(MAGIC);
            out.writeUTF(build.inputs());
            out.writeLong(build.validUntil());
            out.writeInt(build.counts().length);
            for (int count : build.counts()) {
                out.writeInt(count);
            }
            out.writeInt(build.problems().size());
            for (Noted noted : build.problems()) {
                out.writeUTF(noted.phase().name());
                StoreCodec.problem(out, noted.problem());
            }
            out.writeInt(build.cleaning().size());
            for (Map.Entry<String, Integer> rule : build.cleaning().entrySet()) {
                out.writeUTF(rule.getKey());
                out.writeInt(rule.getValue());
            }
            out.writeInt(build.outputs().size());
            for (OutputFile output : build.outputs()) {
                StoreCodec.string(out, output.path());
                out.writeLong(output.size());
                out.writeLong(output.modified());
                StoreCodec.string(out, output.key());
            }
            out.writeLong(build.readAt());
            out.writeInt(build.sources().size());
            for (BuildInputs.FileStat source : build.sources()) {
                StoreCodec.string(out, source.path());
                out.writeLong(source.size());
                out.writeLong(source.modified());
                StoreCodec.string(out, source.identity());
                StoreCodec.string(out, source.digest());
            }
            out.flush();
        });
    }

    /** The build recorded in {@code file}; none if it is missing or damaged. */
    static Optional<Recorded> load(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                return Optional.empty();
            }
            String inputs = in.readUTF();
            long validUntil = in.readLong();
            int[] counts = new int[in.readInt()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = in.readInt();
            }
            int problemCount = in.readInt();
            List<Noted> problems = new ArrayList<>();
            for (int i = 0; i < problemCount; i++) {
                problems.add(new Noted(Phase.valueOf(in.readUTF()), StoreCodec.problem(in)));
            }
            int ruleCount = in.readInt();
            Map<String, Integer> cleaning = new LinkedHashMap<>();
            for (int i = 0; i < ruleCount; i++) {
                cleaning.put(in.readUTF(), in.readInt());
            }
            int outputCount = in.readInt();
            List<OutputFile> outputs = new ArrayList<>();
            for (int i = 0; i < outputCount; i++) {
                outputs.add(new OutputFile(StoreCodec.string(in), in.readLong(), in.readLong(), StoreCodec.string(in)));
            }
            long readAt = in.readLong();
            int sourceCount = StoreCodec.count(in);
            List<BuildInputs.FileStat> sources = new ArrayList<>(sourceCount);
            for (int i = 0; i < sourceCount; i++) {
                sources.add(new BuildInputs.FileStat(StoreCodec.string(in), in.readLong(), in.readLong(),
                        StoreCodec.string(in), StoreCodec.string(in)));
            }
            return Optional.of(new Recorded(inputs, validUntil, counts, problems, cleaning, outputs, readAt, sources));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or cut short: the build runs in full and records itself anew
        }
    }

    /** The files a commit in place left in the output folder, as {@link #outputs(Path)} would find them. */
    static List<OutputFile> outputs(List<Publisher.Placed> placed) {
        return placed.stream().map(p -> new OutputFile(p.path(), p.size(), p.modified(), null)).toList();
    }

    /**
     * The files of the output folder after an update of the build that left {@code before} there moved in
     * {@code moved}, in path order. A moved file has what {@code keys} gives for its path, {@code null} for a page
     * rendered from more than its key, which no later build may then take unrendered; any other keeps the digest it
     * had, as its bytes are still those that digest's inputs made, though this update may have rendered it again from
     * other inputs (a sitemap after a new title), so {@code keys} is not asked for it.
     */
    static List<OutputFile> updated(List<OutputFile> before, List<Publisher.Placed> moved,
                                    Function<String, String> keys) {
        Map<String, Publisher.Placed> byPath = new HashMap<>();
        moved.forEach(file -> byPath.put(file.path(), file));
        List<OutputFile> files = new ArrayList<>(before.size() + moved.size());
        for (OutputFile file : before) {
            Publisher.Placed now = byPath.remove(file.path());
            files.add(now == null ? file : new OutputFile(file.path(), now.size(), now.modified(),
                    keys.apply(file.path())));
        }
        if (!byPath.isEmpty()) {
            byPath.values().forEach(p -> files.add(new OutputFile(p.path(), p.size(), p.modified(),
                    keys.apply(p.path()))));
            files.sort((a, b) -> a.path().compareTo(b.path()));
        }
        return List.copyOf(files);
    }

    /** Every regular file under {@code destination}, in path order; none when it does not exist. */
    static List<OutputFile> outputs(Path destination) throws IOException {
        if (!Files.isDirectory(destination, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        Files.walkFileTree(destination, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                files.add(new OutputFile(destination.relativize(path).toString().replace('\\', '/'),
                        attributes.size(), attributes.lastModifiedTime().toMillis(), null));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return files;
    }
}
