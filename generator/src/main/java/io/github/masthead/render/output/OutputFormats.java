package io.github.masthead.render.output;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import io.github.masthead.config.Settings;
import io.github.masthead.frontmatter.SafeYaml;
import io.github.masthead.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output formats of a build, in three layers: the theme's {@code outputs:} list in {@code theme.yml}; then,
 * for each format with a {@code group}, the site's {@code _config.yml} block of that name (jekyll-feed's
 * {@code feed:} block, see {@link GroupSettings}); then the site's own {@code outputs:} mapping, where a name
 * maps to {@code false} (turn the format off), to changed keys, or to a whole new format. Stateless.
 */
public final class OutputFormats {

    static final String THEME_FILE = "theme.yml";
    static final String CONFIG_FILE = "_config.yml";
    static final String OUTPUTS = "outputs";

    private OutputFormats() {
    }

    /** Every format of the theme and the site, the turned-off ones included (see {@link OutputFormat#enabled()}). */
    public static List<OutputFormat> read(Theme theme, Settings settings) {
        Map<String, Map<String, Object>> formats = themeFormats(theme);
        Set<String> changedBySite = new HashSet<>();
        GroupSettings.apply(formats, settings.params(), changedBySite);
        applySiteOutputs(formats, settings.params().get(OUTPUTS), changedBySite);
        List<OutputFormat> result = new ArrayList<>();
        formats.forEach((name, raw) -> result.add(new FormatReader(name, raw,
                changedBySite.contains(name) ? CONFIG_FILE : THEME_FILE).read()));
        return List.copyOf(result);
    }

    private static Map<String, Map<String, Object>> themeFormats(Theme theme) {
        Path file = theme.root().resolve(THEME_FILE);
        Map<String, Map<String, Object>> formats = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return formats;
        }
        Object outputs;
        try {
            outputs = SafeYaml.parseMapping(Files.readString(file, StandardCharsets.UTF_8), THEME_FILE, 1)
                    .get(OUTPUTS);
        } catch (IOException e) {
            throw new SiteException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (SafeYaml.YamlProblem e) {
            throw new SiteException(Problem.error(file.toString(), e.line(), e.getMessage()), e);
        }
        if (outputs == null) {
            return formats;
        }
        if (!(outputs instanceof List<?> list)) {
            throw new SiteException(Problem.error(file.toString(), 0, "'outputs' must be a list of formats"));
        }
        for (Object entry : list) {
            Map<String, Object> raw = mapping(entry, file.toString(), "each entry of 'outputs' must be a mapping");
            Object name = raw.get("name");
            if (name == null || name.toString().isBlank()) {
                throw new SiteException(Problem.error(file.toString(), 0, "each entry of 'outputs' needs a 'name'"));
            }
            formats.put(name.toString().strip(), raw);
        }
        return formats;
    }

    private static void applySiteOutputs(Map<String, Map<String, Object>> formats, Object outputs,
                                         Set<String> changedBySite) {
        if (outputs == null) {
            return;
        }
        Map<String, Object> byName = mapping(outputs, CONFIG_FILE,
                "'outputs' must be a mapping of format names to false or to the keys to change");
        byName.forEach((name, change) -> {
            changedBySite.add(name);
            Map<String, Object> raw = formats.computeIfAbsent(name, n -> new LinkedHashMap<>());
            if (Boolean.FALSE.equals(change)) {
                raw.put("enabled", false);
            } else if (Boolean.TRUE.equals(change)) {
                raw.put("enabled", true);
            } else {
                raw.putAll(mapping(change, CONFIG_FILE, "'outputs." + name + "' must be false or a mapping of keys"));
            }
        });
    }

    /** {@code value} as a mapping with string keys, or an error with {@code message}. */
    static Map<String, Object> mapping(Object value, String file, String message) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new SiteException(Problem.error(file, 0, message));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
