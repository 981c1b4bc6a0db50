package io.github.masthead.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The site's configuration: {@code _config.yml} read as Jekyll reads it, with front-end overrides applied.
 * Reserved keys are typed; every key (reserved or not) is also in {@link #params()} for templates.
 *
 * @param title            site title; default empty
 * @param description      site description; default empty
 * @param url              scheme and host, e.g. {@code https://example.github.io}; default empty
 * @param baseurl          the path the site is served under, e.g. {@code /news}; default empty
 * @param permalink        a style ({@code date}, {@code pretty}, {@code ordinal}, {@code weekdate}, {@code none})
 *                         or a template; default {@code date}
 * @param timezone         the zone dates without an offset are read in; default the machine's zone
 * @param lang             the site language, e.g. {@code zh-Hant}; default {@code en}
 * @param paginate         posts per page of the site's own {@code index.html}; 0 (the default) leaves it
 *                         unpaginated, and a theme's generated home then shows 20 posts a page
 * @param paginatePath     where pages 2, 3, … go; default {@code /page:num}
 * @param exclude          paths left out of the build, added to the defaults
 * @param include          {@code _}- or {@code .}-prefixed paths built anyway; default {@code .htaccess}
 * @param defaults         front-matter defaults by path and type
 * @param showDrafts       build {@code _drafts/}; default false
 * @param future           build posts dated after the build time; default false
 * @param unpublished      build posts with {@code published: false}; default false
 * @param excerptSeparator where a post's excerpt ends; default a blank line
 * @param theme            the theme name or folder; default {@code newsroom}
 * @param params           every key of the file, overrides applied
 */
public record Settings(String title,
                       String description,
                       String url,
                       String baseurl,
                       String permalink,
                       ZoneId timezone,
                       String lang,
                       int paginate,
                       String paginatePath,
                       List<String> exclude,
                       List<String> include,
                       List<FrontMatterDefaults.Scope> defaults,
                       boolean showDrafts,
                       boolean future,
                       boolean unpublished,
                       String excerptSeparator,
                       String theme,
                       Map<String, Object> params) {

    /** Paths Jekyll 4.3 always excludes, plus Maven's {@code pom.xml} and {@code target}. */
    public static final List<String> DEFAULT_EXCLUDES = List.of(
            ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
            "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/", "pom.xml", "target");

    public Settings {
        exclude = List.copyOf(exclude);
        include = List.copyOf(include);
        defaults = List.copyOf(defaults);
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** The absolute URL prefix of the site: {@code url + baseurl}, without a trailing slash. */
    public String absoluteBase() {
        String base = url + baseurl;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
