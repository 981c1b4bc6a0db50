package io.github.masthead.testing;

import io.github.masthead.BuildListener;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import java.nio.file.Path;

/** Builds a site in its own JVM, for tests that kill a build. Arguments: source, destination, and a cache folder. */
public final class BuildMain {

    private BuildMain() {
    }

    public static void main(String[] args) {
        SiteConfig.Builder config = SiteConfig.builder(Path.of(args[0])).destination(Path.of(args[1]));
        if (args.length > 2) {
            config.cacheDirectory(Path.of(args[2]));
        }
        System.out.println(Site.build(config.build(), BuildListener.NONE).summary());
    }
}
