package io.github.masthead.build;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one build and announces each to the listener as it is found. Thread-safe. */
final class Problems {

    private final BuildListener listener;
    private final List<BuildManifest.Noted> problems = new ArrayList<>();

    Problems(BuildListener listener) {
        this.listener = listener;
    }

    void add(BuildEvent.Phase phase, Problem problem) {
        synchronized (problems) {
            problems.add(new BuildManifest.Noted(phase, problem));
        }
        listener.onEvent(BuildEvent.problem(phase, problem));
    }

    /** Every problem, ordered by file and line so that reports are stable. */
    List<Problem> sorted() {
        synchronized (problems) {
            List<Problem> copy = new ArrayList<>(problems.stream().map(BuildManifest.Noted::problem).toList());
            copy.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                    .thenComparing(Problem::message));
            return copy;
        }
    }

    /** Every problem with the phase that found it, in the order they were found. */
    List<BuildManifest.Noted> noted() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }
}
