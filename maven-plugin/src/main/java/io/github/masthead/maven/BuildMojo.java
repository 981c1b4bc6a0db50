package io.github.masthead.maven;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildReport;
import io.github.masthead.Problem;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the news site: reads the posts in {@code source}, cleans and renders them, and writes the site to
 * {@code outputDirectory}. Bound to the {@code site} phase, so that {@code mvn site} builds the news site.
 *
 * @since 0.1.0
 */
@Mojo(name = BuildMojo.GOAL, defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** The goal's name. */
    public static final String GOAL = "build";

    /**
     * The site folder, holding {@code _config.yml} and {@code _posts/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /**
     * Where the site is written. The folder is replaced whole when the build succeeds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    File outputDirectory;

    /**
     * Builds the drafts in {@code _drafts/}. Unset: as {@code show_drafts} in {@code _config.yml} says.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.drafts")
    Boolean drafts;

    /**
     * Builds posts dated in the future. Unset: as {@code future} in {@code _config.yml} says.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.future")
    Boolean future;

    /**
     * Replaces {@code baseurl} of {@code _config.yml}, e.g. {@code /news}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.baseurl")
    String baseurl;

    /**
     * Replaces {@code url} of {@code _config.yml}, e.g. {@code https://example.github.io}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.url")
    String url;

    /**
     * Replaces {@code theme} of {@code _config.yml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.theme")
    String theme;

    /**
     * Fails the build when any post fails; otherwise failures are reported and the rest of the site is built.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.strict", defaultValue = "false")
    boolean strict;

    /**
     * A post whose cleaning is explained in the build log, action by action: what each rule removed or changed,
     * e.g. {@code -Dmasthead.explain=_posts/2025-11-09-story.html}. Sets {@code clean_explain} of
     * {@code _config.yml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.explain")
    String explain;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the news site build (masthead.skip)");
            return;
        }
        SiteConfig config = siteConfig();
        BuildReport report;
        try {
            report = Site.build(config, this::log);
        } catch (SiteException e) {
            throw new MojoFailureException(e.getMessage() + " (in " + source + ")", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("the site build failed unexpectedly: " + e, e);
        }
        getLog().info(report.summary());
        if (report.failed()) {
            throw new MojoFailureException(report.errors().size() + " error(s) in the site, and strict is on: "
                    + report.errors().get(0));
        }
    }

    /** The parameters as the core's configuration; values left unset defer to {@code _config.yml}. */
    SiteConfig siteConfig() {
        return SiteConfig.builder(source.toPath())
                .destination(outputDirectory.toPath())
                .set("show_drafts", drafts)
                .set("future", future)
                .baseurl(baseurl)
                .url(url)
                .theme(theme)
                .strict(strict)
                .set("clean_explain", explain)
                .build();
    }

    private void log(BuildEvent event) {
        Log log = getLog();
        switch (event.kind()) {
            case PROBLEM -> {
                Problem p = event.problem();
                if (p.severity() == Problem.Severity.ERROR) {
                    log.error(p.toString());
                } else {
                    log.warn(p.toString());
                }
            }
            case PHASE_STARTED -> log.info(event.message());
            case PROGRESS -> log.debug(event.message());
            case FINISHED -> log.debug(event.message());
            default -> log.debug(event.message());
        }
    }
}
