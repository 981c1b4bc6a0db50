package io.github.masthead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The closing table of a build, the same in every front end: posts read, rendered, skipped and failed, the cruft
 * the cleaner removed, pages and static files written, problems and time. Stateless.
 */
public final class BuildSummary {

    private BuildSummary() {
    }

    /** The table's lines, without trailing blanks. */
    public static List<String> lines(BuildReport report) {
        List<String> lines = new ArrayList<>();
        row(lines, "posts read", report.postsRead());
        row(lines, "  rendered", report.postsRendered());
        row(lines, "  skipped", report.postsSkipped());
        row(lines, "  failed", report.postsFailed());
        row(lines, "cruft removed", cruftRemoved(report));
        row(lines, "pages written", report.pagesWritten());
        row(lines, "static files", report.staticCopied());
        row(lines, "errors", report.errors().size());
        row(lines, "warnings", report.warnings().size());
        lines.add(String.format(Locale.ROOT, "%-16s %10s", "time", seconds(report)));
        return lines;
    }

    /** Elements, attributes and comments removed or changed by all cleaning rules together. */
    public static int cruftRemoved(BuildReport report) {
        return report.cleaning().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void row(List<String> lines, String label, int value) {
        lines.add(String.format(Locale.ROOT, "%-16s %10d", label, value));
    }

    private static String seconds(BuildReport report) {
        return String.format(Locale.ROOT, "%.2f s", report.took().toMillis() / 1000.0);
    }
}
