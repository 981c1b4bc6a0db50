package io.github.masthead.clean;

import io.github.masthead.clean.media.LocalImage;
import io.github.masthead.publish.Publisher;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cleaning of a whole build: per rule, how many elements it removed or changed and in how many posts;
 * per post, the counts by rule; and the images downloaded for the site. Written into the site as
 * {@code masthead-cleaning.json}. Thread-safe: posts are added from the cleaning threads.
 */
public final class CleaningReport {

    private final Map<String, int[]> rules = new TreeMap<>();
    private final Map<String, Map<String, Integer>> posts = new TreeMap<>();
    private final Map<String, LocalImage> images = new LinkedHashMap<>();
    private String reportPath = "";

    /** Where in the site the report goes, or empty for no report file. */
    public synchronized void reportTo(String path) {
        this.reportPath = path;
    }

    /**
     * Writes the downloaded images and the report file into the site, through the publisher.
     *
     * @return what could not be written because another file already has its path
     */
    public synchronized List<String> publish(Publisher publisher) {
        List<String> conflicts = new ArrayList<>();
        for (LocalImage image : images.values()) {
            if (!publisher.isClaimed(image.outputPath())) {
                publisher.copy(image.outputPath(), image.cacheFile(), "image " + image.url())
                        .ifPresent(other -> conflicts.add(image.outputPath() + " is already written by " + other));
            }
        }
        if (!reportPath.isEmpty()) {
            publisher.write(reportPath, toJson(), "the cleaning report")
                    .ifPresent(other -> conflicts.add("the cleaning report " + reportPath + " is not written: "
                            + other + " already writes it; set clean.report to another path"));
        }
        return conflicts;
    }

    /** Adds one post's result. */
    public synchronized void add(String file, CleanResult result) {
        result.removals().forEach((rule, n) -> {
            int[] counts = rules.computeIfAbsent(rule, r -> new int[2]);
            counts[0] += n;
            counts[1]++;
        });
        if (!result.removals().isEmpty()) {
            posts.put(file, result.removals()); // read-only, and kept by the build cache too: not copied
        }
        result.images().forEach(i -> images.putIfAbsent(i.outputPath(), i));
    }

    /** What cleaning removed or changed in the post {@code file}, by rule; empty when nothing. */
    public synchronized Map<String, Integer> removals(String file) {
        return posts.getOrDefault(file, Map.of());
    }

    /** Elements removed or changed, by rule. */
    public synchronized Map<String, Integer> elementsByRule() {
        Map<String, Integer> out = new TreeMap<>();
        rules.forEach((rule, c) -> out.put(rule, c[0]));
        return out;
    }

    /** Posts in which each rule acted. */
    public synchronized Map<String, Integer> postsByRule() {
        Map<String, Integer> out = new TreeMap<>();
        rules.forEach((rule, c) -> out.put(rule, c[1]));
        return out;
    }

    /** Every image downloaded for the site, once each. */
    public synchronized List<LocalImage> images() {
        return new ArrayList<>(images.values());
    }

    /** The report as JSON: {@code {"rules": {name: {"elements": n, "posts": n}}, "posts": {file: {rule: n}}}}. */
    public synchronized byte[] toJson() {
        StringBuilder out = new StringBuilder("{\n  \"rules\": {");
        String sep = "\n";
        for (Map.Entry<String, int[]> e : rules.entrySet()) {
            out.append(sep).append("    ").append(quote(e.getKey())).append(": {\"elements\": ")
                    .append(e.getValue()[0]).append(", \"posts\": ").append(e.getValue()[1]).append('}');
            sep = ",\n";
        }
        out.append(rules.isEmpty() ? "},\n" : "\n  },\n").append("  \"posts\": {");
        sep = "\n";
        for (Map.Entry<String, Map<String, Integer>> post : posts.entrySet()) {
            out.append(sep).append("    ").append(quote(post.getKey())).append(": {");
            String inner = "";
            for (Map.Entry<String, Integer> r : new TreeMap<>(post.getValue()).entrySet()) {
                out.append(inner).append(quote(r.getKey())).append(": ").append(r.getValue());
                inner = ", ";
            }
            out.append('}');
            sep = ",\n";
        }
        out.append(posts.isEmpty() ? "}\n}\n" : "\n  }\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
