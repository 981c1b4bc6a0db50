package io.github.masthead.cli;

import io.github.masthead.BuildReport;
import io.github.masthead.deploy.DeployOptions;
import io.github.masthead.deploy.DeployResult;
import io.github.masthead.deploy.GhPagesDeployer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead deploy}: builds, then publishes the site to the gh-pages branch of a git remote. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Builds the site and commits it to the gh-pages branch of a git remote (token: $GITHUB_TOKEN).")
final class DeployCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--remote", description = "An HTTPS URL or a path (default: origin of the site's repository).")
    String remote;

    @Option(names = "--branch", defaultValue = DeployOptions.DEFAULT_BRANCH, description = "Default: ${DEFAULT-VALUE}.")
    String branch;

    @Option(names = "--cname", description = "The custom domain for CNAME (default: cname of _config.yml).")
    String cname;

    @Option(names = "--force", description = "Replace the remote branch even if it moved on.")
    boolean force;

    @Option(names = "--dry-run", description = "Make the commit but push nothing.")
    boolean dryRun;

    @Option(names = "--allow-errors", description = "Deploy even when the build had errors.")
    boolean allowErrors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), Console.isTerminal());
        BuildReport report = BuildCommand.build(site, console);
        if (report.failed()) {
            return 1;
        }
        DeployOptions options = DeployOptions.builder(site.config().source())
                .remote(remote).branch(branch).cname(cname).token(System.getenv("GITHUB_TOKEN"))
                .force(force).dryRun(dryRun).allowErrors(allowErrors).build();
        DeployResult result = new GhPagesDeployer(spec.commandLine().getOut()::println)
                .deploy(site.config(), report, options);
        spec.commandLine().getOut().println(result.summary());
        return 0;
    }
}
