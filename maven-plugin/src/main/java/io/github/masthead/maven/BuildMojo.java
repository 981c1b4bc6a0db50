package io.github.masthead.maven;

import io.github.masthead.SiteConfig;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the news site: reads the posts in {@code source}, cleans and renders them, and writes the site to
 * {@code outputDirectory}, logging each phase and a closing summary table. Bound to the {@code site} phase, so
 * that {@code mvn site} builds the news site.
 *
 * @since 0.1.0
 */
@Mojo(name = BuildMojo.GOAL, defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    /** The goal's name. */
    public static final String GOAL = "build";

    @Override
    String goal() {
        return GOAL;
    }

    @Override
    void run(SiteConfig config) throws MojoExecutionException, MojoFailureException {
        build(config);
    }
}
