package io.github.masthead.maven;

import io.github.masthead.Site;
import io.github.masthead.SiteException;
import io.github.masthead.server.PreviewServer;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the news site and serves it for a local preview until Ctrl-C.
 *
 * @since 0.1.0
 */
@Mojo(name = ServeMojo.GOAL, threadSafe = true)
public class ServeMojo extends BuildMojo {

    /** The goal's name. */
    public static final String GOAL = "serve";

    /**
     * The address to listen on. The default, loopback, keeps the preview on this machine.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.host", defaultValue = "127.0.0.1")
    String host;

    /**
     * The port to listen on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.port", defaultValue = "4000")
    int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the preview (masthead.skip)");
            return;
        }
        super.execute();
        String baseurl;
        try {
            baseurl = Site.baseurl(siteConfig());
        } catch (SiteException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewServer server = new PreviewServer(outputDirectory.toPath(), host, port, baseurl)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "masthead-serve-stop"));
            getLog().info("Serving the site at " + server.url() + " (Ctrl-C to stop)");
            stopped.await();
        } catch (IOException e) {
            throw new MojoFailureException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port with -Dmasthead.port=NNNN", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
