package io.github.masthead;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one build: counts that reconcile ({@code postsRead = postsRendered + postsSkipped + postsFailed}),
 * every problem with its file and line, and where the site was written.
 *
 * @param destination   the output folder
 * @param postsRead     post files found (posts and, when shown, drafts)
 * @param postsRendered posts written
 * @param postsSkipped  posts left out on purpose: drafts, future or unpublished posts
 * @param postsFailed   posts that could not be built; each one is named in {@link #problems()}
 * @param pagesWritten  pages, list pages and generated files written
 * @param staticCopied  static files copied byte for byte
 * @param problems      errors and warnings, in source order
 * @param cleaning      how many elements each cleaning rule removed, by rule name
 * @param took          wall time of the build
 * @param strict        whether the build ran in strict mode
 */
public record BuildReport(Path destination,
                          int postsRead,
                          int postsRendered,
                          int postsSkipped,
                          int postsFailed,
                          int pagesWritten,
                          int staticCopied,
                          List<Problem> problems,
                          Map<String, Integer> cleaning,
                          Duration took,
                          boolean strict) {

    public BuildReport {
        problems = List.copyOf(problems);
        cleaning = Map.copyOf(cleaning);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** True when a front end should exit non-zero: errors were found and the build was strict. */
    public boolean failed() {
        return strict && hasErrors();
    }

    /** One line for logs: the reconciled counts and the time. */
    public String summary() {
        return String.format("%d posts read: %d rendered, %d skipped, %d failed; %d pages, %d static files; "
                        + "%d errors, %d warnings; %d ms",
                postsRead, postsRendered, postsSkipped, postsFailed, pagesWritten, staticCopied,
                errors().size(), warnings().size(), took.toMillis());
    }
}
