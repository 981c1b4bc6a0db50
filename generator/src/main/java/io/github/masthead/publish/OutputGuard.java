package io.github.masthead.publish;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import java.nio.file.Path;

/** Refuses output folders that a build must never replace: the source, its parents, the root and the home. */
public final class OutputGuard {

    private OutputGuard() {
    }

    /** Throws a {@link SiteException} saying why when {@code destination} is unsafe for {@code source}. */
    public static void check(Path source, Path destination) {
        Path src = source.toAbsolutePath().normalize();
        Path dest = destination.toAbsolutePath().normalize();
        String why = null;
        if (dest.getParent() == null) {
            why = "it is the root of the file system";
        } else if (dest.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            why = "it is your home folder";
        } else if (src.startsWith(dest)) {
            why = src.equals(dest) ? "it is the site's source folder" : "it contains the site's source folder";
        }
        if (why != null) {
            throw new SiteException(Problem.error("", 0, "refusing to write the site to " + dest + ": " + why
                    + ", and a build replaces the whole output folder. Choose a folder of its own, such as "
                    + src.resolve("_site")));
        }
    }
}
