package io.github.masthead.frontmatter;

import java.util.Map;

/**
 * A source file split into its front matter and its body.
 *
 * @param file      the path relative to the site source, for messages
 * @param data      the front matter, or {@code null} when the file has none
 * @param yaml      the front matter's text, for finding the line of a key; empty when there is none
 * @param body      the text after the front matter, with line endings normalized to {@code \n}
 * @param bodyLine  the 1-based line of the file on which the body starts
 */
public record SourceText(String file, Map<String, Object> data, String yaml, String body, int bodyLine) {

    /** The 1-based line of the file on which front-matter {@code key} is set, or 0 when it is not found. */
    public int lineOf(String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 0;
    }

    public boolean hasFrontMatter() {
        return data != null;
    }
}
