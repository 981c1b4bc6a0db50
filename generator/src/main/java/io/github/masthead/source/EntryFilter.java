package io.github.masthead.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;

/**
 * Jekyll's entry filter: leaves out names starting with {@code .}, {@code _}, {@code #} or {@code ~}, backup
 * files ending in {@code ~}, and excluded paths, unless a path is explicitly included. Immutable.
 */
final class EntryFilter {

    private final List<String> exclude;
    private final List<String> include;

    EntryFilter(List<String> exclude, List<String> include) {
        this.exclude = exclude.stream().filter(e -> !include.contains(e)).map(EntryFilter::trim).toList();
        this.include = include.stream().map(EntryFilter::trim).toList();
    }

    /**
     * Whether the entry is built.
     *
     * @param relativePath the path relative to the source, {@code /}-separated
     * @param name         the last segment of the path
     */
    boolean accepts(String relativePath, String name) {
        if (name.endsWith(".")) {
            return false;
        }
        boolean included = include.stream().anyMatch(p -> p.equals(name) || matches(p, relativePath));
        if (!included && exclude.stream().anyMatch(p -> matches(p, relativePath))) {
            return false;
        }
        if (included) {
            return true;
        }
        return !special(name) && !name.endsWith("~");
    }

    static boolean special(String name) {
        return !name.isEmpty() && ".#_~".indexOf(name.charAt(0)) >= 0;
    }

    private static boolean matches(String pattern, String relativePath) {
        if (relativePath.startsWith(pattern)) {
            return true;
        }
        if (pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0) {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(relativePath));
        }
        return false;
    }

    private static String trim(String pattern) {
        String p = pattern.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
