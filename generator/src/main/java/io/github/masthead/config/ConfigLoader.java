package io.github.masthead.config;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import io.github.masthead.frontmatter.SafeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code _config.yml} into {@link Settings}, applies overrides, and checks each reserved key's type.
 * A mistake is reported as a {@link SiteException} naming {@code _config.yml}, the key and what to write.
 */
public final class ConfigLoader {

    static final String FILE = "_config.yml";

    /**
     * Loads the configuration of the site in {@code source}. A missing {@code _config.yml} means all defaults.
     *
     * @param overrides keys that replace the file's values; a mapping is merged into the file's mapping of that key
     */
    public Settings load(Path source, Map<String, Object> overrides) {
        if (!Files.isDirectory(source)) {
            throw new SiteException(Problem.error(source.toString(), 0,
                    "the site folder does not exist or is not a folder"));
        }
        Map<String, Object> raw = new LinkedHashMap<>(readFile(source.resolve(FILE)));
        overrides.forEach((key, value) -> raw.merge(key, value, ConfigLoader::override));
        return toSettings(raw);
    }

    /** An override replaces the file's value, except that a mapping over a mapping replaces only its own keys. */
    private static Object override(Object fileValue, Object value) {
        if (fileValue instanceof Map<?, ?> base && value instanceof Map<?, ?> top) {
            Map<Object, Object> merged = new LinkedHashMap<>(base);
            merged.putAll(top);
            return merged;
        }
        return value;
    }

    private static Map<String, Object> readFile(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteException(Problem.error(FILE, 0, "cannot read the file: " + e.getMessage()), e);
        }
        try {
            return SafeYaml.parseMapping(text, FILE, 1);
        } catch (SafeYaml.YamlProblem e) {
            throw new SiteException(Problem.error(FILE, e.line(), e.getMessage()), e);
        }
    }

    private static Settings toSettings(Map<String, Object> raw) {
        Values v = new Values(raw);
        List<String> exclude = new ArrayList<>(Settings.DEFAULT_EXCLUDES);
        exclude.addAll(v.strings("exclude"));
        List<String> include = raw.containsKey("include") ? v.strings("include") : List.of(".htaccess");
        return new Settings(
                v.string("title", ""),
                v.string("description", "").trim(),
                trimTrailingSlash(v.string("url", "")),
                normalizeBaseurl(v.string("baseurl", "")),
                v.string("permalink", "date"),
                v.zone("timezone"),
                v.string("lang", "en"),
                v.integer("paginate", 0),
                v.string("paginate_path", "/page:num"),
                exclude,
                include,
                v.defaults(),
                v.bool("show_drafts", false),
                v.bool("future", false),
                v.bool("unpublished", false),
                v.string("excerpt_separator", "\n\n"),
                v.string("theme", "newsroom"),
                raw);
    }

    private static String trimTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String normalizeBaseurl(String baseurl) {
        String b = trimTrailingSlash(baseurl.trim());
        if (b.isEmpty() || b.equals("/")) {
            return "";
        }
        return b.startsWith("/") ? b : "/" + b;
    }

    /** Typed reads of raw values with messages in the user's terms. */
    private record Values(Map<String, Object> raw) {

        String string(String key, String fallback) {
            Object value = raw.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Map || value instanceof List) {
                throw wrongType(key, "a single value");
            }
            return String.valueOf(value);
        }

        int integer(String key, int fallback) {
            Object value = raw.get(key);
            if (value == null || Boolean.FALSE.equals(value)) {
                return fallback;
            }
            try {
                int n = value instanceof Number number ? number.intValue() : Integer.parseInt(value.toString().trim());
                if (n < 0) {
                    throw wrongType(key, "a whole number of 0 or more");
                }
                return n;
            } catch (NumberFormatException e) {
                throw wrongType(key, "a whole number");
            }
        }

        boolean bool(String key, boolean fallback) {
            Object value = raw.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            String s = value.toString().trim().toLowerCase(java.util.Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return Boolean.parseBoolean(s);
            }
            throw wrongType(key, "true or false");
        }

        List<String> strings(String key) {
            Object value = raw.get(key);
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> list) {
                return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
            }
            if (value instanceof Map) {
                throw wrongType(key, "a list of paths");
            }
            return List.of(value.toString());
        }

        ZoneId zone(String key) {
            Object value = raw.get(key);
            if (value == null || value.toString().isBlank()) {
                return ZoneId.systemDefault();
            }
            try {
                return ZoneId.of(value.toString().trim());
            } catch (DateTimeException e) {
                throw wrongType(key, "a time zone name such as Asia/Taipei or Europe/Berlin (got '" + value + "')");
            }
        }

        List<FrontMatterDefaults.Scope> defaults() {
            Object value = raw.get("defaults");
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw wrongType("defaults", "a list of {scope, values} entries");
            }
            List<FrontMatterDefaults.Scope> scopes = new ArrayList<>();
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> map) || !(map.get("values") instanceof Map<?, ?> values)) {
                    throw wrongType("defaults", "entries with a 'values' mapping");
                }
                Map<?, ?> scope = map.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                Map<String, Object> typed = new LinkedHashMap<>();
                values.forEach((k, val) -> typed.put(String.valueOf(k), val));
                scopes.add(new FrontMatterDefaults.Scope(
                        scope.get("path") == null ? "" : scope.get("path").toString(),
                        scope.get("type") == null ? "" : scope.get("type").toString(), typed));
            }
            return scopes;
        }

        private static SiteException wrongType(String key, String expected) {
            return new SiteException(Problem.error(FILE, 0, "'" + key + "' must be " + expected));
        }
    }
}
