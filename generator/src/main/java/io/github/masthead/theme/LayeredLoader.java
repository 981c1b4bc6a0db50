package io.github.masthead.theme;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template lookup chain: the site's own {@code _layouts/} and {@code _includes/} first, then the theme's
 * {@code templates/layouts/} and {@code templates/includes/}. Template names are {@code layouts/post},
 * {@code includes/head} and so on, without the {@code .peb} suffix. Unlike Pebble's {@code DelegatingLoader},
 * a template that is found nowhere is reported with every place that was searched. Made for one build: it looks
 * for each template once, so a template added or removed while the build runs is seen by the next one.
 */
public final class LayeredLoader implements Loader<String> {

    private static final String SUFFIX = ".peb";

    private final Path site;
    private final Theme theme;
    /** What each template name resolved to: every post page asks whether its layout exists. */
    private final Map<String, Optional<Path>> found = new ConcurrentHashMap<>();

    public LayeredLoader(Path siteSource, Theme theme) {
        this.site = siteSource;
        this.theme = theme;
    }

    @Override
    public Reader getReader(String templateName) {
        Path found = find(templateName).orElseThrow(() -> new LoaderException(null,
                "template '" + templateName + "' was not found; looked in " + String.join(", ",
                        candidates(templateName).stream().map(Path::toString).toList())));
        try {
            return Files.newBufferedReader(found, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "cannot read template " + found + ": " + e.getMessage());
        }
    }

    /** The theme below the site's own templates. */
    public Theme theme() {
        return theme;
    }

    /** The file a template name resolves to, first match in the chain; looked for once per name. */
    public Optional<Path> find(String templateName) {
        return found.computeIfAbsent(templateName,
                name -> candidates(name).stream().filter(Files::isRegularFile).findFirst());
    }

    private List<Path> candidates(String templateName) {
        String name = stripSuffix(templateName.startsWith("/") ? templateName.substring(1) : templateName);
        List<Path> paths = new ArrayList<>(2);
        if (!name.contains("..")) {
            int slash = name.indexOf('/');
            if (slash > 0) {
                String kind = name.substring(0, slash);
                String rest = name.substring(slash + 1);
                if (kind.equals("layouts") || kind.equals("includes")) {
                    paths.add(site.resolve("_" + kind).resolve(rest + SUFFIX));
                }
            }
            paths.add(theme.templates().resolve(name + SUFFIX));
        }
        return paths;
    }

    private static String stripSuffix(String name) {
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    @Override
    public void setCharset(String charset) {
        // templates are always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // the chain fixes its own folders
    }

    @Override
    public void setSuffix(String suffix) {
        // the chain fixes its own suffix
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return relativePath;
    }

    @Override
    public String createCacheKey(String templateName) {
        return stripSuffix(templateName);
    }

    @Override
    public boolean resourceExists(String templateName) {
        return find(templateName).isPresent();
    }
}
