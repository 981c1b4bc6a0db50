package io.github.masthead.maven;

import io.github.masthead.BuildReport;
import io.github.masthead.BuildSummary;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.SiteException;
import io.github.masthead.frontmatter.SafeYaml;
import java.io.File;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every Masthead goal shares, and the one way they become a {@link SiteConfig}. Goals validate
 * their parameters first and report a mistake as a {@link MojoFailureException} naming the POM element, the
 * {@code -D} property and what to do; faults of Masthead itself become {@link MojoExecutionException}s.
 * Not thread-safe (Maven gives each execution its own instance).
 */
public abstract class AbstractSiteMojo extends AbstractMojo {

    /** The project context key under which {@code build} leaves its result for {@code deploy}. */
    static final String LAST_BUILD = "io.github.masthead.lastBuild";

    /**
     * The site folder, holding {@code _config.yml} and {@code _posts/}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.source", defaultValue = "${project.basedir}", required = true)
    File source;

    /**
     * Where the site is written. The folder is replaced whole when a build succeeds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    File outputDirectory;

    /**
     * Where builds keep the read and cleaned posts for the next build, so that it reads and cleans only new and
     * changed posts, and the record of the last build, so that the next renders only what changed and stops at once
     * when nothing did. {@code disable_disk_cache: true} in {@code _config.yml} turns the cache off.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.cacheDirectory", defaultValue = "${project.build.directory}/masthead-cache",
            required = true)
    File cacheDirectory;

    /**
     * Builds the drafts in {@code _drafts/}. Default: unset, so {@code show_drafts} of {@code _config.yml} decides
     * (false when absent).
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.drafts")
    Boolean drafts;

    /**
     * Builds posts dated in the future. Default: unset, so {@code future} of {@code _config.yml} decides (false
     * when absent).
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.future")
    Boolean future;

    /**
     * Replaces {@code baseurl} of {@code _config.yml}, e.g. {@code /news}. Default: unset (the file's value).
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.baseurl")
    String baseurl;

    /**
     * Replaces {@code url} of {@code _config.yml}, e.g. {@code https://example.github.io}. Default: unset (the
     * file's value).
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.url")
    String url;

    /**
     * Replaces {@code theme} of {@code _config.yml}: a theme jar's name or a folder holding a {@code theme.yml}.
     * Default: unset (the file's value, else {@code newsroom}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.theme")
    String theme;

    /**
     * Fails the build when any post fails, and then leaves the previous output as it was; otherwise failures are
     * reported and the rest of the site is built.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.strict", defaultValue = "false")
    boolean strict;

    /**
     * Overrides keys of the {@code clean:} section of {@code _config.yml} (the article cleaner's settings), one
     * element per key; each value is read as YAML, e.g. {@code <disable>[dw-instagram-promo]</disable>} or
     * {@code <image_proxy>{mode: keep}</image_proxy>}. Keys not given keep the file's values. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> clean;

    /**
     * A post whose cleaning is explained in the build log, action by action, e.g.
     * {@code -Dmasthead.explain=_posts/2025-11-09-story.html}. Sets {@code clean_explain}. Default: none.
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

    /** The project, for handing a build's result on to {@code deploy}; {@code null} outside Maven. */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The goal's name, for messages. */
    abstract String goal();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping masthead:" + goal() + " (skip is set: <skip> or -Dmasthead.skip)");
            return;
        }
        run(validatedConfig());
    }

    /** Runs the goal with the checked configuration. */
    abstract void run(SiteConfig config) throws MojoExecutionException, MojoFailureException;

    /** The parameters as the core's configuration; values left unset defer to {@code _config.yml}. */
    SiteConfig validatedConfig() throws MojoFailureException {
        if (source == null || !source.isDirectory()) {
            throw new MojoFailureException("The site folder " + source + " does not exist or is not a folder. Set"
                    + " <source> in the configuration of masthead-maven-plugin in pom.xml (or -Dmasthead.source=...)"
                    + " to the folder that holds _config.yml and _posts/.");
        }
        if (outputDirectory == null) {
            throw new MojoFailureException("No output folder: set <outputDirectory> in the configuration of"
                    + " masthead-maven-plugin in pom.xml (or -Dmasthead.outputDirectory=...), e.g. target/site.");
        }
        if (!Files.exists(source.toPath().resolve("_config.yml")) && !Files.isDirectory(source.toPath().resolve("_posts"))) {
            getLog().warn("Neither _config.yml nor _posts/ is in " + source + "; is <source> the site folder?");
        }
        SiteConfig.Builder builder = SiteConfig.builder(source.toPath())
                .destination(outputDirectory.toPath())
                .cacheDirectory(cacheDirectory.toPath())
                .set("show_drafts", drafts)
                .set("future", future)
                .baseurl(baseurl)
                .url(url)
                .theme(theme)
                .set("clean_explain", explain)
                .strict(strict);
        if (clean != null && !clean.isEmpty()) {
            builder.set("clean", cleanOverrides());
        }
        return builder.build();
    }

    private Map<String, Object> cleanOverrides() throws MojoFailureException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : clean.entrySet()) {
            String yaml = "value: " + (entry.getValue() == null ? "" : entry.getValue());
            try {
                values.put(entry.getKey(), SafeYaml.parseMapping(yaml, "pom.xml", 1).get("value"));
            } catch (SafeYaml.YamlProblem e) {
                throw new MojoFailureException("The value of <clean><" + entry.getKey() + "> in the configuration of"
                        + " masthead-maven-plugin in pom.xml is not valid YAML (" + e.getMessage() + "). Write it as"
                        + " in _config.yml, e.g. [rule-a, rule-b] or {mode: keep}.", e);
            }
        }
        return values;
    }

    /** Builds the site once, logging progress and the summary table; hands the result on to {@code deploy}. */
    BuildReport build(SiteConfig config) throws MojoExecutionException, MojoFailureException {
        BuildReport report = call(() -> Site.build(config, new MavenBuildListener(getLog(), false)));
        logSummary(report);
        if (project != null) {
            project.setContextValue(LAST_BUILD, new LastBuild(config, report));
        }
        if (report.failed()) {
            throw new MojoFailureException(report.errors().size() + " error(s) in the site, and strict is on, so the"
                    + " previous output was kept. The first: " + report.errors().get(0)
                    + ". Fix the file, or turn strict off (<strict> or -Dmasthead.strict=false).");
        }
        return report;
    }

    void logSummary(BuildReport report) {
        getLog().info("Masthead build summary (" + report.destination() + "):");
        BuildSummary.lines(report).forEach(line -> getLog().info("  " + line));
    }

    /** Runs a core call, mapping a stopped build to a failure in the user's terms and anything else to a fault. */
    <T> T call(CoreCall<T> call) throws MojoExecutionException, MojoFailureException {
        try {
            return call.run();
        } catch (SiteException e) {
            throw new MojoFailureException(userMessage(e), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("masthead:" + goal() + " failed unexpectedly: " + e, e);
        }
    }

    String userMessage(SiteException e) {
        String where = e.problem().file().isEmpty() ? "" : " (site folder: " + source + ")";
        return e.getMessage() + where;
    }

    /** A call into the core. */
    @FunctionalInterface
    interface CoreCall<T> {
        T run();
    }

    /** What the last {@code build} in this project made, for {@code deploy} in the same Maven run. */
    record LastBuild(SiteConfig config, BuildReport report) {
    }
}
