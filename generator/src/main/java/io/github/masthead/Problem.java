package io.github.masthead;

import java.util.Objects;

/**
 * One thing that went wrong (or looked wrong) with one input file, with its position when known.
 *
 * @param severity whether the file was dropped ({@link Severity#ERROR}) or built anyway ({@link Severity#WARNING})
 * @param file     the file's path relative to the site source, with {@code /} separators; empty for site-wide problems
 * @param line     the 1-based line, or 0 when the problem has no line
 * @param message  what is wrong and, where it helps, what to do about it
 */
public record Problem(Severity severity, String file, int line, String message) {

    /** How bad a problem is. */
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    /** The position, as {@code file:line}, {@code file}, or empty. */
    public String location() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        String where = location();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
