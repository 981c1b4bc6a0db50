package io.github.masthead;

/**
 * A failure that stops the whole build: a bad {@code _config.yml}, a missing theme, an unsafe output folder.
 * Problems with single posts never throw this; they are collected in the {@link BuildReport}.
 */
public class SiteException extends RuntimeException {

    private final transient Problem problem;

    public SiteException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public SiteException(Problem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public SiteException(String message) {
        this(Problem.error("", 0, message));
    }

    public SiteException(String message, Throwable cause) {
        this(Problem.error("", 0, message), cause);
    }

    /** The file, line and message of the failure. */
    public Problem problem() {
        return problem;
    }
}
