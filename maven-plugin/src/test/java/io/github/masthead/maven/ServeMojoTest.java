package io.github.masthead.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve goal over real HTTP; the wait for Ctrl-C is replaced by a fetch. */
class ServeMojoTest {

    private final Fixtures.RecordingLog log = new Fixtures.RecordingLog();

    @Test
    void servesTheBuiltSiteWithLiveReloadAndFreesThePort(@TempDir Path tmp) throws Exception {
        ServeMojo mojo = Fixtures.configure(new ServeMojo(), Fixtures.site(tmp.resolve("site")), tmp.resolve("out"), log);
        mojo.host = "127.0.0.1";
        mojo.port = 0;
        mojo.debounce = 50;
        AtomicInteger port = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        mojo.whileServing = server -> {
            port.set(server.port());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "2025/03/04/bridge.html")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("old stone bridge").contains("/__masthead/livereload.js");
        };
        mojo.execute();

        assertThat(log.lines).anyMatch(l -> l.matches("INFO Serving the site at http://127\\.0\\.0\\.1:\\d+/ .*"))
                .anyMatch(l -> l.startsWith("INFO   posts read"));
        try (ServerSocket again = new ServerSocket(port.get(), 0, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port.get());
        }
    }

    @Test
    void aTakenPortOrABadOneIsAUserMistake(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site(tmp.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            ServeMojo mojo = Fixtures.configure(new ServeMojo(), site, tmp.resolve("out"), log);
            mojo.host = "127.0.0.1";
            mojo.port = taken.getLocalPort();
            mojo.whileServing = server -> { };
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("Cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .hasMessageContaining("-Dmasthead.port");
        }
        ServeMojo bad = Fixtures.configure(new ServeMojo(), site, tmp.resolve("out"), log);
        bad.host = "127.0.0.1";
        bad.port = 70000;
        assertThatThrownBy(bad::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("<port> 70000");
    }
}
