package io.github.masthead.cli;

import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead build}: builds the site once. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), Console.isTerminal());
        BuildReport report = build(site, console);
        return report.failed() ? 1 : 0;
    }

    /** Builds with {@code options}, showing progress and the summary on {@code console}. */
    static BuildReport build(SiteOptions options, Console console) {
        BuildReport report = Site.build(options.config(), console);
        console.summary(report);
        return report;
    }
}
