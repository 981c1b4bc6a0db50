package io.github.masthead.build;

import io.github.masthead.frontmatter.SourceText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Typed reads of front-matter values, following Jekyll's rules for strings, lists and booleans. */
final class FrontMatterFields {

    private final Map<String, Object> data;
    private final SourceText text;

    FrontMatterFields(Map<String, Object> data, SourceText text) {
        this.data = data;
        this.text = text;
    }

    Optional<Object> raw(String key) {
        return Optional.ofNullable(data.get(key));
    }

    /** A scalar value as text; lists and mappings are not strings. */
    Optional<String> string(String key) {
        Object value = data.get(key);
        if (value == null || value instanceof Map || value instanceof Collection) {
            return Optional.empty();
        }
        String s = String.valueOf(value);
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    Optional<Boolean> bool(String key) {
        Object value = data.get(key);
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        if (value != null) {
            String s = value.toString().trim();
            if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                return Optional.of(Boolean.parseBoolean(s));
            }
        }
        return Optional.empty();
    }

    /** Jekyll's {@code pluralized_array_from_hash}: the singular key's value, else the plural key's words. */
    List<String> list(String plural, String singular) {
        Object one = data.get(singular);
        if (one != null) {
            List<String> values = new ArrayList<>();
            if (one instanceof Collection<?> c) {
                c.stream().filter(Objects::nonNull).map(String::valueOf).forEach(values::add);
            } else {
                values.add(String.valueOf(one));
            }
            return values;
        }
        return words(data.get(plural));
    }

    /** A string split on white space, or a list's items as text. */
    static List<String> words(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            for (Object item : c) {
                if (item instanceof Collection<?> nested) {
                    out.addAll(words(nested));
                } else if (item != null) {
                    out.add(String.valueOf(item));
                }
            }
            return out;
        }
        String s = String.valueOf(value).trim();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }

    int lineOf(String key) {
        return text.lineOf(key);
    }
}
