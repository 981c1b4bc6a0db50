package io.github.masthead.clean;

import java.util.Map;

/**
 * A cleaned article.
 *
 * @param html     the sanitized article HTML, safe to place in a page unescaped
 * @param removals how many elements (or attributes, or comments) each rule removed, by rule name
 */
public record CleanResult(String html, Map<String, Integer> removals) {

    public CleanResult {
        removals = Map.copyOf(removals);
    }
}
