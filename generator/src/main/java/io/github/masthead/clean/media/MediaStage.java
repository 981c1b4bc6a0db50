package io.github.masthead.clean.media;

import io.github.masthead.clean.rules.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The step between the rules and the sanitizer: points links at this site's copies of articles, puts image URLs
 * in the configured form ({@link ImageMode}), drops images without a source, and removes frames that are not
 * video players from the allowed hosts. Every change is reported under a name of its own
 * ({@code own-pages}, {@code https-images}, {@code image-template}, {@code local-images}, {@code empty-images},
 * {@code iframe-not-allowed}). Immutable and thread-safe.
 */
public final class MediaStage {

    private static final Evaluator IMAGES = QueryParser.parse("img");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator FRAMES = QueryParser.parse("iframe");

    private final ImageOptions options;
    private final List<String> iframeHosts;
    private final LocalImages local;
    private final String baseurl;

    /**
     * @param local the downloader for {@link ImageMode#LOCAL}, or {@code null} in other modes
     */
    public MediaStage(ImageOptions options, List<String> iframeHosts, LocalImages local, String baseurl) {
        this.options = options;
        this.iframeHosts = List.copyOf(iframeHosts);
        this.local = local;
        this.baseurl = baseurl;
    }

    /**
     * Applies the step to {@code body}; downloaded images are added to {@code images}, failures to
     * {@code problems}.
     */
    public void apply(Element body, RuleContext context, List<LocalImage> images, List<String> problems) {
        ownPages(body, context);
        frames(body, context);
        for (Element img : body.select(IMAGES)) {
            if (img.attr("src").isBlank() && !img.attr("srcset").isBlank()) {
                Srcset.parse(img.attr("srcset")).stream().findFirst().ifPresent(c -> img.attr("src", c.url()));
            }
            if (img.attr("src").isBlank()) {
                context.ledger().removed("empty-images", img);
                img.remove();
            }
        }
        Map<String, LocalImages.Outcome> fetched = local == null ? Map.of() : local.fetchAll(imageUrls(body));
        UrlAttributes.rewrite(body, (el, attr, url) -> isImageUrl(el, attr) ? image(url, attr, fetched, context,
                images, problems) : url);
        for (Element img : body.select(IMAGES)) {
            boolean fromOrigin = options.mode() == ImageMode.ORIGIN
                    || options.mode() == ImageMode.LOCAL && Urls.isHttp(img.attr("src"));
            if (fromOrigin && !img.hasAttr("referrerpolicy")) {
                img.attr("referrerpolicy", "no-referrer");
            }
            if (!img.attr("loading").equalsIgnoreCase("eager")) {
                img.attr("loading", "lazy");
            }
        }
    }

    private void ownPages(Element body, RuleContext context) {
        for (Element a : body.select(LINKS)) {
            String href = a.attr("href");
            Optional<String> page = context.article().ownPageFor().apply(href.strip());
            if (page.isPresent() && !page.get().equals(href)) {
                context.ledger().changed("own-pages", "href", href, page.get());
                a.attr("href", page.get());
            }
        }
    }

    private void frames(Element body, RuleContext context) {
        for (Element frame : body.select(FRAMES)) {
            String src = frame.attr("src").strip();
            if (src.regionMatches(true, 0, "http://", 0, 7)) {
                src = "https://" + src.substring(7);
            }
            if (src.regionMatches(true, 0, "https://", 0, 8) && Urls.hostIn(Urls.host(src), iframeHosts)) {
                frame.attr("src", src);
            } else {
                context.ledger().removed("iframe-not-allowed", frame);
                frame.remove();
            }
        }
    }

    private static boolean isImageUrl(Element el, String attr) {
        return switch (el.normalName()) {
            case "img" -> attr.equals("src") || attr.equals("srcset");
            case "source" -> el.parent() != null && el.parent().normalName().equals("picture");
            case "video" -> attr.equals("poster");
            default -> false;
        };
    }

    private Set<String> imageUrls(Element body) {
        Set<String> urls = new LinkedHashSet<>();
        UrlAttributes.rewrite(body, (el, attr, url) -> {
            if (isImageUrl(el, attr) && Urls.isHttp(url)) {
                urls.add(url.strip());
            }
            return url;
        });
        return urls;
    }

    private String image(String url, String attr, Map<String, LocalImages.Outcome> fetched, RuleContext context,
                         List<LocalImage> images, List<String> problems) {
        String u = url.strip();
        if (!Urls.isHttp(u)) {
            return url;
        }
        switch (options.mode()) {
            case KEEP:
                return url;
            case TEMPLATE:
                String wrapped = options.template().replace("{url}", Urls.encodeComponent(u));
                context.ledger().changed("image-template", attr, u, wrapped);
                return wrapped;
            case LOCAL:
                LocalImages.Outcome outcome = fetched.get(u);
                if (outcome != null && outcome.image().isPresent()) {
                    LocalImage image = outcome.image().get();
                    images.add(image);
                    String path = baseurl + "/" + image.outputPath();
                    context.ledger().changed("local-images", attr, u, path);
                    return path;
                }
                problems.add("image not downloaded, linked to its origin instead: " + u
                        + (outcome == null ? "" : " (" + outcome.problem() + ")"));
                return upgrade(u, attr, context);
            default:
                return upgrade(u, attr, context);
        }
    }

    private String upgrade(String url, String attr, RuleContext context) {
        if (options.upgradeHttp() && url.regionMatches(true, 0, "http://", 0, 7)) {
            String https = "https://" + url.substring(7);
            context.ledger().changed("https-images", attr, url, https);
            return https;
        }
        return url;
    }

    /** Whether {@code path} is where this stage puts downloaded images, so a second cleaning leaves it. */
    public boolean isLocalImagePath(String path) {
        return path.startsWith(baseurl + "/" + options.outputPath() + "/");
    }

    /** The images of {@code images} without repeats, in order. */
    public static List<LocalImage> distinct(List<LocalImage> images) {
        return new ArrayList<>(new LinkedHashSet<>(images));
    }
}
