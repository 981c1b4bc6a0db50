package io.github.masthead;

/**
 * Receives {@link BuildEvent}s. Called from the building thread(s); implementations must be thread-safe.
 */
@FunctionalInterface
public interface BuildListener {

    /** A listener that ignores every event. */
    BuildListener NONE = event -> { };

    void onEvent(BuildEvent event);
}
