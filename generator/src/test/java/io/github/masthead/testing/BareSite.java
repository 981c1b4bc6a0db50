package io.github.masthead.testing;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds sites with the test theme {@code bare}, whose post pages are {@code key: value} lines. */
public final class BareSite {

    private BareSite() {
    }

    public static BuildReport build(Path site, Path out) {
        return Site.build(SiteConfig.builder(site).destination(out).theme("bare").build(), BuildListener.NONE);
    }

    /** The fields a bare post page shows: {@code title}, {@code link}, {@code instant}. */
    public static Map<String, String> post(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, String> fields = new HashMap<>();
            fields.put("line", lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    fields.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
