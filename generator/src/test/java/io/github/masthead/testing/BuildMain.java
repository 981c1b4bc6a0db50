package io.github.masthead.testing;

import io.github.masthead.BuildListener;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import java.nio.file.Path;

/** Builds a site in its own JVM, for tests that kill a build. Arguments: source, destination. */
public final class BuildMain {

    private BuildMain() {
    }

    public static void main(String[] args) {
        System.out.println(Site.build(SiteConfig.builder(Path.of(args[0])).destination(Path.of(args[1])).build(),
                BuildListener.NONE).summary());
    }
}
