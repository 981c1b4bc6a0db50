package io.github.masthead.cli;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.BuildSummary;
import io.github.masthead.Problem;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a build's events: on a terminal, one progress bar line redrawn in place; elsewhere (CI, a pipe), plain
 * lines. Problems always get a line of their own on the error stream. Thread-safe (events come from worker threads).
 */
final class Console implements BuildListener {

    private static final int BAR = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private boolean barShown;

    Console(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether the standard output is an interactive terminal rather than CI or a pipe. */
    static boolean isTerminal() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("CI") == null && term != null && !term.equals("dumb");
    }

    @Override
    public synchronized void onEvent(BuildEvent event) {
        switch (event.kind()) {
            case PHASE_STARTED -> line(label(event) + event.message());
            case PROGRESS -> {
                if (terminal) {
                    bar(event);
                } else {
                    line(label(event) + event.done() + "/" + event.total());
                }
            }
            case PROBLEM -> {
                endBar();
                Problem p = event.problem();
                err.println((p.severity() == Problem.Severity.ERROR ? "error: " : "warning: ") + p);
                err.flush();
            }
            case FINISHED -> line(event.message());
            default -> { }
        }
    }

    /** Prints the closing summary table. */
    synchronized void summary(BuildReport report) {
        endBar();
        BuildSummary.lines(report).forEach(out::println);
        out.flush();
    }

    private void line(String text) {
        endBar();
        out.println(text);
        out.flush();
    }

    private void bar(BuildEvent event) {
        int filled = event.total() == 0 ? BAR : (int) ((long) BAR * event.done() / event.total());
        int percent = event.total() == 0 ? 100 : (int) (100L * event.done() / event.total());
        out.print(String.format(Locale.ROOT, "\r%s[%s%s] %3d%% %d/%d", label(event), "#".repeat(filled),
                " ".repeat(BAR - filled), percent, event.done(), event.total()));
        out.flush();
        barShown = true;
    }

    private void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }

    private static String label(BuildEvent event) {
        return "[" + event.phase().name().toLowerCase(Locale.ROOT) + "] ";
    }
}
