package io.github.masthead.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's {@code defaults:} — front-matter values applied by path and type, the most specific path last,
 * so that it wins, and the file's own front matter over all of them.
 */
public final class FrontMatterDefaults {

    /**
     * One {@code defaults} entry.
     *
     * @param path   a path prefix (or glob) relative to the source; empty matches everything
     * @param type   {@code posts}, {@code pages} or {@code drafts}; empty matches every type
     * @param values the front-matter values it sets
     */
    public record Scope(String path, String type, Map<String, Object> values) {
        public Scope {
            path = path == null ? "" : stripSlashes(path);
            type = type == null ? "" : type;
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        boolean matches(String relativePath, String fileType) {
            if (!type.isEmpty() && !type.equals(fileType)) {
                return false;
            }
            if (path.isEmpty()) {
                return true;
            }
            if (path.contains("*")) {
                PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + path);
                return glob.matches(Path.of(relativePath)) || glob.matches(Path.of(relativePath).getParent() == null
                        ? Path.of("") : Path.of(relativePath).getParent());
            }
            return relativePath.equals(path) || relativePath.startsWith(path + "/");
        }
    }

    private FrontMatterDefaults() {
    }

    /**
     * Merges the matching defaults under {@code frontMatter}.
     *
     * @param scopes       the site's defaults
     * @param relativePath the file's path relative to the source, {@code /}-separated
     * @param type         {@code posts}, {@code drafts} or {@code pages}
     * @param frontMatter  the file's own front matter
     */
    public static Map<String, Object> apply(List<Scope> scopes, String relativePath, String type,
                                            Map<String, Object> frontMatter) {
        List<Scope> matching = new ArrayList<>();
        for (Scope scope : scopes) {
            if (scope.matches(relativePath, type) || ("drafts".equals(type) && scope.matches(relativePath, "posts"))) {
                matching.add(scope);
            }
        }
        if (matching.isEmpty()) {
            return frontMatter;
        }
        matching.sort(Comparator.comparingInt((Scope s) -> s.path().length())
                .thenComparingInt(s -> s.type().isEmpty() ? 0 : 1));
        Map<String, Object> merged = new LinkedHashMap<>();
        matching.forEach(s -> merged.putAll(s.values()));
        merged.putAll(frontMatter);
        return merged;
    }

    private static String stripSlashes(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
