package io.github.masthead.render.output;

/**
 * A feed offered on a page as {@code <link rel="alternate">}. Immutable.
 *
 * @param url       the feed's URL below the base URL, percent-encoded
 * @param mediaType its media type
 * @param title     its format's label, e.g. {@code Atom}
 * @param scope     the category or tag it follows, or empty for the whole site
 */
public record Alternate(String url, String mediaType, String title, String scope) {
}
