package io.github.masthead.build;

import io.github.masthead.SiteConfig;
import io.github.masthead.clean.CleanConfig;
import io.github.masthead.config.Settings;
import io.github.masthead.source.SourceFile;
import io.github.masthead.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The digest of everything a build reads: Masthead's own code, the settings and the front end's options, the
 * templates and assets of the site and its theme, the site's rule packs, and every source file (posts, drafts,
 * pages and static files by their bytes, taken from the last build's record while their size, time and identity are
 * unchanged, so that a checkout that gives every file a new time only reads them again). Two builds with the same
 * digest, at a time when the same posts are due, write the same site. Stateless.
 */
final class BuildInputs {

    private BuildInputs() {
    }

    /**
     * A source file read as an input.
     *
     * @param path     its path in the site
     * @param size     its size
     * @param modified its modification time in nanoseconds
     * @param identity what tells the file from another put in its place, or from itself rewritten with its old
     *                 time set back: its device, inode and change time where the system has them
     * @param digest   the digest of its bytes
     */
    record FileStat(String path, long size, long modified, String identity, String digest) {
    }

    /**
     * The inputs of a build.
     *
     * @param digest the digest of them all
     * @param files  the source files, as {@link #digest} found them
     * @param bytes  the digest of the bytes of each of those, by its path in the site
     * @param parts  what {@code digest} was made from, in order: what every build reads, then one part for each source
     *               file
     * @param chunks the digests of {@code parts}, {@value #CHUNK} at a time, of which {@code digest} is made
     */
    record Digested(String digest, List<FileStat> files, Map<String, String> bytes, List<String> parts,
                    List<byte[]> chunks) {
    }

    /** Parts digested together, so that one file's change digests one chunk of them again. */
    private static final int CHUNK = 1024;

    /**
     * The digest, or empty when a file could not be read (then no earlier build can stand in for this one). A source
     * file whose size, time and identity are those {@code known} from the last build takes the digest of its bytes
     * from there, unless it was changed after {@code trustedBefore} (epoch nanoseconds): a file written in the same
     * moment as it was last read may have another content at the same time, as Git's index knows.
     */
    static Optional<Digested> digest(SiteConfig config, Settings settings, Theme theme, List<SourceFile> files,
                                     Map<String, FileStat> known, long trustedBefore) {
        Path source = config.source();
        List<String> parts = new ArrayList<>();
        parts.add("masthead " + BuildCache.codeVersion());
        parts.add("site to " + BuildCache.named(source, config.destination()) + " strict " + config.strict());
        parts.add(settings.toString());
        parts.addAll(BuildCache.treeDigests(source, List.of(source.resolve("_layouts"), source.resolve("_includes"),
                theme.root())));
        parts.addAll(BuildCache.digests(source, CleanConfig.packFiles(settings.params().get("clean"), source)));
        List<FileStat> stats = new ArrayList<>();
        Map<String, String> bytes = new HashMap<>();
        List<FileStat> found = files.parallelStream().map(f -> stat(f, known, trustedBefore)).toList();
        for (int i = 0; i < found.size(); i++) {
            FileStat stat = found.get(i);
            if (stat == null) {
                return Optional.empty();
            }
            parts.add(partOf(stat));
            stats.add(stat);
            bytes.put(files.get(i).relativePath(), stat.digest());
        }
        for (String part : parts) {
            if (part == null || part.endsWith("=null")) { // a template, an asset or a rule pack not read
                return Optional.empty();
            }
        }
        return Optional.of(digested(parts, stats, bytes, List.of(), Set.of()));
    }

    /**
     * The inputs of {@code last} after the posts, drafts or pages {@code changed} were written again, each read anew;
     * empty when one could not be read, or was not among the inputs of {@code last}.
     */
    static Optional<Digested> redigest(Digested last, List<SourceFile> changed) {
        List<String> parts = new ArrayList<>(last.parts());
        List<FileStat> stats = new ArrayList<>(last.files());
        Map<String, String> bytes = new HashMap<>(last.bytes());
        Set<Integer> stale = new HashSet<>();
        for (SourceFile file : changed) {
            FileStat stat = stat(file, Map.of(), Long.MIN_VALUE);
            if (stat == null) {
                return Optional.empty();
            }
            int at = indexOf(stats, stat.path());
            int part = at < 0 ? -1 : parts.indexOf(partOf(stats.get(at)));
            if (part < 0) {
                return Optional.empty();
            }
            parts.set(part, partOf(stat));
            stale.add(part / CHUNK);
            stats.set(at, stat);
            bytes.put(file.relativePath(), stat.digest());
        }
        return Optional.of(digested(parts, stats, bytes, last.chunks(), stale));
    }

    private static int indexOf(List<FileStat> stats, String path) {
        for (int i = 0; i < stats.size(); i++) {
            if (stats.get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    /** The part of a build's digest that stands for one source file. */
    private static String partOf(FileStat stat) {
        return stat.path() + " " + stat.digest();
    }

    /**
     * The inputs made of {@code parts}: their digest is that of their chunks' digests, each taken from {@code chunks}
     * unless its number is {@code stale} or it has none there.
     */
    private static Digested digested(List<String> parts, List<FileStat> stats, Map<String, String> bytes,
                                     List<byte[]> chunks, Set<Integer> stale) {
        int count = (parts.size() + CHUNK - 1) / CHUNK;
        List<byte[]> digests = IntStream.range(0, count).parallel().mapToObj(chunk -> {
            if (chunk < chunks.size() && !stale.contains(chunk)) {
                return chunks.get(chunk);
            }
            MessageDigest sha = BuildCache.sha256();
            parts.subList(chunk * CHUNK, Math.min(parts.size(), (chunk + 1) * CHUNK))
                    .forEach(part -> BuildCache.update(sha, part));
            return sha.digest();
        }).toList();
        MessageDigest sha = BuildCache.sha256();
        digests.forEach(sha::update);
        return new Digested(HexFormat.of().formatHex(sha.digest()), List.copyOf(stats), bytes, List.copyOf(parts),
                digests);
    }

    /**
     * The size, modification time and identity of {@code file} (its device, inode and change time, which no tool sets
     * back, or what the system has of them), in one look at the file where the system has a unix view.
     */
    private static Stat look(Path file) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,dev,ino,ctime");
            return new Stat((Long) unix.get("size"), ((FileTime) unix.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS),
                    unix.get("dev") + " " + unix.get("ino") + " " + unix.get("ctime"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: the file's key, where there is one
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stat(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    String.valueOf(attributes.fileKey()));
        }
    }

    private record Stat(long size, long modified, String identity) {
    }

    /**
     * One source file as an input, its path standing for its kind and categories too; {@code null} when it cannot be
     * read.
     */
    private static FileStat stat(SourceFile file, Map<String, FileStat> known, long trustedBefore) {
        String path = file.kind() + " " + file.relativePath() + " " + String.join("/", file.dirCategories());
        try {
            Stat stat = look(file.path());
            long modified = stat.modified();
            String identity = stat.identity();
            FileStat before = known.get(path);
            if (before != null && before.size() == stat.size() && before.modified() == modified
                    && before.identity().equals(identity) && modified < trustedBefore) {
                return before;
            }
            return new FileStat(path, stat.size(), modified, identity,
                    HexFormat.of().formatHex(BuildCache.sha256().digest(Files.readAllBytes(file.path()))));
        } catch (IOException e) {
            return null;
        }
    }
}
