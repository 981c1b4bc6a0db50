package io.github.masthead.theme;

import java.nio.file.Path;

/**
 * A resolved theme: its name and its root folder, which holds {@code theme.yml}, {@code templates/} and
 * {@code assets/}. For a theme packaged as a jar the root is a folder inside the jar's file system.
 *
 * @param name the theme's name
 * @param root the folder holding the theme
 */
public record Theme(String name, Path root) {

    /** The folder of Pebble templates: {@code layouts/} and {@code includes/}. */
    public Path templates() {
        return root.resolve("templates");
    }

    /** The folder of files copied into every site that uses the theme. */
    public Path assets() {
        return root.resolve("assets");
    }
}
