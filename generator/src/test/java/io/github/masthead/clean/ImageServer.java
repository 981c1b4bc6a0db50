package io.github.masthead.clean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * A real HTTP server on 127.0.0.1 for the image download tests: {@code /photo.png} and {@code /photo.jpg} are
 * images, {@code /moved.png} redirects to {@code /photo.png}, and the rest fail in the ways servers do: 404, an HTML
 * page, a body larger than announced limits (with or without a length), and an answer that never finishes.
 */
final class ImageServer implements AutoCloseable {

    static final byte[] PNG = image("png");
    static final byte[] JPEG = image("jpg");

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    ImageServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of {@code path} on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many requests reached {@code path}. */
    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    /** How many requests reached the server. */
    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (ex) {
            switch (path) {
                case "/photo.png" -> send(ex, 200, "image/png", PNG);
                case "/photo.jpg" -> send(ex, 200, "image/jpeg; charset=binary", JPEG);
                case "/moved.png" -> {
                    ex.getResponseHeaders().add("Location", "/photo.png");
                    ex.sendResponseHeaders(302, -1);
                }
                case "/page.jpg" -> send(ex, 200, "text/html", "<html>not an image</html>".getBytes());
                case "/huge.jpg" -> send(ex, 200, "image/jpeg", new byte[64 * 1024]);
                case "/stream.jpg" -> {
                    ex.getResponseHeaders().add("Content-Type", "image/jpeg");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 64; i++) {
                            out.write(new byte[1024]);
                        }
                    }
                }
                case "/slow.jpg" -> {
                    ex.getResponseHeaders().add("Content-Type", "image/jpeg");
                    ex.sendResponseHeaders(200, 0);
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                default -> send(ex, 404, "text/plain", "missing".getBytes());
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
