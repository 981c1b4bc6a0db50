package io.github.masthead.cli;

import io.github.masthead.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that builds shares; unset ones defer to {@code _config.yml}. */
final class SiteOptions {

    @Option(names = {"-s", "--source"}, defaultValue = ".", description = "The site folder (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = {"-d", "--destination"}, defaultValue = "_site",
            description = "The output folder, relative to the site folder (default: ${DEFAULT-VALUE}).")
    Path destination;

    @Option(names = "--cache", defaultValue = ".masthead-cache", description = "Where builds keep the read and "
            + "cleaned posts and the record of the last build, relative to the site folder (default: ${DEFAULT-VALUE}); "
            + "disable_disk_cache: true in _config.yml turns it off.")
    Path cache;

    @Option(names = "--drafts", description = "Build the drafts in _drafts/.")
    Boolean drafts;

    @Option(names = "--future", description = "Build posts dated in the future.")
    Boolean future;

    @Option(names = "--baseurl", description = "Replaces baseurl of _config.yml, e.g. /news.")
    String baseurl;

    @Option(names = "--url", description = "Replaces url of _config.yml, e.g. https://you.github.io.")
    String url;

    @Option(names = "--theme", description = "Replaces theme of _config.yml.")
    String theme;

    @Option(names = "--strict", description = "Fail, keeping the previous output, when any post fails.")
    boolean strict;

    /** The options as the core's configuration. */
    SiteConfig config() {
        Path site = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new Main.UserError("the site folder " + site + " does not exist; give it with --source DIR");
        }
        return SiteConfig.builder(site)
                .destination(site.resolve(destination).normalize())
                .cacheDirectory(site.resolve(cache).normalize())
                .set("show_drafts", drafts)
                .set("future", future)
                .baseurl(baseurl)
                .url(url)
                .theme(theme)
                .strict(strict)
                .build();
    }
}
