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
        count(file, result.removals());
        result.images().forEach(i -> images.putIfAbsent(i.outputPath(), i));
    }

    /**
     * A copy of this report in which each post of {@code removals} has those counts by rule in place of its own, as
     * if the build had cleaned it so; the images stay as they are. This report is left as it is.
     */
    public synchronized CleaningReport withRemovals(Map<String, Map<String, Integer>> removals) {
        CleaningReport copy = new CleaningReport();
        rules.forEach((rule, counts) -> copy.rules.put(rule, counts.clone()));
        copy.posts.putAll(posts);
        copy.images.putAll(images);
        copy.reportPath = reportPath;
        removals.forEach((file, now) -> {
            Map<String, Integer> before = copy.posts.remove(file);
            if (before != null) {
                before.forEach((rule, n) -> {
                    int[] counts = copy.rules.get(rule);
                    counts[0] -= n;
                    if (--counts[1] == 0) {
                        copy.rules.remove(rule);
                    }
                });
            }
            copy.count(file, now);
        });
        return copy;
    }

    /** Counts what cleaning did to the post {@code file}, which is not counted yet. */
    private void count(String file, Map<String, Integer> removals) {
        removals.forEach((rule, n) -> {
            int[] counts = rules.computeIfAbsent(rule, r -> new int[2]);
            counts[0] += n;
            counts[1]++;
        });
        if (!removals.isEmpty()) {
            posts.put(file, removals); // read-only, and kept by the build cache too: not copied
        }
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
        StringBuilder out = new StringBuilder(64 + 64 * rules.size() + 128 * posts.size()).append("{\n  \"rules\": {");
        String sep = "\n";
        for (Map.Entry<String, int[]> e : rules.entrySet()) {
            quote(out.append(sep).append("    "), e.getKey()).append(": {\"elements\": ").append(e.getValue()[0])
                    .append(", \"posts\": ").append(e.getValue()[1]).append('}');
            sep = ",\n";
        }
        out.append(rules.isEmpty() ? "},\n" : "\n  },\n").append("  \"posts\": {");
        sep = "\n";
        for (Map.Entry<String, Map<String, Integer>> post : posts.entrySet()) {
            quote(out.append(sep).append("    "), post.getKey()).append(": {");
            Map<String, Integer> removals = post.getValue();
            String inner = "";
            for (Map.Entry<String, Integer> r : (removals.size() == 1 ? removals : new TreeMap<>(removals)).entrySet()) {
                quote(out.append(inner), r.getKey()).append(": ").append(r.getValue().intValue());
                inner = ", ";
            }
            out.append('}');
            sep = ",\n";
        }
        out.append(posts.isEmpty() ? "}\n}\n" : "\n  }\n}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends {@code s} to {@code out} as a JSON string. */
    static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        int plain = 0; // the start of the run of characters that need no escape
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append(s, plain, s.length()).append('"');
    }
}
