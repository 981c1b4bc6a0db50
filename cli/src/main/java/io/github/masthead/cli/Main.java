package io.github.masthead.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar masthead.jar build|serve|deploy|new}: the command line for sites without a Maven project. Each
 * command is a thin adapter over the core, as the Maven goals are. Exit codes: 0 done, 1 the site or the command
 * had a problem the user can fix, 2 wrong usage, 3 a fault of Masthead itself.
 */
@Command(name = "masthead", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds, previews and publishes a Jekyll-style news site.",
        subcommands = {BuildCommand.class, ServeCommand.class, DeployCommand.class, NewCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof io.github.masthead.deploy.DeployException d && !d.isUserError()) {
                cmd.getErr().println("masthead: deploy failed: " + d.getMessage());
                return 3;
            }
            if (e instanceof UserError || e instanceof io.github.masthead.SiteException) {
                cmd.getErr().println("masthead: " + e.getMessage());
                return 1;
            }
            cmd.getErr().println("masthead: unexpected failure: " + e);
            e.printStackTrace(cmd.getErr());
            return 3;
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A mistake the user can fix; its message says how. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
