package io.github.masthead.clean;

import io.github.masthead.clean.media.ImageOptions;
import io.github.masthead.clean.rules.BuiltInPacks;
import io.github.masthead.clean.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Everything the cleaner is built from, read once per build from {@code _config.yml}'s {@code clean:} section
 * (see {@link CleanConfig}). Immutable.
 *
 * @param packs       the rule packs, in the order they apply: built-in, the site's pack files, the site's rules
 * @param disabled    names of rules and packs turned off
 * @param images      the {@code image_proxy} settings
 * @param iframeHosts hosts whose frames (video players) are kept; any other frame is removed
 * @param report      the path of the cleaning report written into the site, or empty for none
 * @param baseurl     the site's base URL path, such as {@code /news}, for links to the site's own pages and images
 */
public record CleanOptions(List<RulePack> packs, Set<String> disabled, ImageOptions images, List<String> iframeHosts,
                           String report, String baseurl) {

    /** Video hosts whose players are kept by default. */
    public static final List<String> DEFAULT_IFRAME_HOSTS = List.of("youtube.com", "youtube-nocookie.com",
            "player.vimeo.com", "player.bilibili.com", "dailymotion.com");

    /** The report's default path in the site. */
    public static final String DEFAULT_REPORT = "masthead-cleaning.json";

    public CleanOptions {
        packs = List.copyOf(packs);
        disabled = Set.copyOf(disabled);
        iframeHosts = List.copyOf(iframeHosts);
    }

    /** The built-in packs with every default: what a site without a {@code clean:} section gets. */
    public static CleanOptions defaults() {
        return new CleanOptions(BuiltInPacks.load(), Set.of(), ImageOptions.defaults(Path.of(".masthead-cache")),
                DEFAULT_IFRAME_HOSTS, DEFAULT_REPORT, "");
    }

    /** These options with other image settings. */
    public CleanOptions withImages(ImageOptions other) {
        return new CleanOptions(packs, disabled, other, iframeHosts, report, baseurl);
    }

    /** These options for a site served under {@code path}. */
    public CleanOptions withBaseurl(String path) {
        return new CleanOptions(packs, disabled, images, iframeHosts, report, path);
    }
}
