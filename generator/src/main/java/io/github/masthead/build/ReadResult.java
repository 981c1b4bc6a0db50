package io.github.masthead.build;

import io.github.masthead.Problem;
import io.github.masthead.content.Post;
import java.util.List;

/**
 * What reading one post file gave: a post to build, a post left out on purpose, or a failure.
 *
 * @param post     the post, or {@code null} when it failed
 * @param skipped  why the post is left out (draft, future, unpublished), or {@code null} when it is built
 * @param problems warnings, and the error when it failed
 */
record ReadResult(Post post, String skipped, List<Problem> problems) {

    static ReadResult built(Post post, List<Problem> warnings) {
        return new ReadResult(post, null, warnings);
    }

    static ReadResult skipped(Post post, String reason, List<Problem> warnings) {
        return new ReadResult(post, reason, warnings);
    }

    static ReadResult failed(Problem error, List<Problem> warnings) {
        List<Problem> all = new java.util.ArrayList<>(warnings);
        all.add(error);
        return new ReadResult(null, null, all);
    }

    /** This result with {@code other} as its post (the same post, its body put aside). */
    ReadResult withPost(Post other) {
        return new ReadResult(other, skipped, problems);
    }

    boolean isBuilt() {
        return post != null && skipped == null;
    }

    boolean isFailed() {
        return post == null;
    }
}
