package io.github.masthead.render.output;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a site's settings block to every format of the same {@code group}, with jekyll-feed's key names
 * where they exist, so that a Jekyll site's {@code feed:} block works as it is:
 * <ul>
 *   <li>{@code false} turns the whole group off;</li>
 *   <li>{@code posts_limit} (or {@code limit}) caps the items of each format;</li>
 *   <li>{@code categories: [a, b]} limits per-category formats to those categories;</li>
 *   <li>{@code tags: true}, or {@code tags: {only: [..], except: [..]}}, turns per-tag formats on;</li>
 *   <li>{@code days}, {@code split}, {@code enabled}, {@code skip_empty}, {@code alternate} apply as they are;</li>
 *   <li>any other key (jekyll-feed's {@code excerpt_only}, a news sitemap's {@code publication_name}) is
 *       passed to the templates as {@code output.params}.</li>
 * </ul>
 * Keys that name one file ({@code path}, {@code template}, ...) are not applied to a whole group: they are
 * set per format in {@code outputs:}. Stateless.
 */
final class GroupSettings {

    private static final Set<String> FOR_EACH = Set.of("limit", "days", "split", "enabled", "skip_empty", "alternate",
            "opt_out");

    private GroupSettings() {
    }

    static void apply(Map<String, Map<String, Object>> formats, Map<String, Object> siteParams,
                      Set<String> changedBySite) {
        formats.forEach((name, raw) -> {
            Object group = raw.get("group");
            Object block = group == null ? null : siteParams.get(group.toString());
            if (block == null) {
                return;
            }
            changedBySite.add(name);
            if (Boolean.FALSE.equals(block)) {
                raw.put("enabled", false);
                return;
            }
            Map<String, Object> settings = OutputFormats.mapping(block, OutputFormats.CONFIG_FILE,
                    "'" + group + "' must be false or a mapping of settings for the " + group + " outputs");
            settings.forEach((key, value) -> applyKey(raw, key, value));
        });
    }

    private static void applyKey(Map<String, Object> raw, String key, Object value) {
        String scope = String.valueOf(raw.getOrDefault("scope", "site"));
        switch (key) {
            case "posts_limit" -> raw.put("limit", value);
            case "categories" -> {
                if (scope.equals("category")) {
                    raw.put("only", value);
                }
            }
            case "tags" -> {
                if (scope.equals("tag")) {
                    applyTags(raw, value);
                }
            }
            default -> {
                if (FOR_EACH.contains(key) || !FormatReader.KEYS.contains(key)) {
                    raw.put(key, value);
                }
            }
        }
    }

    private static void applyTags(Map<String, Object> raw, Object value) {
        if (value instanceof Boolean on) {
            raw.put("enabled", on);
        } else if (value instanceof List<?> names) {
            raw.put("enabled", true);
            raw.put("only", names);
        } else if (value instanceof Map<?, ?> filters) {
            raw.put("enabled", true);
            if (filters.get("only") != null) {
                raw.put("only", filters.get("only"));
            }
            if (filters.get("except") != null) {
                raw.put("except", filters.get("except"));
            }
        }
    }
}
