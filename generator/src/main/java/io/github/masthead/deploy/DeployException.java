package io.github.masthead.deploy;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;

/**
 * A deploy that did not happen, with the reason: {@link #isUserError()} tells a mistake the user can fix (no
 * remote, a rejected push, a build with errors) from a fault (the network, the disk).
 */
public class DeployException extends SiteException {

    /** Why a deploy stopped. */
    public enum Reason {
        /** The build had errors and deploying them was not allowed. */
        BUILD_ERRORS,
        /** No remote was given and the project has no {@code origin}. */
        NO_REMOTE,
        /** The remote refused the push, e.g. because its branch moved on. */
        REJECTED,
        /** The remote refused the credentials, or there were none. */
        AUTH,
        /** The site folder is missing or empty. */
        NO_SITE,
        /** Talking to the remote or reading files failed. */
        FAULT
    }

    private final Reason reason;

    public DeployException(Reason reason, String message) {
        super(Problem.error("", 0, message));
        this.reason = reason;
    }

    public DeployException(Reason reason, String message, Throwable cause) {
        super(Problem.error("", 0, message), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether the user can fix this by changing the configuration or the site. */
    public boolean isUserError() {
        return reason != Reason.FAULT;
    }
}
