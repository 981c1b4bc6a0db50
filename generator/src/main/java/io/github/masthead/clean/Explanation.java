package io.github.masthead.clean;

import java.util.List;
import java.util.Map;

/**
 * What cleaning did to one article, action by action: for showing a site's author exactly what was removed
 * and by which rule ({@code mvn site -Dmasthead.explain=_posts/...}). Immutable.
 *
 * @param file    the post's path
 * @param packs   the rule packs applied, in order
 * @param entries every action, in the order it happened
 * @param counts  actions per rule
 * @param before  the article HTML as read
 * @param after   the cleaned article HTML
 */
public record Explanation(String file, List<String> packs, List<Entry> entries, Map<String, Integer> counts,
                          String before, String after) {

    public Explanation {
        packs = List.copyOf(packs);
        entries = List.copyOf(entries);
        counts = Map.copyOf(counts);
    }

    /**
     * One action.
     *
     * @param rule   the rule's name
     * @param action what it did: {@code removed}, {@code unwrapped}, {@code href}, {@code src}, ...
     * @param detail the HTML or URL concerned (abbreviated)
     * @param text   the normalized text that the action took out of the article, or empty
     */
    public record Entry(String rule, String action, String detail, String text) {
    }

    /** A readable report, one action per line. */
    public String toText() {
        StringBuilder out = new StringBuilder("Cleaning of ").append(file).append(" (packs: ")
                .append(String.join(", ", packs)).append(")\n");
        if (entries.isEmpty()) {
            out.append("  nothing was removed or changed\n");
        }
        for (Entry e : entries) {
            out.append("  [").append(e.rule()).append("] ").append(e.action()).append(": ")
                    .append(e.detail().replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}
