package io.github.masthead.publish;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import io.github.masthead.content.UrlPaths;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one path by which a build writes files. Everything goes into a staging folder beside the destination,
 * which {@link #commit()} swaps in whole, so a failed or killed build leaves the previous site as it was.
 * Each output path is claimed once: a second claim is refused and names both origins, never overwritten.
 * Paths are checked to stay inside the output folder. A file whose bytes are those of the previous build is
 * taken over from it, so its modification time stays put; so is a file the caller knows it would write again as it
 * is ({@link #keep}).
 *
 * <p>A publisher that updates in place, for a build expected to change few files, stages only the files that
 * changed. Its commit writes a {@link Journal} of what to delete and what to move in before it touches the output
 * folder, then carries it out; a build killed during those moves is finished by the next publisher. Thread-safe.
 */
public final class Publisher implements AutoCloseable {

    private final Path destination;
    private final Path staging;
    /** The previous build's folder with every link resolved, or {@code null} when there is none. */
    private final Path previousRoot;
    /** Sized for a large site, as a map that grows while every thread claims paths spends more time growing. */
    private final Map<String, String> claims = new ConcurrentHashMap<>(1 << 14);
    /** The staging folders made so far: most files share their folder with others. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** Whether each folder asked about lies in the previous build's folder with no link on the way. */
    private final Map<Path, Boolean> previousFolders = new ConcurrentHashMap<>();
    /** Whether {@link #commit()} moves the staged files into the output folder instead of swapping it whole. */
    private final boolean inPlace;
    /** The files written to the staging folder, relative to it, for a commit in place. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile boolean committed;
    /** Whether a commit in place has written its journal: then the staging folder is the next build's to finish. */
    private volatile boolean journaled;
    /** The files of the output folder after a commit in place, by path; {@code null} before one. */
    private volatile List<Placed> placed;
    /**
     * The files the output folder held after the last build, as that build recorded them, with {@code /} between
     * names; {@code null} when a commit in place finds them by walking the folder.
     */
    private final Set<String> known;
    /** The previous build's files taken into this one, with what they were found to be, by claimed path. */
    private final Map<String, BasicFileAttributes> taken = new ConcurrentHashMap<>();
    /** Whether this publisher updates some files of the last build and trusts the rest to be as it left them. */
    private final boolean updating;

    /**
     * A file of the output folder as a commit in place left it.
     *
     * @param path     its path in the output folder, with {@code /} between names
     * @param size     its size in bytes
     * @param modified its modification time in milliseconds
     */
    public record Placed(String path, long size, long modified) {
    }

    /**
     * Opens a staging folder for a build that will replace {@code destination}. Holds a lock beside the
     * destination until {@link #close()}, so that two builds never write one folder, and removes the staging
     * folders that killed builds left behind.
     */
    public Publisher(Path destination) {
        this(destination, false);
    }

    /**
     * As {@link #Publisher(Path)}; with {@code inPlace}, and when the destination exists, only the files that differ
     * from the previous build's are staged, and {@link #commit()} moves them in and deletes the files this build did
     * not write, under a journal. That spares making the whole tree again when an edit changes a few pages; a build
     * that changes most files is better swapped in whole.
     */
    public Publisher(Path destination, boolean inPlace) {
        this(destination, inPlace, null);
    }

    /**
     * As {@link #Publisher(Path, boolean)}, for a process that knows what the output folder holds: the files
     * {@code known} the last build left there, each path with {@code /} between names. A commit in place then deletes
     * the known files this build did not write, and the folders they leave empty, without walking the output folder
     * (a file put there by something else stays). {@code null} walks it.
     */
    public Publisher(Path destination, boolean inPlace, Collection<String> known) {
        this(destination, inPlace, known, false);
    }

    /**
     * A publisher for a build that writes again some of the files the last build left in {@code destination} and
     * knows the others to be as it left them, a preview server's after an edit: {@link #keep} takes a file without
     * looking at it, and the commit moves in the files whose bytes changed and deletes nothing. When the destination
     * does not exist yet, it publishes as {@link #Publisher(Path)} does.
     */
    public static Publisher updating(Path destination) {
        return new Publisher(destination, true, null, true);
    }

    private Publisher(Path destination, boolean inPlace, Collection<String> known, boolean updating) {
        this.updating = updating;
        this.known = known == null ? null : Set.copyOf(known);
        this.destination = destination.toAbsolutePath().normalize();
        Path parent = this.destination.getParent();
        String prefix = besidePrefix(this.destination);
        this.staging = parent.resolve(prefix + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            lockChannel = FileChannel.open(parent.resolve(prefix + "lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = tryLock(lockChannel);
            if (lock == null) {
                lockChannel.close();
                throw new SiteException("another build is writing to " + destination + "; wait for it to finish");
            }
            previousRoot = Files.isDirectory(this.destination) ? this.destination.toRealPath() : null;
            finishLeftOverCommit();
            removeLeftovers(parent, prefix);
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new SiteException("cannot create a staging folder next to " + destination + ": " + e.getMessage(), e);
        }
        this.inPlace = inPlace && previousRoot != null;
    }

    /** Carries out the journal of a commit in place that a killed build left, so that its site is whole again. */
    private void finishLeftOverCommit() throws IOException {
        Path journal = journalPath();
        if (previousRoot == null) {
            Files.deleteIfExists(journal);
        } else {
            Journal.finishLeftOver(journal, previousRoot);
        }
    }

    /** The lock, or {@code null} when another build, in this process or another, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private static void removeLeftovers(Path parent, String prefix) throws IOException {
        try (var siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(prefix) && !name.endsWith("lock") && Files.isDirectory(sibling)) {
                    deleteTree(sibling);
                } else if (name.startsWith(prefix) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(sibling); // a journal whose writing a killed build left unfinished
                }
            }
        }
    }

    /**
     * Writes {@code bytes} to {@code path} (relative to the output folder).
     *
     * @param origin what produced the file, named if another origin claims the same path
     * @return empty, or the origin that already claimed this path (then nothing is written)
     */
    public Optional<String> write(String path, byte[] bytes, String origin) {
        Optional<String> conflict = claim(path, origin);
        if (conflict.isEmpty()) {
            Path target = resolve(path);
            try {
                if (!keepPrevious(path, target, previous -> Files.size(previous) == bytes.length
                        && Arrays.equals(Files.readAllBytes(previous), bytes))) {
                    stage(target);
                    Files.write(target, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        }
        return conflict;
    }

    /**
     * Whether a file found with the modification time {@code found} (in milliseconds) still has the time
     * {@code recorded}: the same, or cut to the whole second, as a copy that keeps times to the second leaves it
     * (tar's default format, for one), so that an output folder restored from such a copy is known as it is. A file
     * written again has its own time, which a clock with sub-second steps does not put on the whole second.
     */
    public static boolean sameTime(long recorded, long found) {
        return found == recorded || found == Math.floorDiv(recorded, 1000) * 1000;
    }

    /**
     * Takes the previous build's file at {@code path} into this build without its bytes, when it is still the file
     * an earlier build recorded (the same size and modification time) and nothing in this build has claimed the
     * path: a page rendered from the same inputs as that file need not be rendered again. A publisher that is
     * {@link #updating} takes it without looking at it.
     *
     * @return whether the file was taken; if not, nothing was claimed and the caller writes the page itself
     */
    public boolean keep(String path, long size, long modified, String origin) {
        if (updating && inPlace) { // writes nothing: the path was checked when the file was written
            return claims.putIfAbsent(path, origin) == null;
        }
        Path target = resolve(path);
        Path file = destination.resolve(path).normalize();
        try {
            BasicFileAttributes previous;
            try {
                previous = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return false;
            }
            if (!previous.isRegularFile() || previous.size() != size
                    || !sameTime(modified, previous.lastModifiedTime().toMillis()) || claim(path, origin).isPresent()) {
                return false;
            }
            if (!takeOver(file, target, same -> true)) {
                return unclaim(path);
            }
            if (known != null) {
                taken.put(path, previous);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take " + path + " from the previous build", e);
        }
    }

    private boolean unclaim(String path) {
        claims.remove(path);
        return false;
    }

    /**
     * Takes the previous build's file at {@code path} into the new build when it has the same bytes, as a
     * hard link (or a copy that keeps its modification time), so that unchanged files keep their times and a
     * deploy sees only what changed; in place, by leaving it where it is.
     */
    private boolean keepPrevious(String path, Path target, SameContent same) throws IOException {
        Path previous = destination.resolve(path).normalize();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false; // none, or none that can be read
        }
        if (!attributes.isRegularFile() || !takeOver(previous, target, same)) {
            return false;
        }
        if (known != null) {
            taken.put(path, attributes);
        }
        return true;
    }

    /** Takes {@code previous}, a regular file, into the new build at {@code target} as {@link #keepPrevious} does. */
    private boolean takeOver(Path previous, Path target, SameContent same) throws IOException {
        if (previousRoot == null || !insidePrevious(previous.getParent()) || !same.test(previous)) {
            return false;
        }
        if (inPlace) {
            return true;
        }
        folderOf(target);
        try {
            Files.createLink(target, previous);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(previous, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return true;
    }

    /** Makes the folder of {@code target} in the staging folder before a file is written there. */
    private void stage(Path target) throws IOException {
        folderOf(target);
        if (inPlace) {
            staged.add(staging.relativize(target).toString());
        }
    }

    /** Makes the folder of {@code target} in the staging folder, once per folder. */
    private void folderOf(Path target) throws IOException {
        once(folders, target.getParent(), folder -> {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        });
    }

    /**
     * Whether {@code folder} lies in the previous build's folder with no link on the way, so that a file found
     * through it is the previous build's own; once per folder.
     */
    private boolean insidePrevious(Path folder) {
        if (folder.equals(destination)) {
            return true;
        }
        Boolean known = previousFolders.get(folder);
        if (known == null) {
            known = folder.startsWith(destination) && insidePrevious(folder.getParent())
                    && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
            previousFolders.put(folder, known);
        }
        return known;
    }

    /** What {@code work} gives for {@code folder}, worked out once even when threads ask at the same time. */
    private static <T> T once(Map<Path, T> done, Path folder, FolderWork<T> work) throws IOException {
        try {
            return done.computeIfAbsent(folder, f -> {
                try {
                    return work.apply(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface FolderWork<T> {
        T apply(Path folder) throws IOException;
    }

    @FunctionalInterface
    private interface SameContent {
        boolean test(Path previous) throws IOException;
    }

    /** Copies {@code source} byte for byte to {@code path}; otherwise as {@link #write}. */
    public Optional<String> copy(String path, Path source, String origin) {
        Optional<String> conflict = claim(path, origin);
        if (conflict.isEmpty()) {
            Path target = resolve(path);
            try {
                if (!keepPrevious(path, target, previous -> Files.mismatch(previous, source) == -1)) {
                    stage(target);
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
            }
        }
        return conflict;
    }

    /** Whether {@code path} has been claimed in this build. */
    public boolean isClaimed(String path) {
        return claims.containsKey(path);
    }

    /** How many files were written. */
    public int count() {
        return claims.size();
    }

    private Optional<String> claim(String path, String origin) {
        checkPath(path);
        String previous = claims.putIfAbsent(path, origin);
        return Optional.ofNullable(previous);
    }

    private Path resolve(String path) {
        Path target = staging.resolve(path).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new SiteException(Problem.error("", 0, "refusing to write '" + path + "' outside the output folder"));
        }
        return target;
    }

    /** Rejects paths that could leave the output folder or that no file system can hold. */
    static void checkPath(String path) {
        UrlPaths.unsafe(path).ifPresent(reason -> {
            throw new IllegalArgumentException("unsafe output path '" + path.replace('\0', '?') + "': " + reason);
        });
    }

    /** Replaces the destination with everything written, in one swap, or in place for a publisher that updates so. */
    public void commit() {
        if (inPlace) {
            commitInPlace();
            return;
        }
        Path old = destination.resolveSibling(besidePrefix(destination) + "old-" + UUID.randomUUID());
        try {
            if (Files.exists(destination)) {
                CacheFiles.move(destination, old);
            }
            CacheFiles.move(staging, destination);
            committed = true;
            if (Files.exists(old)) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new SiteException("cannot replace " + destination + " with the new build: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the journal of what changes, then moves the staged files into the output folder and deletes the files
     * and folders this build did not write. The output folder is left whole if this fails before the journal is
     * written, and is made whole by the next build if it fails after.
     */
    private void commitInPlace() {
        try {
            Map<String, BasicFileAttributes> kept = new java.util.HashMap<>();
            Journal journal = new Journal(staging.getFileName().toString(), updating ? List.of()
                    : known != null ? unwrittenOfKnown(kept) : unwritten(kept), List.copyOf(staged));
            journal.write(journalPath());
            journaled = true;
            journal.apply(previousRoot);
            Files.delete(journalPath());
            committed = true;
            placed = placed(kept);
        } catch (IOException e) {
            throw new SiteException("cannot update " + destination + " in place: " + e.getMessage()
                    + (journaled ? "; the next build finishes the update" : ""), e);
        }
    }

    /**
     * After a commit in place, every file of this build in the output folder with its size and time, sorted by path,
     * as a walk of the folder would find them (a walk also finds a file that something else put there while this build
     * ran, or, for a publisher told what the folder holds, since the last build); for a publisher that is
     * {@link #updating}, only the files it moved in; empty for a publisher that swaps the folder, or before its commit.
     */
    public Optional<List<Placed>> placed() {
        return Optional.ofNullable(placed);
    }

    /** The files of the output folder: those found by the walk before the commit, and those moved in by it. */
    private List<Placed> placed(Map<String, BasicFileAttributes> kept) throws IOException {
        List<Placed> files = new ArrayList<>();
        kept.forEach((path, attributes) -> {
            if (!staged.contains(path)) {
                files.add(new Placed(path.replace('\\', '/'), attributes.size(),
                        attributes.lastModifiedTime().toMillis()));
            }
        });
        for (String path : staged) {
            BasicFileAttributes attributes = Files.readAttributes(previousRoot.resolve(path), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            files.add(new Placed(path.replace('\\', '/'), attributes.size(), attributes.lastModifiedTime().toMillis()));
        }
        files.sort((a, b) -> a.path().compareTo(b.path()));
        return List.copyOf(files);
    }

    /**
     * The files of the output folder that this build did not write, and its folders left with none that it did, each
     * folder after what it holds; a link is listed as a file, never followed. The files it did write that are found
     * go into {@code kept}, with their attributes.
     */
    private List<String> unwritten(Map<String, BasicFileAttributes> kept) throws IOException {
        Set<String> written = written();
        List<String> gone = new ArrayList<>();
        Deque<int[]> keptBelow = new ArrayDeque<>();
        Files.walkFileTree(previousRoot, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                keptBelow.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = previousRoot.relativize(file).toString();
                if (written.contains(File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/'))) {
                    keptBelow.peek()[0]++;
                    kept.put(path, attributes);
                } else {
                    gone.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                int kept = keptBelow.pop()[0];
                if (!dir.equals(previousRoot)) {
                    if (kept == 0) {
                        gone.add(previousRoot.relativize(dir) + "/");
                    } else {
                        keptBelow.peek()[0] += kept;
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return gone;
    }

    /**
     * As {@link #unwritten}, from the files {@link #known} to be in the output folder instead of a walk of it: those
     * this build did not write, then the folders they leave with none that it did, each folder after those inside it.
     */
    private List<String> unwrittenOfKnown(Map<String, BasicFileAttributes> kept) {
        taken.forEach((path, attributes) -> kept.put(normalForm(path).replace('/', File.separatorChar), attributes));
        Set<String> written = written();
        Set<String> holding = new HashSet<>(); // the folders that keep a file
        for (String path : written) {
            for (String folder = folderOf(path); folder != null && holding.add(folder); folder = folderOf(folder)) {
                // its own folders, up to the first already counted
            }
        }
        List<String> gone = new ArrayList<>();
        Set<String> emptied = new HashSet<>();
        for (String path : known) {
            if (!written.contains(path)) {
                gone.add(path);
                for (String folder = folderOf(path); folder != null && !holding.contains(folder) && emptied.add(folder);
                     folder = folderOf(folder)) {
                    // its own folders, up to the first that keeps a file or is already counted
                }
            }
        }
        emptied.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(f -> f))
                .forEach(folder -> gone.add(folder + "/"));
        return gone;
    }

    /** The folder of {@code path}, with {@code /} between names, or {@code null} for the output folder itself. */
    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash > 0 ? path.substring(0, slash) : null;
    }

    /** The claimed paths, as a walk of the output folder names their files. */
    private Set<String> written() {
        return claims.keySet().stream().map(Publisher::normalForm).collect(Collectors.toSet());
    }

    /**
     * A claimed path as a walk of the output folder names its file, with {@code /} between names: as it is, unless
     * it has empty names, or a backslash where that separates names.
     */
    private static String normalForm(String path) {
        if (!path.contains("//") && !path.endsWith("/") && (File.separatorChar == '/' || path.indexOf('\\') < 0)) {
            return path; // a claimed path has no . or .. names (checkPath)
        }
        return Path.of(path).normalize().toString().replace(File.separatorChar, '/');
    }

    /** Drops the staging folder unless the build was committed, and releases the lock. */
    @Override
    public void close() {
        try {
            if (!committed && !journaled && Files.exists(staging)) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the staging folder " + staging, e);
        } finally {
            try {
                Files.deleteIfExists(lockPath());
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the lock beside " + destination, e);
            }
        }
    }

    private Path lockPath() {
        return destination.resolveSibling(besidePrefix(destination) + "lock");
    }

    private Path journalPath() {
        return destination.resolveSibling(besidePrefix(destination) + "journal");
    }

    /**
     * Whether {@code name}, beside the output folder {@code destination}, is one a publisher keeps there: its staging
     * folders, the previous output on its way out, its lock, and its journal with the journal's temporary file. The
     * preview server's watcher leaves them alone.
     */
    public static boolean keepsBeside(Path destination, String name) {
        return name.startsWith(besidePrefix(destination));
    }

    private static String besidePrefix(Path destination) {
        return "." + destination.getFileName() + ".masthead-";
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
