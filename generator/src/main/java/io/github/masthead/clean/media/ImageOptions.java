package io.github.masthead.clean.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The {@code clean.image_proxy} settings. Immutable.
 *
 * @param mode         where images point; default {@link ImageMode#ORIGIN}
 * @param template     the proxy URL for {@link ImageMode#TEMPLATE}, holding {@code {url}}
 * @param cache        the folder that keeps downloaded images between builds ({@link ImageMode#LOCAL});
 *                     default {@code <source>/.masthead-cache/images}
 * @param outputPath   where in the site downloaded images are written; default {@code assets/images}
 * @param maxBytes     the largest image downloaded; default 10 MiB
 * @param timeout      how long one download may take; default 20 s
 * @param concurrency  how many downloads run at once; default 4
 * @param types        the content types accepted
 * @param allowPrivate whether images on loopback or private-network addresses may be downloaded; default false
 * @param upgradeHttp  whether {@code http:} images are loaded over {@code https:}; default true
 */
public record ImageOptions(ImageMode mode, String template, Path cache, String outputPath, long maxBytes,
                           Duration timeout, int concurrency, List<String> types, boolean allowPrivate,
                           boolean upgradeHttp) {

    /** Image types downloaded by default. SVG is left out: it can carry scripts. */
    public static final List<String> DEFAULT_TYPES = List.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/avif");

    public ImageOptions {
        types = List.copyOf(types);
    }

    /** The defaults, with the cache under {@code source}. */
    public static ImageOptions defaults(Path source) {
        return new ImageOptions(ImageMode.ORIGIN, "", source.resolve(".masthead-cache/images"), "assets/images",
                10L << 20, Duration.ofSeconds(20), 4, DEFAULT_TYPES, false, true);
    }
}
