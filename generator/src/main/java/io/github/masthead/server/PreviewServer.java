package io.github.masthead.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.masthead.content.UrlPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local preview of a built site: serves the output folder under the site's base URL, on loopback by default.
 * It answers GET and HEAD only, and never serves a file outside the output folder (no {@code ..}, no encoded
 * slashes or backslashes, no symbolic links leading out). In live mode (see {@link DevServer}) it also injects the
 * live-reload script and an error banner into HTML responses, at serve time only, so the built files stay clean.
 * Thread-safe; {@link #close()} frees the port.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    static final String TEXT = "text/plain; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private volatile String baseurl;
    private final Live live;

    /**
     * Starts serving {@code root} at {@code http://host:port/baseurl/}.
     *
     * @param port 0 for any free port
     */
    public PreviewServer(Path root, String host, int port, String baseurl) throws IOException {
        this(root, host, port, baseurl, null);
    }

    PreviewServer(Path root, String host, int port, String baseurl, Live live) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.baseurl = baseurl == null ? "" : baseurl;
        // the JDK server leaves Nagle's algorithm on unless told: small responses then wait ~40 ms for an ACK
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        this.live = live;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "masthead-preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        if (live != null) {
            server.createContext(LiveReload.PREFIX, live.reload()::handle);
        }
        server.start();
    }

    /** Serves the site under a new base URL, after {@code _config.yml} changed it. */
    void baseurl(String baseurl) {
        this.baseurl = baseurl == null ? "" : baseurl;
    }

    /** The address the site is served at, ending in {@code /}. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getHostString() + ":" + address.getPort() + baseurl + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, TEXT, "405 method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (!baseurl.isEmpty() && (rawPath.equals("/") || rawPath.equals(baseurl))) {
                exchange.getResponseHeaders().set("Location", baseurl + "/");
                send(exchange, 302, TEXT, ("see " + baseurl + "/\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            Response response = live == null ? respond(rawPath) : live.guard().read(() -> respond(rawPath));
            send(exchange, response.status(), response.type(), response.body());
        }
    }

    private Response respond(String rawPath) throws IOException {
        Path file = resolve(rawPath);
        if (file == null) {
            BuildStatus.Snapshot state = live == null ? null : live.status().current();
            if (state != null && state.hasErrors()) {
                return new Response(404, TYPES.get("html"),
                        ErrorPages.missingPage(UrlPaths.decode(rawPath), state).getBytes(StandardCharsets.UTF_8));
            }
            Path notFound = root.resolve("404.html");
            if (Files.isRegularFile(notFound)) {
                return html(404, Files.readAllBytes(notFound));
            }
            return new Response(404, TEXT, "404 not found\n".getBytes(StandardCharsets.UTF_8));
        }
        String type = type(file);
        return type.equals(TYPES.get("html")) ? html(200, Files.readAllBytes(file))
                : new Response(200, type, Files.readAllBytes(file));
    }

    /** An HTML response; in live mode with the reload script (and the error banner) added. */
    private Response html(int status, byte[] body) {
        if (live == null) {
            return new Response(status, TYPES.get("html"), body);
        }
        String page = ErrorPages.inject(new String(body, StandardCharsets.UTF_8),
                ErrorPages.snippet(live.status().current()));
        return new Response(status, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8));
    }

    /** The file a request path names, or {@code null} when there is none or it would leave the root. */
    Path resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(baseurl + "/")) {
            return null;
        }
        String rest = rawPath.substring(baseurl.length() + 1);
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rest.contains("\\")) {
            return null;
        }
        String decoded = UrlPaths.decode(rest);
        if (decoded.contains("\\") || decoded.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        Path file = root.resolve(decoded).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        } else if (!Files.exists(file) && Files.isRegularFile(file.resolveSibling(file.getFileName() + ".html"))) {
            file = file.resolveSibling(file.getFileName() + ".html");
        }
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        return file;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving and frees the port. */
    @Override
    public void close() {
        if (live != null) {
            live.reload().close();
        }
        server.stop(0);
        executor.shutdownNow();
    }

    /** A response ready to send. */
    private record Response(int status, String type, byte[] body) {
    }

    /** What live mode adds: the event streams, the build state and the guard around the output swap. */
    record Live(LiveReload reload, BuildStatus status, SwapGuard guard) {
    }
}
