package io.github.masthead.clean.rules;

/**
 * A rule or pack that cannot be read. The message names the key at fault, e.g.
 * {@code clean.rules[2].select: ...}; callers add the file.
 */
public final class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
