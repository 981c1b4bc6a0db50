package io.github.masthead.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A built site served on loopback for a browser test, under a base path, with a test script put first in every
 * page's {@code <head>} and a report-only Content-Security-Policy on every answer, so that the browser reports
 * what a page would fetch from elsewhere. {@code extra} maps paths to fixed pages or scripts of the test.
 */
public final class PageServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<String> missing = new CopyOnWriteArrayList<>();

    public PageServer(Path root, String base, String headScript, String policy, Map<String, String> extra)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Security-Policy-Report-Only", policy);
                if (extra.containsKey(path)) {
                    String body = extra.get(path);
                    boolean html = path.endsWith(".html");
                    respond(exchange, 200, html ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8",
                            (html ? withHead(body, headScript) : body).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                Path file = path.startsWith(base) ? root.resolve(path.substring(base.length())).normalize() : root;
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    missing.add(path + " (from " + exchange.getRequestHeaders().getFirst("Referer") + ")");
                    respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else if (file.toString().endsWith(".html")) {
                    respond(exchange, 200, "text/html; charset=utf-8",
                            withHead(Files.readString(file, StandardCharsets.UTF_8), headScript)
                                    .getBytes(StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 200, type(file), Files.readAllBytes(file));
                }
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    /** The paths asked for that the site does not have, each with the page that asked. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    /** The server's address, e.g. {@code http://127.0.0.1:40123}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String withHead(String html, String script) {
        int head = html.indexOf("<head>");
        return head < 0 ? script + html : html.substring(0, head + 6) + script + html.substring(head + 6);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".css")) {
            return "text/css";
        }
        if (name.endsWith(".js")) {
            return "text/javascript";
        }
        return name.endsWith(".json") ? "application/json" : "application/octet-stream";
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
