package io.github.masthead.render;

import io.github.masthead.config.Settings;
import io.github.masthead.content.Slugs;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Masthead's template filters:
 * <ul>
 *   <li>{@code relative_url}: a site path with the base URL before it ({@code /about/} to {@code /news/about/});</li>
 *   <li>{@code absolute_url}: the same, with the site URL before it;</li>
 *   <li>{@code xmlschema}: a date as ISO 8601 with its offset, for {@code <time datetime>} and feeds;</li>
 *   <li>{@code local_date(pattern)}: a date in the site timezone, formatted with a {@code DateTimeFormatter}
 *       pattern in the site language.</li>
 * </ul>
 * Thread-safe.
 */
public final class MastheadExtension extends AbstractExtension {

    private static final DateTimeFormatter WHOLE_SECONDS = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendOffset("+HH:MM", "Z").toFormatter(Locale.ROOT);

    private final Settings settings;
    private final String themeName;
    /** {@code local_date}'s formatters, by pattern: a pattern is parsed once per build, not once per page. */
    private final Map<String, DateTimeFormatter> localFormats = new ConcurrentHashMap<>();

    /** @param themeName the theme's name, whose resource bundles {@code messages} names */
    public MastheadExtension(Settings settings, String themeName) {
        this.settings = settings;
        this.themeName = themeName;
    }

    /**
     * {@code messages}: the base name of the theme's resource bundles of UI words, for Pebble's
     * {@code i18n(messages, "key")}, which picks the bundle for the site's {@code lang}.
     */
    @Override
    public Map<String, Object> getGlobalVariables() {
        return Map.of("messages", "META-INF/masthead/themes/" + themeName + "/i18n/messages");
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "relative_url", simple(value -> relative(String.valueOf(value))),
                "absolute_url", simple(value -> absolute(String.valueOf(value))),
                "xmlschema", simple(value -> value instanceof ZonedDateTime date ? xmlschema(date) : value),
                "local_date", new LocalDateFilter(),
                "source_name", simple(value -> sourceName(settings, String.valueOf(value))),
                "slugify", simple(value -> Slugs.slugify(String.valueOf(value))));
    }

    /**
     * The display name of a source, from the site's {@code sources:} list ({@code - {name: 德國之聲, category: dw}}),
     * or the category itself when the list does not name it.
     */
    public static String sourceName(Settings settings, String category) {
        if (settings.params().get("sources") instanceof List<?> sources) {
            for (Object source : sources) {
                if (source instanceof Map<?, ?> entry && category.equals(String.valueOf(entry.get("category")))
                        && entry.get("name") != null) {
                    return String.valueOf(entry.get("name"));
                }
            }
        }
        return category;
    }

    /** A site path with the site URL and base URL before it; a URL that has a host already stays as it is. */
    private String absolute(String path) {
        String relative = relative(path);
        return relative.startsWith("/") && !relative.startsWith("//") ? settings.url() + relative : relative;
    }

    private String relative(String path) {
        if (path.startsWith("http://") || path.startsWith("https://") || path.startsWith("//")) {
            return path;
        }
        return settings.baseurl() + (path.startsWith("/") ? path : "/" + path);
    }

    /**
     * {@code date} as ISO 8601 with its offset, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} prints it. A date
     * in whole seconds with an offset in whole minutes, as a post's nearly always is, takes a pattern without a
     * fraction of a second, which prints the same text at less cost: a sitemap prints one for every post.
     */
    static String xmlschema(ZonedDateTime date) {
        boolean plain = date.getNano() == 0 && date.getOffset().getTotalSeconds() % 60 == 0
                && date.getYear() >= 0 && date.getYear() <= 9999;
        return (plain ? WHOLE_SECONDS : DateTimeFormatter.ISO_OFFSET_DATE_TIME).format(date);
    }

    private static Filter simple(java.util.function.Function<Object, Object> function) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                                EvaluationContext context, int lineNumber) {
                return input == null ? null : function.apply(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }

    private final class LocalDateFilter implements Filter {
        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            if (!(input instanceof ZonedDateTime date)) {
                return input;
            }
            Object pattern = args.get("pattern");
            DateTimeFormatter format = localFormats.computeIfAbsent(pattern == null ? "yyyy-MM-dd HH:mm"
                    : pattern.toString(), text -> DateTimeFormatter.ofPattern(text,
                    Locale.forLanguageTag(settings.lang())));
            return date.withZoneSameInstant(settings.timezone()).format(format);
        }

        @Override
        public List<String> getArgumentNames() {
            return List.of("pattern");
        }
    }
}
