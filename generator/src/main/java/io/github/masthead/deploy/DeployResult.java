package io.github.masthead.deploy;

/**
 * What a deploy did.
 *
 * @param remote  where it went, without credentials
 * @param branch  the branch
 * @param commit  the new commit's id, or the existing head when nothing changed
 * @param changed false when the branch already held exactly this site (then nothing was committed or pushed)
 * @param pushed  true when the remote branch now points at {@code commit}
 * @param files   the number of files in the published tree, {@code .nojekyll} and {@code CNAME} included
 * @param message the commit message
 */
public record DeployResult(String remote, String branch, String commit, boolean changed, boolean pushed, int files,
                           String message) {

    /** One line for logs. */
    public String summary() {
        String shortId = commit.length() > 10 ? commit.substring(0, 10) : commit;
        if (!changed) {
            return branch + " of " + remote + " already holds this site (" + shortId + "); nothing to push";
        }
        return (pushed ? "pushed " : "dry run: would push ") + shortId + " (" + files + " files) to " + branch
                + " of " + remote;
    }
}
