package io.github.masthead.content;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll 4.3's URLs: the built-in permalink styles, custom templates with every placeholder, and the same
 * sanitizing and encoding. Immutable and thread-safe.
 */
public final class Permalinks {

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Set<String> HTML_EXTENSIONS = Set.of(".html", ".xhtml", ".htm");

    private final String style;
    private final String postTemplate;

    /** @param style the site's {@code permalink} setting: a style name or a template */
    public Permalinks(String style) {
        this.style = style == null || style.isBlank() ? "date" : style.trim();
        this.postTemplate = templateFor(this.style);
    }

    /** The post URL template of a permalink style, as Jekyll's {@code style_to_permalink}. */
    public static String templateFor(String style) {
        return switch (style) {
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "none" -> "/:categories/:title:output_ext";
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "weekdate" -> "/:categories/:year/W:week/:short_day/:title:output_ext";
            default -> style;
        };
    }

    /**
     * A post's URL.
     *
     * @param permalink  the front-matter permalink, or {@code null}
     * @param slug       the slug (front-matter {@code slug} or the file name's)
     * @param fileStem   the file name without date prefix or extension handling: Jekyll's basename without ext
     * @param pathStem   the path below {@code _posts/} without extension, with a leading {@code /}
     * @param categories the post's categories
     * @param date       the post's date in the site timezone
     * @param outputExt  {@code .html} for Markdown and HTML posts
     */
    public String postUrl(String permalink, String slug, String fileStem, String pathStem, List<String> categories,
                          ZonedDateTime date, String outputExt, String collection) {
        Map<String, String> fixed = Map.of(
                "title", Slugs.prettyCased(slug),
                "slug", Slugs.slugify(slug),
                "name", Slugs.slugify(fileStem),
                "path", pathStem,
                "categories", categoryPath(categories),
                "output_ext", outputExt,
                "collection", collection);
        Function<String, String> values = key -> fixed.containsKey(key) ? fixed.get(key) : dateValue(key, date);
        String template = permalink != null && !permalink.isBlank() ? permalink : postTemplate;
        return generate(template, values);
    }

    /**
     * A page's URL.
     *
     * @param permalink the front-matter permalink, or {@code null}
     * @param dir       the page's folder relative to the source ({@code ""} at the top)
     * @param basename  the file name without extension
     * @param outputExt the output extension ({@code .html} for Markdown and HTML)
     */
    public String pageUrl(String permalink, String dir, String basename, String outputExt) {
        Map<String, String> values = Map.of("path", dir, "basename", basename, "output_ext", outputExt);
        String template;
        if (permalink != null && !permalink.isBlank()) {
            template = permalink;
        } else if (!HTML_EXTENSIONS.contains(outputExt)) {
            template = "/:path/:basename:output_ext";
        } else if (basename.equals("index")) {
            template = "/:path/";
        } else {
            template = "/:path/:basename" + suffix();
        }
        return generate(template, key -> values.getOrDefault(key, null));
    }

    private String suffix() {
        return switch (style) {
            case "pretty" -> "/";
            case "date", "ordinal", "none" -> ":output_ext";
            default -> style.endsWith("/") ? "/" : style.endsWith(":output_ext") ? ":output_ext" : "";
        };
    }

    private static String generate(String template, Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.apply(name);
            String consumed = name;
            if (value == null && name.endsWith("_")) {
                consumed = name.substring(0, name.length() - 1);
                value = values.apply(consumed);
            }
            if (value == null) {
                throw new IllegalArgumentException("the permalink '" + template + "' uses :" + name
                        + ", which is not a placeholder Jekyll knows");
            }
            String rest = name.substring(consumed.length());
            m.appendReplacement(out, Matcher.quoteReplacement(escapePath(value) + rest));
        }
        m.appendTail(out);
        return sanitize(squeeze(out.toString()));
    }

    private static String escapePath(String value) {
        if (value.isEmpty() || value.matches("[a-zA-Z0-9./-]+")) {
            return value;
        }
        return UrlPaths.encode(value).replace("#", "%23");
    }

    private static String sanitize(String url) {
        String result = ("/" + url).replace("..", "/");
        result = result.replace("./", "");
        return squeeze(result);
    }

    private static String squeeze(String s) {
        return s.replaceAll("/{2,}", "/");
    }

    private static String categoryPath(List<String> categories) {
        Set<String> set = new LinkedHashSet<>();
        for (String category : categories) {
            set.add(category.toLowerCase(Locale.ROOT));
        }
        return String.join("/", set);
    }

    private static String dateValue(String key, ZonedDateTime date) {
        return switch (key) {
            case "year" -> format(date, "yyyy");
            case "month" -> format(date, "MM");
            case "i_month" -> Integer.toString(date.getMonthValue());
            case "day" -> format(date, "dd");
            case "i_day" -> Integer.toString(date.getDayOfMonth());
            case "y_day" -> format(date, "DDD");
            case "short_year" -> format(date, "yy");
            case "hour" -> format(date, "HH");
            case "minute" -> format(date, "mm");
            case "second" -> format(date, "ss");
            case "short_month" -> format(date, "MMM");
            case "long_month" -> format(date, "MMMM");
            case "short_day" -> format(date, "EEE");
            case "long_day" -> format(date, "EEEE");
            case "week" -> String.format(Locale.ROOT, "%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "w_year" -> Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR));
            case "w_day" -> Integer.toString(date.getDayOfWeek().getValue());
            default -> null;
        };
    }

    private static String format(ZonedDateTime date, String pattern) {
        return date.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }
}
