package io.github.masthead.deploy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link GhPagesDeployer} does: where to push, which branch, and the safety switches. Immutable; build one
 * with {@link #builder(Path)}.
 *
 * @param project     the project folder, in a git work tree; its {@code origin} is the default remote and its
 *                    {@code HEAD} is named in the commit message
 * @param remote      the repository to push to (URL or path); {@code null} for the project's {@code origin}
 * @param branch      the branch to publish to; default {@code gh-pages}
 * @param cname       the custom domain written to {@code CNAME}; {@code null} for the site's {@code cname} key
 * @param token       a token for HTTPS remotes (e.g. {@code GITHUB_TOKEN}); never logged; {@code null} for none
 * @param force       force-push, replacing whatever the remote branch holds; default false
 * @param dryRun      make the commit locally and report it, but push nothing; default false
 * @param allowErrors deploy even when the build had errors; default false
 * @param authorName  the commit's author and committer name; default {@code Masthead}
 * @param authorEmail their e-mail; default {@code masthead@users.noreply.github.com}
 */
public record DeployOptions(Path project, String remote, String branch, String cname, String token, boolean force,
                            boolean dryRun, boolean allowErrors, String authorName, String authorEmail) {

    public static final String DEFAULT_BRANCH = "gh-pages";

    public DeployOptions {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
    }

    public static Builder builder(Path project) {
        return new Builder(project);
    }

    /** The token stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "DeployOptions[project=" + project + ", remote=" + Remotes.redact(remote) + ", branch=" + branch
                + ", cname=" + cname + ", token=" + (token == null ? "none" : "***") + ", force=" + force
                + ", dryRun=" + dryRun + ", allowErrors=" + allowErrors + "]";
    }

    /** Collects the settings of {@link DeployOptions}. Not thread-safe. */
    public static final class Builder {
        private final Path project;
        private String remote;
        private String branch = DEFAULT_BRANCH;
        private String cname;
        private String token;
        private boolean force;
        private boolean dryRun;
        private boolean allowErrors;
        private String authorName = "Masthead";
        private String authorEmail = "masthead@users.noreply.github.com";

        private Builder(Path project) {
            this.project = project;
        }

        public Builder remote(String value) {
            this.remote = blankToNull(value);
            return this;
        }

        public Builder branch(String value) {
            if (blankToNull(value) != null) {
                this.branch = value.trim();
            }
            return this;
        }

        public Builder cname(String value) {
            this.cname = blankToNull(value);
            return this;
        }

        public Builder token(String value) {
            this.token = blankToNull(value);
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder allowErrors(boolean value) {
            this.allowErrors = value;
            return this;
        }

        public Builder author(String name, String email) {
            if (blankToNull(name) != null) {
                this.authorName = name;
            }
            if (blankToNull(email) != null) {
                this.authorEmail = email;
            }
            return this;
        }

        public DeployOptions build() {
            return new DeployOptions(project, remote, branch, cname, token, force, dryRun, allowErrors, authorName,
                    authorEmail);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
