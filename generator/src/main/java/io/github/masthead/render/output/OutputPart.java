package io.github.masthead.render.output;

import java.time.ZonedDateTime;

/**
 * One part of a split output, as its index lists it (a sitemap index's {@code <sitemap>} entries). Immutable.
 *
 * @param url     the part's URL below the base URL, percent-encoded
 * @param updated the latest change among its items, or {@code null} when none has a date
 */
public record OutputPart(String url, ZonedDateTime updated) {
}
