package io.github.masthead.clean.media;

import java.util.Locale;
import java.util.Optional;

/** Where article images point after cleaning ({@code clean.image_proxy.mode}). */
public enum ImageMode {
    /** The original image URL, loaded without a referrer and lazily (the default). */
    ORIGIN,
    /** Whatever the article had, proxy URLs included. */
    KEEP,
    /** The original URL placed in a proxy template such as {@code https://wsrv.nl/?url={url}&w=1200}. */
    TEMPLATE,
    /** A copy downloaded once into the site, under a name made from its content. */
    LOCAL;

    /** The mode named {@code name}, ignoring case. */
    public static Optional<ImageMode> named(String name) {
        for (ImageMode m : values()) {
            if (m.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The name as written in {@code _config.yml}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
