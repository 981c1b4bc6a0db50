package io.github.masthead.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example of a golden spec file, in flexmark's format: a fence line {@code ```...``` example}, optional
 * {@code @key: value} lines (the article's link, title, categories; the rules expected to act; settings), the
 * input HTML, a line holding only {@code .}, the expected HTML, and a closing fence.
 */
record SpecExample(String file, int line, String name, Map<String, String> options, String input, String expected) {

    static final String FENCE = "````````````````````````````````";

    /** Every example of the spec file {@code /clean/spec/<file>}. */
    static List<SpecExample> read(String file) {
        String text;
        try (InputStream in = SpecExample.class.getResourceAsStream("/clean/spec/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec file " + file);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SpecExample> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(FENCE + " example")) {
                int start = i + 1;
                Map<String, String> options = new LinkedHashMap<>();
                int j = start;
                while (j < lines.length && lines[j].startsWith("@")) {
                    int colon = lines[j].indexOf(':');
                    options.put(lines[j].substring(1, colon).strip(), lines[j].substring(colon + 1).strip());
                    j++;
                }
                StringBuilder input = new StringBuilder();
                while (!lines[j].equals(".")) {
                    input.append(lines[j]).append('\n');
                    j++;
                }
                StringBuilder expected = new StringBuilder();
                j++;
                while (!lines[j].equals(FENCE)) {
                    expected.append(lines[j]).append('\n');
                    j++;
                }
                String name = options.getOrDefault("name", "line " + (i + 1));
                examples.add(new SpecExample(file, i + 1, name, options, chop(input), chop(expected)));
                i = j;
            }
        }
        return examples;
    }

    private static String chop(StringBuilder s) {
        return s.length() > 0 && s.charAt(s.length() - 1) == '\n' ? s.substring(0, s.length() - 1) : s.toString();
    }

    String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    @Override
    public String toString() {
        return file + ":" + line + " " + name;
    }
}
