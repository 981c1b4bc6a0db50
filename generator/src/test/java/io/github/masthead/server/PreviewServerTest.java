package io.github.masthead.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server over real HTTP on loopback. */
class PreviewServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheSiteUnderItsBaseUrlAndNothingElse(@TempDir Path tmp) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("中文/2025"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.writeString(site.resolve("中文/2025/報導.html"), "<p>story</p>");
        Files.writeString(site.resolve("404.html"), "<p>not here</p>");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(site.resolve("escape.txt"), tmp.resolve("secret.txt"));
        int port;
        try (PreviewServer server = new PreviewServer(site, "127.0.0.1", 0, "/news")) {
            port = server.port();
            assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port + "/news/");
            assertThat(get(server, "/news/").body()).isEqualTo("<p>home</p>");
            assertThat(get(server, "/news/%E4%B8%AD%E6%96%87/2025/%E5%A0%B1%E5%B0%8E.html").body()).contains("story");
            for (String bad : new String[] {"/news/../secret.txt", "/news/%2e%2e/secret.txt", "/news/..%2fsecret.txt",
                    "/news/..%5csecret.txt", "/news/escape.txt", "/secret.txt", "/news/missing.html"}) {
                RawResponse response = get(server, bad);
                assertThat(response.statusCode()).as(bad).isEqualTo(404);
                assertThat(response.body()).as(bad).doesNotContain("secret");
            }
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
        try (ServerSocket again = new ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("the port is free after close").isEqualTo(port);
        }
    }

    private RawResponse get(PreviewServer server, String rawPath) throws Exception {
        // Send the path exactly as written, so that dot segments reach the server undecoded.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String raw = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(raw.substring(9, 12));
            String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
            return new RawResponse(status, body);
        }
    }

    /** A status and body read straight off the socket. */
    private record RawResponse(int statusCode, String body) {
    }
}
