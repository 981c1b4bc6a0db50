package io.github.masthead.source;

import io.github.masthead.frontmatter.FrontMatterParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Every source file, posts and drafts first, each group in path order. */
    public List<SourceFile> scan() {
        List<SourceFile> files = new ArrayList<>();
        walk(source, List.of(), files);
        files.sort((a, b) -> {
            int kind = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
            return kind != 0 ? kind : a.relativePath().compareTo(b.relativePath());
        });
        return files;
    }

    private void walk(Path dir, List<String> categories, List<SourceFile> out) {
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            String rel = relative(child);
            if (isOutsideOrOutput(child)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                if (name.equals(POSTS) || name.equals(DRAFTS)) {
                    collectDocuments(child, name.equals(POSTS) ? SourceFile.Kind.POST : SourceFile.Kind.DRAFT,
                            categories, out);
                } else if (filter.accepts(rel, name)) {
                    List<String> nested = new ArrayList<>(categories);
                    nested.add(name);
                    walk(child, nested, out);
                }
            } else if (filter.accepts(rel, name)) {
                SourceFile.Kind kind = startsWithFrontMatter(child) ? SourceFile.Kind.PAGE : SourceFile.Kind.STATIC;
                out.add(new SourceFile(child, rel, kind, List.of()));
            }
        }
    }

    private void collectDocuments(Path dir, SourceFile.Kind kind, List<String> categories, List<SourceFile> out) {
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            String rel = relative(child);
            if (isOutsideOrOutput(child) || !filter.accepts(rel, name)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                collectDocuments(child, kind, categories, out);
            } else {
                out.add(new SourceFile(child, rel, kind, categories));
            }
        }
    }

    private boolean isOutsideOrOutput(Path child) {
        if (skipped.contains(child.toAbsolutePath().normalize())) {
            return true;
        }
        if (Files.isSymbolicLink(child)) {
            try {
                return !child.toRealPath().startsWith(source.toRealPath());
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private String relative(Path child) {
        return source.relativize(child.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted().toList();
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
