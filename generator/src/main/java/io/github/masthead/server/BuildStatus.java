package io.github.masthead.server;

import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import java.util.List;

/**
 * What the preview knows about the latest build: its errors (from the report, or the one error that stopped the
 * whole build) and a generation number that grows with each build, so that pages can tell they are stale.
 * Thread-safe: the state is one immutable snapshot swapped atomically.
 */
public final class BuildStatus {

    private volatile Snapshot snapshot = new Snapshot(0, List.of(), false);

    /** Records a finished build. */
    public void update(BuildReport report) {
        synchronized (this) {
            snapshot = new Snapshot(snapshot.generation() + 1, report.errors(), false);
        }
    }

    /** Records a build that stopped before writing anything; the previous output is still served. */
    public void failed(Problem problem) {
        synchronized (this) {
            snapshot = new Snapshot(snapshot.generation() + 1, List.of(problem), true);
        }
    }

    /** The latest state. */
    public Snapshot current() {
        return snapshot;
    }

    /**
     * One state of the preview.
     *
     * @param generation how many builds have finished, 1 after the first
     * @param errors     the errors of the latest build, file and line first
     * @param stale      true when the latest build stopped and the output is that of an earlier build
     */
    public record Snapshot(long generation, List<Problem> errors, boolean stale) {

        public Snapshot {
            errors = List.copyOf(errors);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }
}
