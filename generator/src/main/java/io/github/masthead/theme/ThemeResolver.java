package io.github.masthead.theme;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds a theme by the {@code theme} setting: a folder {@code _themes/<name>} in the site, a folder path,
 * or a theme jar on the classpath that carries {@code META-INF/masthead/themes/<name>/theme.yml}.
 */
public final class ThemeResolver {

    /** Where theme jars keep their themes. */
    public static final String CLASSPATH_ROOT = "META-INF/masthead/themes/";

    private final ClassLoader classLoader;

    public ThemeResolver(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Resolves {@code name} for the site in {@code siteSource}. */
    public Theme resolve(String name, Path siteSource) {
        Path inSite = siteSource.resolve("_themes").resolve(name);
        if (Files.isRegularFile(inSite.resolve("theme.yml"))) {
            return new Theme(name, inSite);
        }
        Path asPath = siteSource.resolve(name);
        if (!name.isBlank() && Files.isRegularFile(asPath.resolve("theme.yml"))) {
            return new Theme(asPath.getFileName().toString(), asPath.normalize());
        }
        URL url = classLoader.getResource(CLASSPATH_ROOT + name + "/theme.yml");
        if (url == null) {
            throw new SiteException(Problem.error("_config.yml", 0, "theme '" + name + "' was not found: looked for "
                    + inSite.resolve("theme.yml") + ", " + asPath.resolve("theme.yml") + " and "
                    + CLASSPATH_ROOT + name + "/theme.yml on the classpath. Add the theme's jar as a dependency "
                    + "or set 'theme' to a folder that holds a theme.yml"));
        }
        return new Theme(name, toPath(url).getParent());
    }

    private static Path toPath(URL url) {
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return jarFileSystem(uri).provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new SiteException("cannot open the theme at " + url + ": " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
