package io.github.masthead.maven;

import io.github.masthead.BuildReport;
import io.github.masthead.SiteConfig;
import io.github.masthead.deploy.DeployException;
import io.github.masthead.deploy.DeployOptions;
import io.github.masthead.deploy.DeployResult;
import io.github.masthead.deploy.GhPagesDeployer;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the news site to the {@code gh-pages} branch of a git repository (by default the project's
 * {@code origin}), for GitHub Pages: one commit per deploy (none when nothing changed), with {@code .nojekyll} and,
 * when a domain is set, {@code CNAME}. Uses the site built earlier in the same Maven run (e.g. by {@code mvn
 * site-deploy}), else builds it first. A token for HTTPS remotes is read from the {@code GITHUB_TOKEN} environment
 * variable and never logged. Never force-pushes unless {@code force} is set.
 *
 * @since 0.1.0
 */
@Mojo(name = DeployMojo.GOAL, defaultPhase = LifecyclePhase.SITE_DEPLOY, threadSafe = true)
public class DeployMojo extends AbstractSiteMojo {

    /** The goal's name. */
    public static final String GOAL = "deploy";

    /** The environment variable a token is read from. */
    public static final String TOKEN_VARIABLE = "GITHUB_TOKEN";

    /**
     * The repository to push to: an HTTPS URL or a path. Default: unset, the {@code origin} of the git repository
     * that holds the project.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.remote")
    String remote;

    /**
     * The branch to publish to.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.branch", defaultValue = DeployOptions.DEFAULT_BRANCH)
    String branch;

    /**
     * The custom domain written to {@code CNAME}, e.g. {@code news.example.org}. Default: unset, the {@code cname}
     * key of {@code _config.yml}; with neither, no {@code CNAME} is written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.cname")
    String cname;

    /**
     * Force-pushes, replacing whatever the remote branch holds. Off by default: a branch that moved on makes the
     * deploy fail instead.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.force", defaultValue = "false")
    boolean force;

    /**
     * Makes the commit and reports it, but pushes nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Deploys even when the build had errors (the posts that failed are then missing from the published site).
     *
     * @since 0.1.0
     */
    @Parameter(property = "masthead.allowErrors", defaultValue = "false")
    boolean allowErrors;

    /** Reads environment variables; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    String goal() {
        return GOAL;
    }

    @Override
    void run(SiteConfig config) throws MojoExecutionException, MojoFailureException {
        LastBuild last = project == null ? null : (LastBuild) project.getContextValue(LAST_BUILD);
        SiteConfig site = last != null ? last.config() : config;
        BuildReport report;
        if (last != null) {
            getLog().info("Deploying the site built in this run: " + last.report().destination());
            report = last.report();
        } else {
            report = build(config);
        }
        DeployOptions options = DeployOptions.builder(source.toPath())
                .remote(remote).branch(branch).cname(cname).token(environment.apply(TOKEN_VARIABLE))
                .force(force).dryRun(dryRun).allowErrors(allowErrors).build();
        DeployResult result;
        try {
            result = new GhPagesDeployer(line -> getLog().info(line)).deploy(site, report, options);
        } catch (DeployException e) {
            String hint = switch (e.reason()) {
                case BUILD_ERRORS -> " Set <allowErrors> (or -Dmasthead.allowErrors=true) to deploy anyway.";
                case NO_REMOTE -> " Set <remote> in the configuration of masthead-maven-plugin in pom.xml"
                        + " (or -Dmasthead.remote=https://github.com/OWNER/REPO.git).";
                case REJECTED -> " Set <force> (or -Dmasthead.force=true) to replace the remote branch.";
                default -> "";
            };
            if (e.isUserError()) {
                throw new MojoFailureException(e.getMessage() + "." + hint, e);
            }
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("masthead:deploy failed unexpectedly: " + e, e);
        }
        getLog().info(result.summary());
        getLog().info("Commit message: " + result.message().lines().findFirst().orElse(""));
    }
}
