package io.github.masthead.cli;

import io.github.masthead.server.DevServer;
import io.github.masthead.server.ServeOptions;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead serve}: builds, serves on loopback, rebuilds on changes and reloads the browser, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it with live reload and rebuilds it as files change.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST, description = "The address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = {"-P", "--port"}, defaultValue = "" + ServeOptions.DEFAULT_PORT, description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--debounce", defaultValue = "" + ServeOptions.DEFAULT_QUIET_MILLIS, paramLabel = "MS",
            description = "Milliseconds the files must stay unchanged before a rebuild starts (default: ${DEFAULT-VALUE}).")
    long debounce;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (debounce < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--debounce " + debounce + " is negative: give a number of milliseconds, e.g. --debounce 50");
        }
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), Console.isTerminal());
        try (DevServer server = DevServer.start(site.config(), ServeOptions.defaults().withHost(host).withPort(port)
                .withQuiet(Duration.ofMillis(debounce)), console)) {
            console.summary(server.firstBuild());
            spec.commandLine().getOut().println("Serving at " + server.url() + " (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            server.serveUntilShutdown();
        }
        return 0;
    }
}
