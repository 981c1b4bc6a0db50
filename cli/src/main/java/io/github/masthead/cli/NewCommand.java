package io.github.masthead.cli;

import io.github.masthead.content.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code masthead new post "Title"} and {@code masthead new site DIR}: start a post or a whole site. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates a post or a new site.",
        subcommands = {NewCommand.NewPost.class, NewCommand.NewSite.class})
final class NewCommand implements Runnable {

    /** The files of a new site, from the jar's {@code site/} folder, and where each goes. */
    private static final Map<String, String> SITE_FILES = Map.of(
            "_config.yml", "_config.yml",
            "pom.xml", "pom.xml",
            "about.md", "about.md",
            "gitignore", ".gitignore",
            "welcome.md", "_posts/{date}-welcome.md");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code masthead new post "Title"}. */
    @Command(name = "post", mixinStandardHelpOptions = true, description = "Writes _posts/DATE-slug.md, dated now.")
    static final class NewPost implements Callable<Integer> {

        @Parameters(index = "0", description = "The post's title.")
        String title;

        @Option(names = {"-s", "--source"}, defaultValue = ".", description = "The site folder (default: ${DEFAULT-VALUE}).")
        Path source;

        @Option(names = "--category", description = "The post's category, e.g. its source.")
        List<String> categories = List.of();

        @Option(names = "--timezone", description = "The zone of the post's date (default: the machine's).")
        ZoneId zone = ZoneId.systemDefault();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (title.isBlank()) {
                throw new Main.UserError("the title is empty; write masthead new post \"A title\"");
            }
            ZonedDateTime now = ZonedDateTime.now(zone).withNano(0);
            String slug = Slugs.slugify(title);
            Path file = source.resolve("_posts").resolve(now.toLocalDate() + "-" + (slug.isEmpty() ? "post" : slug) + ".md");
            String text = "---\n"
                    + "layout: post\n"
                    + "title: " + quoted(title) + "\n"
                    + "date: " + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx")) + "\n"
                    + "categories: [" + String.join(", ", categories.stream().map(NewCommand::quoted).toList()) + "]\n"
                    + "tags: []\n"
                    + "---\n\n"
                    + "Write the story here.\n";
            write(file, text);
            spec.commandLine().getOut().println("Wrote " + file);
            return 0;
        }
    }

    /** {@code masthead new site DIR}. */
    @Command(name = "site", mixinStandardHelpOptions = true,
            description = "Creates a site that builds: _config.yml, a first post, an about page and a pom.xml.")
    static final class NewSite implements Callable<Integer> {

        @Parameters(index = "0", description = "The folder to create; it must not exist or be empty.")
        Path folder;

        @Option(names = "--title", defaultValue = "My news site", description = "The site's title (default: ${DEFAULT-VALUE}).")
        String title;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new Main.UserError(folder + " is not empty; give a new folder for the site");
                    }
                }
            } else if (Files.exists(folder)) {
                throw new Main.UserError(folder + " is a file; give a new folder for the site");
            }
            ZonedDateTime now = ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
            String date = now.toLocalDate().toString();
            for (Map.Entry<String, String> file : SITE_FILES.entrySet()) {
                String text = resource(file.getKey())
                        .replace("@title@", quoted(title))
                        .replace("@version@", Version.current())
                        .replace("@date@", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx")));
                write(folder.resolve(file.getValue().replace("{date}", date)), text);
            }
            spec.commandLine().getOut().println("Created a site in " + folder + ". Build it with:\n"
                    + "  cd " + folder + " && mvn site          (with Maven)\n"
                    + "  java -jar masthead.jar build -s " + folder + "   (without)");
            return 0;
        }
    }

    /** {@code text} as a YAML double-quoted string. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String resource(String name) {
        try (InputStream in = NewCommand.class.getResourceAsStream("site/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the site template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a new file; never replaces one. */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Main.UserError(file + " exists already; it was left as it is");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
