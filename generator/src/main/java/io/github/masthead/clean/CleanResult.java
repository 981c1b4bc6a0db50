package io.github.masthead.clean;

import io.github.masthead.clean.media.LocalImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cleaned article. Immutable.
 *
 * @param html       the sanitized article HTML, safe to place in a page unescaped
 * @param removals   how many elements (or attributes, or comments) each rule removed or rewrote, by rule name
 * @param sourceLink the original article's URL, when the cleaner found it in a headline block it removed
 * @param images     images downloaded for the site, to be published with it
 * @param problems   what went wrong without stopping the cleaning, such as an image that could not be downloaded
 */
public record CleanResult(String html, Map<String, Integer> removals, Optional<String> sourceLink,
                          List<LocalImage> images, List<String> problems) {

    public CleanResult {
        removals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(removals));
        images = List.copyOf(images);
        problems = List.copyOf(problems);
    }

    /** A result with nothing but HTML and counts. */
    public CleanResult(String html, Map<String, Integer> removals) {
        this(html, removals, Optional.empty(), List.of(), List.of());
    }
}
