package io.github.masthead.frontmatter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file's front matter: the reserved fields typed, following Jekyll's rules for strings, lists and booleans,
 * and every key (reserved or not) in {@link #params()} for templates. Absent fields are {@code null}
 * (or empty lists).
 *
 * @param title       {@code title}
 * @param date        {@code date}, as written, for {@link DateParser}
 * @param categories  {@code categories} as written: a string's words, or a list's items (numbers stay numbers,
 *                    as Jekyll keeps them)
 * @param category    {@code category}: one category, never split
 * @param tags        {@code tag}, or else {@code tags} (a string is split on white space)
 * @param layout      {@code layout}; {@link #hasLayoutKey()} tells an explicit {@code layout: null} from none
 * @param permalink   {@code permalink}
 * @param published   {@code published}
 * @param author      {@code author}
 * @param sourceLink  the original article: {@code link}, {@code from} or {@code source_url}
 * @param excerpt     {@code excerpt}
 * @param slug        {@code slug}
 * @param image       {@code image}
 * @param params      every key
 * @param lines       the line of each key in the file, for messages
 */
public record FrontMatter(String title, String date, List<Object> categories, Object category, List<String> tags,
                          String layout, String permalink, Boolean published, String author, String sourceLink,
                          String excerpt, String slug, String image, Map<String, Object> params,
                          Map<String, Integer> lines) {

    public FrontMatter {
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        lines = Map.copyOf(lines);
    }

    private static final java.util.regex.Pattern CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    /** Types {@code data}, which came from {@code text} (with defaults merged in). */
    public static FrontMatter of(Map<String, Object> data, SourceText text) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : data.keySet()) {
            int line = text.lineOf(key);
            if (line > 0) {
                lines.put(key, line);
            }
        }
        Object date = data.get("date");
        return new FrontMatter(text(data, "title"), date == null ? null : String.valueOf(date),
                written(data.get("categories")), data.get("category"), tags(data), string(data, "layout"),
                string(data, "permalink"), bool(data.get("published")), text(data, "author"),
                first(data, "link", "from", "source_url"), text(data, "excerpt"), string(data, "slug"),
                string(data, "image"), data, lines);
    }

    /** Whether the front matter names a layout at all, even {@code null}. */
    public boolean hasLayoutKey() {
        return params.containsKey("layout");
    }

    /** The line of {@code key} in the file, or 0. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    public Optional<String> titleValue() {
        return Optional.ofNullable(title);
    }

    /** A string's words, or a list's items, flattened; nulls dropped. */
    public static List<Object> written(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>();
            for (Object item : items) {
                if (item instanceof Collection<?> nested) {
                    out.addAll(written(nested));
                } else if (item != null) {
                    out.add(item);
                }
            }
            return out;
        }
        if (value instanceof String s) {
            String trimmed = s.trim();
            return trimmed.isEmpty() ? List.of() : List.of((Object[]) trimmed.split("\\s+"));
        }
        return List.of(value);
    }

    private static List<String> tags(Map<String, Object> data) {
        Object one = data.get("tag");
        List<Object> values = one != null
                ? (one instanceof Collection<?> c ? written(c) : List.of(one))
                : written(data.get("tags"));
        return values.stream().map(String::valueOf).toList();
    }

    private static String string(Map<String, Object> data, String key) {
        Object value = data.get(key);
        if (value == null || value instanceof Map || value instanceof Collection) {
            return null;
        }
        String s = String.valueOf(value);
        return s.isBlank() ? null : s;
    }

    /**
     * A value shown to readers (a title, an author, an excerpt) without the control characters that no HTML or
     * XML page may hold: a title ending in a bell character would make every page that shows it invalid.
     */
    private static String text(Map<String, Object> data, String key) {
        String s = string(data, key);
        String kept = s == null ? null : CONTROL.matcher(s).replaceAll("");
        return kept == null || kept.isBlank() ? null : kept;
    }

    private static String first(Map<String, Object> data, String... keys) {
        for (String key : keys) {
            String value = string(data, key);
            if (value != null) {
                return value.trim();
            }
        }
        return null;
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null) {
            String s = value.toString().trim();
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(s);
            }
        }
        return null;
    }
}
