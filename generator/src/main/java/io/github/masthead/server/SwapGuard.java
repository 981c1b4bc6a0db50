package io.github.masthead.server;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps requests away from the moment a build swaps the output folder: requests read under a shared lock, and a
 * build takes the exclusive lock when it enters {@link BuildEvent.Phase#PUBLISH} until it has returned. Between
 * those moments the last complete build is served while the next one is staged. Thread-safe.
 */
final class SwapGuard {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** A listener that takes the exclusive lock when {@code delegate}'s build starts publishing. */
    BuildListener around(BuildListener delegate) {
        return event -> {
            if (event.kind() == BuildEvent.Kind.PHASE_STARTED && event.phase() == BuildEvent.Phase.PUBLISH
                    && !lock.isWriteLockedByCurrentThread()) {
                lock.writeLock().lock();
            }
            delegate.onEvent(event);
        };
    }

    /** Releases the exclusive lock if this thread's build took it; call after every build, in a finally. */
    void buildDone() {
        while (lock.isWriteLockedByCurrentThread()) {
            lock.writeLock().unlock();
        }
    }

    /** Runs a read of the output folder under the shared lock. */
    <T> T read(IoSupplier<T> reader) throws IOException {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A read that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
