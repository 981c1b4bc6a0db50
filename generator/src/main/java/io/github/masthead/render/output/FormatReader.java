package io.github.masthead.render.output;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one output's YAML mapping (from {@code theme.yml} with the site's changes applied) into an
 * {@link OutputFormat}, checking each key's type. Keys it does not know go to {@link OutputFormat#params()}.
 * A mistake is a {@link SiteException} naming the file, the output and the key. Stateless.
 */
final class FormatReader {

    /** The keys of a format; every other key is a template parameter. */
    static final Set<String> KEYS = Set.of("name", "group", "template", "media_type", "path", "scope", "items",
            "limit", "days", "split", "split_path", "index_template", "paginate", "paginate_path", "only", "except",
            "opt_out", "skip_empty", "alternate", "title", "enabled", "params");

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            ".xml", "application/xml", ".json", "application/json", ".txt", "text/plain", ".html", "text/html");

    private final String name;
    private final Map<String, Object> raw;
    private final String file;

    /**
     * @param name the output's name
     * @param raw  its keys
     * @param file the file to name in messages
     */
    FormatReader(String name, Map<String, Object> raw, String file) {
        this.name = name;
        this.raw = raw;
        this.file = file;
    }

    OutputFormat read() {
        String path = required("path");
        OutputFormat.Scope scope = choice("scope", OutputFormat.Scope.class, OutputFormat.Scope.SITE);
        if (scope != OutputFormat.Scope.SITE && !path.contains(":slug")) {
            throw wrong("path", "a path with :slug, since each " + scope.name().toLowerCase(Locale.ROOT)
                    + " gets its own file (got '" + path + "')");
        }
        int split = number("split");
        String splitPath = string("split_path", "");
        String indexTemplate = string("index_template", "");
        if (split > 0 && (!splitPath.contains(":num") || indexTemplate.isEmpty())) {
            throw wrong("split", "set together with a 'split_path' holding :num and an 'index_template'");
        }
        int paginate = number("paginate");
        String paginatePath = string("paginate_path", "");
        OutputFormat.Items items = choice("items", OutputFormat.Items.class, OutputFormat.Items.POSTS);
        if (paginate > 0 && (!paginatePath.contains(":num") || split > 0 || items != OutputFormat.Items.POSTS
                || (scope != OutputFormat.Scope.SITE && !paginatePath.contains(":slug")))) {
            throw wrong("paginate", "set together with a 'paginate_path' holding :num (and :slug, as 'path' does),"
                    + " for a list of posts that is not also split");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (raw.get("params") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> params.put(String.valueOf(k), v));
        }
        raw.forEach((k, v) -> {
            if (!KEYS.contains(k)) {
                params.put(k, v);
            }
        });
        return new OutputFormat(name, string("group", ""), required("template"),
                string("media_type", mediaType(path)), path, scope,
                items, number("limit"), number("days"), split, splitPath, indexTemplate, paginate, paginatePath,
                strings("only"), strings("except"), string("opt_out", ""),
                bool("skip_empty", false), bool("alternate", false), string("title", name),
                bool("enabled", true), params);
    }

    private static String mediaType(String path) {
        int dot = path.lastIndexOf('.');
        return MEDIA_TYPES.getOrDefault(dot < 0 ? "" : path.substring(dot), "application/octet-stream");
    }

    private String required(String key) {
        String value = string(key, "");
        if (value.isBlank()) {
            throw wrong(key, "given");
        }
        return value;
    }

    private String string(String key, String fallback) {
        Object value = raw.get(key);
        if (value instanceof Map || value instanceof List) {
            throw wrong(key, "a single value");
        }
        return value == null ? fallback : value.toString().strip();
    }

    private int number(String key) {
        Object value = raw.get(key);
        if (value == null || Boolean.FALSE.equals(value)) {
            return 0;
        }
        try {
            int n = value instanceof Number num ? num.intValue() : Integer.parseInt(value.toString().strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            throw wrong(key, "a whole number (got '" + value + "')");
        }
        throw wrong(key, "a whole number of 0 or more (got '" + value + "')");
    }

    private boolean bool(String key, boolean fallback) {
        Object value = raw.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrong(key, "true or false (got '" + value + "')");
    }

    private List<String> strings(String key) {
        Object value = raw.get(key);
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        }
        if (value instanceof Map) {
            throw wrong(key, "a list of names");
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String value = string(key, "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw wrong(key, "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + " (got '" + value + "')");
        }
    }

    private SiteException wrong(String key, String expected) {
        return new SiteException(Problem.error(file, 0, "output '" + name + "': '" + key + "' must be " + expected));
    }
}
