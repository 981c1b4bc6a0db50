package io.github.masthead.maven;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.Problem;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * Forwards the core's build events to Maven's log: each phase as it starts, progress counts, every problem as an
 * error or warning with its file and line. Thread-safe as far as Maven's {@link Log} is.
 */
final class MavenBuildListener implements BuildListener {

    private final Log log;
    private final boolean finishedAsInfo;

    /** @param finishedAsInfo log each build's one-line summary as info (for rebuilds while serving) */
    MavenBuildListener(Log log, boolean finishedAsInfo) {
        this.log = log;
        this.finishedAsInfo = finishedAsInfo;
    }

    @Override
    public void onEvent(BuildEvent event) {
        switch (event.kind()) {
            case PROBLEM -> {
                Problem p = event.problem();
                if (p.severity() == Problem.Severity.ERROR) {
                    log.error(p.toString());
                } else {
                    log.warn(p.toString());
                }
            }
            case PHASE_STARTED -> log.info(label(event) + event.message());
            case PROGRESS -> log.info(label(event) + event.done() + "/" + event.total());
            case FINISHED -> {
                if (finishedAsInfo) {
                    log.info(event.message());
                } else {
                    log.debug(event.message());
                }
            }
            default -> log.debug(event.message());
        }
    }

    private static String label(BuildEvent event) {
        return "[" + event.phase().name().toLowerCase(Locale.ROOT) + "] ";
    }
}
