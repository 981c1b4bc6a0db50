package io.github.masthead.clean.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Typed reads from one YAML mapping (a rule, a pack, the {@code clean:} settings), with messages that name the
 * key, such as {@code clean.rules[2].text}. Remembers which keys were read, so that unknown keys (usually
 * typing mistakes) can be reported. Not thread-safe; used while loading.
 */
public final class Spec {

    /** Flags for every pattern in rules: Unicode classes, so {@code \s} covers the ideographic space. */
    public static final int PATTERN_FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL;

    private final Map<?, ?> map;
    private final String where;
    private final Set<String> read = new HashSet<>();

    public Spec(Map<?, ?> map, String where) {
        this.map = map;
        this.where = where;
    }

    /** Reads {@code value} as a mapping, or fails naming {@code where}. */
    public static Spec of(Object value, String where) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new RuleException(where + ": must be a mapping of keys to values, not "
                    + (value == null ? "nothing" : describe(value)));
        }
        return new Spec(m, where);
    }

    /** Where this mapping is, for messages. */
    public String where() {
        return where;
    }

    /** The key's path, for messages. */
    public String at(String key) {
        return where.isEmpty() ? key : where + "." + key;
    }

    public boolean has(String key) {
        return map.containsKey(key);
    }

    public Object raw(String key) {
        read.add(key);
        return map.get(key);
    }

    public String string(String key) {
        return optString(key).orElseThrow(() -> new RuleException(at(key) + ": is required"));
    }

    public Optional<String> optString(String key) {
        Object value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List) {
            throw new RuleException(at(key) + ": must be a single value, not " + describe(value));
        }
        String s = String.valueOf(value);
        if (s.isBlank()) {
            throw new RuleException(at(key) + ": must not be empty");
        }
        return Optional.of(s);
    }

    /** A list of strings; a single string counts as a list of one. */
    public List<String> strings(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map) {
            throw new RuleException(at(key) + ": must be a list, not a mapping");
        }
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                throw new RuleException(at(key) + "[" + i + "]: must be a non-empty text");
            }
            out.add(String.valueOf(item));
        }
        return out;
    }

    public boolean bool(String key, boolean fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String s = value.toString().trim();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new RuleException(at(key) + ": must be true or false, not '" + value + "'");
    }

    public long number(String key, long fallback, long min, long max) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            long n = value instanceof Number num ? num.longValue() : Long.parseLong(value.toString().trim());
            if (n < min || n > max) {
                throw new RuleException(at(key) + ": must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RuleException(at(key) + ": must be a whole number, not '" + value + "'", e);
        }
    }

    public Pattern pattern(String key) {
        return optPattern(key).orElseThrow(() -> new RuleException(at(key) + ": is required"));
    }

    public Optional<Pattern> optPattern(String key) {
        return optString(key).map(text -> {
            try {
                return Pattern.compile(text, PATTERN_FLAGS);
            } catch (PatternSyntaxException e) {
                throw new RuleException(at(key) + ": not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex(), e);
            }
        });
    }

    public Evaluator css(String key) {
        return optCss(key).orElseThrow(() -> new RuleException(at(key) + ": is required"));
    }

    public Optional<Evaluator> optCss(String key) {
        return optString(key).map(text -> {
            try {
                return QueryParser.parse(text);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new RuleException(at(key) + ": not a valid CSS selector: " + e.getMessage(), e);
            }
        });
    }

    /** A nested mapping, or an empty one when absent. */
    public Spec child(String key) {
        Object value = raw(key);
        return value == null ? new Spec(Map.of(), at(key)) : of(value, at(key));
    }

    /** A list of mappings. */
    public List<Spec> children(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new RuleException(at(key) + ": must be a list, not " + describe(value));
        }
        List<Spec> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(of(list.get(i), at(key) + "[" + i + "]"));
        }
        return out;
    }

    /** Fails if the mapping has a key that was never read. */
    public void rejectUnknownKeys() {
        Set<String> unknown = new TreeSet<>();
        for (Object key : map.keySet()) {
            if (!read.contains(String.valueOf(key))) {
                unknown.add(String.valueOf(key));
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleException(at(unknown.iterator().next()) + ": unknown key; the keys here are "
                    + String.join(", ", new TreeSet<>(read)));
        }
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "'" + value + "'";
    }
}
