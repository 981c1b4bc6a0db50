package io.github.masthead.source;

import java.nio.file.Path;
import java.util.List;

/**
 * One input file of the site.
 *
 * @param path          the absolute path
 * @param relativePath  the path relative to the site source, {@code /}-separated
 * @param kind          what the file becomes
 * @param dirCategories for posts and drafts, the folders above {@code _posts/} (Jekyll's folder categories)
 */
public record SourceFile(Path path, String relativePath, Kind kind, List<String> dirCategories) {

    /** What a source file becomes. */
    public enum Kind {
        /** A file under {@code _posts/}. */
        POST,
        /** A file under {@code _drafts/}. */
        DRAFT,
        /** A file outside the special folders that starts with front matter. */
        PAGE,
        /** Any other file, copied byte for byte. */
        STATIC
    }

    public SourceFile {
        dirCategories = List.copyOf(dirCategories);
    }

    /** The file name without folders. */
    public String name() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    /** The front-matter-defaults type: {@code posts}, {@code drafts} or {@code pages}. */
    public String defaultsType() {
        return switch (kind) {
            case POST -> "posts";
            case DRAFT -> "drafts";
            default -> "pages";
        };
    }
}
