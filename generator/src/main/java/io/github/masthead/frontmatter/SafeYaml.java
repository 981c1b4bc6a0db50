package io.github.masthead.frontmatter;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML set up for untrusted input: safe construction only (no Java type tags), a cap on aliases
 * (no "billion laughs"), on nesting and on size, and no implicit timestamps, so that dates reach
 * {@link DateParser} as the text the author wrote. Thread-safe: each call makes its own parser.
 */
public final class SafeYaml {

    /** The largest YAML document accepted, in code points. */
    public static final int MAX_CODE_POINTS = 1 << 20;

    private SafeYaml() {
    }

    /**
     * Parses a YAML mapping.
     *
     * @param text       the YAML text
     * @param file       the file it came from, for messages
     * @param firstLine  the 1-based line of the file on which {@code text} starts
     * @return the mapping, empty for an empty document
     * @throws YamlProblem when the text is not YAML or not a mapping
     */
    public static Map<String, Object> parseMapping(String text, String file, int firstLine) {
        Object value;
        try {
            value = newYaml().load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            throw new YamlProblem(file, line, "invalid YAML: " + describe(e));
        } catch (YAMLException e) {
            throw new YamlProblem(file, firstLine, "invalid YAML: " + firstLine(e.getMessage()));
        } catch (NumberFormatException | ArithmeticException e) {
            // SnakeYAML lets these through for numbers it cannot hold, e.g. an overflowing base-60 "1:2:3".
            throw new YamlProblem(file, firstLine, "invalid YAML: a number out of range (" + e.getMessage() + ")");
        }
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new YamlProblem(file, firstLine, "front matter must be a mapping of keys to values, not "
                    + value.getClass().getSimpleName());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) normalizeKeys(map);
        return typed;
    }

    private static Map<?, ?> normalizeKeys(Map<?, ?> map) {
        boolean allStrings = map.keySet().stream().allMatch(k -> k instanceof String);
        if (allStrings) {
            return map;
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : "";
        String context = e.getContext() != null ? e.getContext() + ": " : "";
        String text = (context + problem).trim();
        return text.isEmpty() ? firstLine(e.getMessage()) : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options,
                new NoTimestampResolver());
    }

    /** YAML 1.1 resolution as Jekyll's Psych does it, less timestamps: dates stay strings. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first);
            }
        }

        @Override
        public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    /** A YAML document that could not be read, with its position. */
    public static final class YamlProblem extends RuntimeException {
        private final String file;
        private final int line;

        public YamlProblem(String file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }

        public String file() {
            return file;
        }

        public int line() {
            return line;
        }
    }
}
