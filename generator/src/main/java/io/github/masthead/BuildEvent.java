package io.github.masthead;

/**
 * Progress reported by the core while it builds. Front ends turn these into log lines or a progress bar;
 * the core itself never logs.
 *
 * @param kind    what the event says
 * @param phase   the pipeline stage it comes from
 * @param message a human-readable sentence
 * @param problem the problem for {@link Kind#PROBLEM} events, otherwise {@code null}
 * @param done    items finished so far in this phase, for {@link Kind#PROGRESS}
 * @param total   items in this phase, for {@link Kind#PROGRESS}
 */
public record BuildEvent(Kind kind, Phase phase, String message, Problem problem, int done, int total) {

    /** What an event reports. */
    public enum Kind { PHASE_STARTED, PROGRESS, PROBLEM, FINISHED }

    /** The stages of the pipeline, in order. */
    public enum Phase { CONFIG, READ, CLEAN, ASSEMBLE, RENDER, PUBLISH }

    public static BuildEvent phase(Phase phase, String message) {
        return new BuildEvent(Kind.PHASE_STARTED, phase, message, null, 0, 0);
    }

    public static BuildEvent progress(Phase phase, int done, int total) {
        return new BuildEvent(Kind.PROGRESS, phase, done + "/" + total, null, done, total);
    }

    public static BuildEvent problem(Phase phase, Problem problem) {
        return new BuildEvent(Kind.PROBLEM, phase, problem.toString(), problem, 0, 0);
    }

    public static BuildEvent finished(String summary) {
        return new BuildEvent(Kind.FINISHED, Phase.PUBLISH, summary, null, 0, 0);
    }
}
