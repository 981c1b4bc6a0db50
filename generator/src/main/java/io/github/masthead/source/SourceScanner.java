package io.github.masthead.source;

import io.github.masthead.frontmatter.FrontMatterParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Walks a site folder the way Jekyll's reader does: {@code _posts/} and {@code _drafts/} in any folder (the
 * folders above them become categories), pages (files that start with front matter) and static files.
 * Symbolic links that lead outside the site, and Masthead's own folders (the output, the build cache), are never
 * read. Immutable.
 */
public final class SourceScanner {

    private static final String POSTS = "_posts";
    private static final String DRAFTS = "_drafts";

    private final Path source;
    private final List<Path> skipped;
    private final EntryFilter filter;

    /**
     * @param skipped Masthead's own folders, never read even inside the site: the output folder, the build cache
     */
    public SourceScanner(Path source, List<Path> skipped, List<String> exclude, List<String> include) {
        this.source = source.toAbsolutePath().normalize();
        this.skipped = skipped.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.filter = new EntryFilter(exclude, include);
    }

    /**
     * Whether a scan leaves out the file at {@code path} by its own name, whatever folder it is in: a dot file, an
     * editor's backup ({@code name~}), a path {@code exclude} names. False for a path outside the site.
     */
    public boolean leavesOut(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(source) || absolute.equals(source)) {
            return false;
        }
        String rel = source.relativize(absolute).toString().replace('\\', '/');
        return !filter.accepts(rel, absolute.getFileName().toString());
    }

    /** Every source file, posts and drafts first, each group in path order. */
    public List<SourceFile> scan() {
        List<SourceFile> files = new ArrayList<>();
        walk(source, "", List.of(), files);
        files.sort((a, b) -> {
            int kind = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
            return kind != 0 ? kind : a.relativePath().compareTo(b.relativePath());
        });
        return files;
    }

    /** Reads the folder {@code dir}, whose path relative to the site is {@code dirRel} (empty for the site). */
    private void walk(Path dir, String dirRel, List<String> categories, List<SourceFile> out) {
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            String rel = dirRel.isEmpty() ? name : dirRel + "/" + name;
            Boolean folder = folderOrFile(child);
            if (folder == null) {
                continue;
            }
            if (folder) {
                if (name.equals(POSTS) || name.equals(DRAFTS)) {
                    collectDocuments(child, rel, name.equals(POSTS) ? SourceFile.Kind.POST : SourceFile.Kind.DRAFT,
                            categories, out);
                } else if (filter.accepts(rel, name)) {
                    List<String> nested = new ArrayList<>(categories);
                    nested.add(name);
                    walk(child, rel, nested, out);
                }
            } else if (filter.accepts(rel, name)) {
                SourceFile.Kind kind = startsWithFrontMatter(child) ? SourceFile.Kind.PAGE : SourceFile.Kind.STATIC;
                out.add(new SourceFile(child, rel, kind, List.of()));
            }
        }
    }

    private void collectDocuments(Path dir, String dirRel, SourceFile.Kind kind, List<String> categories,
                                  List<SourceFile> out) {
        List<String> folderCategories = List.copyOf(categories);
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            String rel = dirRel + "/" + name;
            if (!filter.accepts(rel, name)) {
                continue;
            }
            Boolean folder = folderOrFile(child);
            if (folder == null) {
                continue;
            }
            if (folder) {
                collectDocuments(child, rel, kind, folderCategories, out);
            } else {
                out.add(new SourceFile(child, rel, kind, folderCategories));
            }
        }
    }

    /**
     * Whether {@code child} is a folder (true) or a file (false) to read, or {@code null} when it is never read: one
     * of Masthead's own folders, or a symbolic link that leads outside the site or nowhere. One look at the file
     * system for all but links.
     */
    private Boolean folderOrFile(Path child) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null; // gone since the folder was listed
        }
        if (attributes.isSymbolicLink()) {
            try {
                if (!child.toRealPath().startsWith(source.toRealPath())) {
                    return null;
                }
            } catch (IOException e) {
                return null;
            }
            if (!Files.isDirectory(child)) {
                return false;
            }
        } else if (!attributes.isDirectory()) {
            return false;
        }
        return skipped.contains(child) ? null : true;
    }

    /** The entries of {@code dir}, each under the site's absolute path, in no particular order. */
    private static List<Path> list(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean startsWithFrontMatter(Path file) {
        byte[] head = new byte[64];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return FrontMatterParser.hasFrontMatter(new String(head, 0, Math.max(n, 0), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }
}
