package io.github.masthead.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Live reload over server-sent events. Pages load {@link #SCRIPT}, which listens on {@link #EVENTS}; each stream
 * first gets a {@code hello} event with the current build generation (so that a page built before it connected
 * reloads at once), then a {@code reload} event after every build. Both paths are outside the site's base URL
 * and exist only while serving. Thread-safe.
 */
final class LiveReload implements AutoCloseable {

    /** The prefix of the preview's own paths. */
    static final String PREFIX = "/__masthead/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "livereload.js";

    private static final String JS = """
            (function () {
              if (!window.EventSource) { return; }
              var me = document.currentScript;
              var generation = me ? me.getAttribute('data-generation') : null;
              var source = new EventSource('%s');
              function reload(e) { if (e.data !== generation) { source.close(); location.reload(); } }
              source.addEventListener('hello', reload);
              source.addEventListener('reload', reload);
            })();
            """.formatted(EVENTS);

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final LongSupplier generation;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "masthead-livereload-heartbeat");
        t.setDaemon(true);
        return t;
    });

    LiveReload(LongSupplier generation) {
        this.generation = generation;
        heartbeat.scheduleWithFixedDelay(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    /** Handles a request under {@link #PREFIX}. The event stream stays open after this returns. */
    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            PreviewServer.send(exchange, 405, PreviewServer.TEXT, "405 method not allowed\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        } else if (path.equals(SCRIPT)) {
            PreviewServer.send(exchange, 200, "text/javascript; charset=utf-8", JS.getBytes(StandardCharsets.UTF_8));
            exchange.close();
        } else if (path.equals(EVENTS) && method.equals("GET")) {
            open(exchange);
        } else {
            PreviewServer.send(exchange, 404, PreviewServer.TEXT, "404 not found\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        }
    }

    private void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, exchange.getResponseBody());
        clients.add(client);
        if (!client.write("retry: 1000\nevent: hello\ndata: " + generation.getAsLong() + "\n\n")) {
            drop(client);
        }
    }

    /** Tells every open page that build {@code generation} is ready. */
    void reload(long generation) {
        send("event: reload\ndata: " + generation + "\n\n");
    }

    /** How many pages are listening. */
    int listeners() {
        return clients.size();
    }

    private void send(String message) {
        for (Client client : clients) {
            if (!client.write(message)) {
                drop(client);
            }
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        client.exchange().close();
    }

    /** Closes every stream. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        clients.forEach(this::drop);
    }

    /** One open event stream. */
    private record Client(HttpExchange exchange, OutputStream out) {

        /** Writes one message; false when the page has gone away. */
        boolean write(String message) {
            synchronized (this) {
                try {
                    out.write(message.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }
        }
    }
}
