package io.github.masthead.frontmatter;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Jekyll source file into its {@code ---} front matter block and body, and parses the block with
 * {@link SafeYaml}. A byte-order mark is dropped and CRLF line endings are read as LF. Thread-safe.
 */
public final class FrontMatterParser {

    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\n");
    private static final Pattern CLOSING = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$\\n?", Pattern.MULTILINE);

    /** Whether {@code text} starts with a front matter block, as Jekyll's {@code has_yaml_header?} decides. */
    public static boolean hasFrontMatter(String text) {
        return OPENING.matcher(normalize(text)).lookingAt();
    }

    /**
     * Splits and parses {@code text}.
     *
     * @throws SafeYaml.YamlProblem when the block is not valid YAML or never closes
     */
    public SourceText parse(String file, String text) {
        String normalized = normalize(text);
        Matcher open = OPENING.matcher(normalized);
        if (!open.lookingAt()) {
            return new SourceText(file, null, "", normalized, 1);
        }
        Matcher close = CLOSING.matcher(normalized);
        if (!close.find(open.end())) {
            throw new SafeYaml.YamlProblem(file, 1,
                    "front matter starts with '---' on line 1 but has no closing '---' line");
        }
        String yaml = normalized.substring(open.end(), close.start());
        var data = SafeYaml.parseMapping(yaml, file, 2);
        int bodyLine = 1 + countLines(normalized, close.end());
        return new SourceText(file, data, yaml, normalized.substring(close.end()), bodyLine);
    }

    /** Drops a byte-order mark and turns CRLF and lone CR line endings into LF. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return s;
    }

    private static int countLines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
