package io.github.masthead.maven;

import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import io.github.masthead.server.DevServer;
import io.github.masthead.server.ServeOptions;
import java.io.IOException;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the news site, serves it for a local preview, and rebuilds it whenever a post, page, {@code _config.yml},
 * static file or template changes; open pages reload by themselves, and a broken post shows its error (file and
 * line) in the browser while the rest of the site keeps working. Runs until Ctrl-C, which frees the port.
 *
 * @since 0.1.0
 */
@Mojo(name = ServeMojo.GOAL, threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /** The goal's name. */
    public static final String GOAL = "serve";

    /**
     * The address to listen on. The default, loopback, keeps the preview on this machine; {@code 0.0.0.0} shows it
     * to the whole network.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.host", defaultValue = ServeOptions.DEFAULT_HOST)
    String host;

    /**
     * The port to listen on; 0 picks a free one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.port", defaultValue = "4000")
    int port;

    /**
     * How long, in milliseconds, files must stay unchanged before a rebuild starts, so that one save (or a
     * {@code git pull}) makes one rebuild.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.debounce", defaultValue = "" + ServeOptions.DEFAULT_QUIET_MILLIS)
    long debounce;

    /** What to do while the server runs; by default, wait for Ctrl-C. Tests replace it. */
    ServingLoop whileServing = DevServer::serveUntilShutdown;

    @Override
    String goal() {
        return GOAL;
    }

    @Override
    void run(SiteConfig config) throws MojoExecutionException, MojoFailureException {
        ServeOptions options = options();
        DevServer server;
        try {
            server = DevServer.start(config, options, new MavenBuildListener(getLog(), true));
        } catch (IOException e) {
            throw new MojoFailureException("Cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "). Another program (or another masthead:serve) may be using the port: stop it, or choose"
                    + " another port with <port> or -Dmasthead.port=4001.", e);
        } catch (SiteException e) {
            throw new MojoFailureException(userMessage(e), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("masthead:serve failed unexpectedly: " + e, e);
        }
        logSummary(server.firstBuild());
        getLog().info("Serving the site at " + server.url() + " with live reload (Ctrl-C to stop)");
        try (server) {
            whileServing.run(server);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot stop the preview cleanly: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        getLog().info("Stopped serving " + server.url());
    }

    ServeOptions options() throws MojoFailureException {
        if (port < 0 || port > 65535) {
            throw new MojoFailureException("<port> " + port + " is not a port number: set <port> in the configuration"
                    + " of masthead-maven-plugin in pom.xml (or -Dmasthead.port=...) to a number from 1 to 65535,"
                    + " or 0 for any free port.");
        }
        if (host == null || host.isBlank()) {
            throw new MojoFailureException("<host> is empty: set it (or -Dmasthead.host=...) to an address such as"
                    + " 127.0.0.1.");
        }
        if (debounce < 0) {
            throw new MojoFailureException("<debounce> " + debounce + " is negative: give a number of milliseconds"
                    + " (or -Dmasthead.debounce=50).");
        }
        return new ServeOptions(host, port, Duration.ofMillis(debounce));
    }

    /** What runs while the server is up. */
    @FunctionalInterface
    interface ServingLoop {
        void run(DevServer server) throws IOException, InterruptedException;
    }
}
