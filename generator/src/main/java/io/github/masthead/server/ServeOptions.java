package io.github.masthead.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the preview listens and how quickly it rebuilds. Immutable.
 *
 * @param host  the address to listen on; default {@code 127.0.0.1}, so the preview stays on this machine
 * @param port  the port; default {@code 4000}, 0 for any free port
 * @param quiet how long the files must stay unchanged before a rebuild starts; default 50 ms, which joins the events
 *              of one editor's save (a write, or a write and a rename, a few milliseconds apart) and of a
 *              {@code git checkout}, while a change that comes during a rebuild makes the next one
 */
public record ServeOptions(String host, int port, Duration quiet) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4000;
    /** The default quiet period in milliseconds, as the command line and the Maven goal give it. */
    public static final long DEFAULT_QUIET_MILLIS = 50;
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(DEFAULT_QUIET_MILLIS);

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(quiet, "quiet");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    /** Loopback, port 4000. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_QUIET);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(host, newPort, quiet);
    }

    public ServeOptions withHost(String newHost) {
        return new ServeOptions(newHost, port, quiet);
    }

    public ServeOptions withQuiet(Duration newQuiet) {
        return new ServeOptions(host, port, newQuiet);
    }
}
