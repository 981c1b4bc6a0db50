package io.github.masthead.clean.media;

import java.nio.file.Path;

/**
 * An image downloaded for the site ({@code image_proxy.mode: local}), waiting in the cache to be published. Immutable.
 *
 * @param url        the original URL
 * @param outputPath where the site gets it, relative to the output folder, e.g. {@code assets/images/3fa1….jpg}
 * @param cacheFile  the downloaded file
 */
public record LocalImage(String url, String outputPath, Path cacheFile) {
}
