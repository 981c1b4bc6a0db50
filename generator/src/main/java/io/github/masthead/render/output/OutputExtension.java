package io.github.masthead.render.output;

import io.github.masthead.config.Settings;
import io.github.masthead.content.Post;
import io.github.masthead.content.Taxonomy;
import io.github.masthead.content.UrlPaths;
import io.github.masthead.render.SiteView;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The filters and functions of machine outputs and SEO tags:
 * <ul>
 *   <li>{@code json}: any value as JSON, escaped so that it is safe inside {@code <script>} too (see {@link Json});</li>
 *   <li>{@code rfc822}: a date as RSS 2.0 writes it, in the site timezone;</li>
 *   <li>{@code modified}: when a post or page last changed ({@code last_modified_at}, else its date);</li>
 *   <li>{@code absolute_links(base)}: article HTML with every relative link and image made absolute against
 *       {@code base}, for feed readers;</li>
 *   <li>{@code uri_escape}: a URL with spaces and other characters no URL may hold percent-encoded, as Jekyll's
 *       filter of that name, for links taken from front matter such as {@code page.sourceLink};</li>
 *   <li>{@code alternates(page)}: the feeds to offer on {@code page} as {@code <link rel="alternate">}: the
 *       site's, and the feed of the post's source category (or of the category or tag a page lists).</li>
 * </ul>
 * Thread-safe. Made for one build: it keeps each article's HTML with absolute links, which the feeds of the site,
 * of its source and of its tags all show.
 */
public final class OutputExtension extends AbstractExtension {

    private final Dates dates;
    private final List<OutputFormat> formats;
    private final Map<List<String>, String> absolute = new ConcurrentHashMap<>();

    public OutputExtension(Settings settings, List<OutputFormat> formats) {
        this.dates = new Dates(settings.timezone());
        this.formats = formats.stream().filter(f -> f.enabled() && f.alternate()).toList();
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "json", filter(List.of(), (value, args, site) -> new SafeString(Json.write(value))),
                "rfc822", filter(List.of(), (value, args, site) -> value instanceof ZonedDateTime date
                        ? dates.rfc822(date) : value),
                "modified", filter(List.of(), (value, args, site) -> site == null ? null
                        : dates.modified(value, site).orElse(null)),
                "absolute_links", filter(List.of("base"), (value, args, site) -> absolute.computeIfAbsent(
                        List.of(value.toString(), String.valueOf(args.get("base"))),
                        key -> AbsoluteLinks.resolve(key.get(0), key.get(1)))),
                "uri_escape", filter(List.of(), (value, args, site) -> UrlPaths.escapeUri(value.toString())));
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("alternates", new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                  int lineNumber) {
                return alternates(args.get("page"), context.getVariable("site"));
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of("page");
            }
        });
    }

    private List<Alternate> alternates(Object page, Object site) {
        Taxonomy category = null;
        Taxonomy tag = null;
        if (site instanceof SiteView view) {
            if (page instanceof Post post) {
                category = view.model().category(post.source()).orElse(null);
            } else if (page instanceof Taxonomy t) {
                category = view.categories().get(t.name()) == t ? t : null;
                tag = view.tags().get(t.name()) == t ? t : null;
            }
        }
        List<Alternate> links = new ArrayList<>();
        for (OutputFormat format : formats) {
            Taxonomy scope = format.scope() == OutputFormat.Scope.CATEGORY ? category : tag;
            if (format.scope() == OutputFormat.Scope.SITE) {
                links.add(new Alternate(format.url(""), format.mediaType(), format.title(), ""));
            } else if (scope != null && format.covers(scope.name())) {
                links.add(new Alternate(format.url(scope.slug()), format.mediaType(), format.title(), scope.name()));
            }
        }
        return links;
    }

    /** What a filter does with its input, its arguments and the {@code site} variable (or {@code null}). */
    @FunctionalInterface
    private interface Body {
        Object apply(Object input, Map<String, Object> args, SiteView site);
    }

    /** A filter taking {@code names} arguments that leaves {@code null} as it is. */
    private static Filter filter(List<String> names, Body body) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self,
                                EvaluationContext context, int lineNumber) {
                return input == null ? null : body.apply(input, args,
                        context.getVariable("site") instanceof SiteView site ? site : null);
            }

            @Override
            public List<String> getArgumentNames() {
                return names;
            }
        };
    }
}
