package io.github.masthead.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared sample data beside the project ({@code ../shared}). Tests that use it are skipped when it is
 * absent, as it is in a user's clone.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The folder, or a skipped test when it is not there. */
    public static Path require(String child) {
        String root = System.getProperty("masthead.shared", "../../shared");
        Path path = Path.of(root).resolve(child).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(path), () -> "shared sample data not found at " + path + "; skipping");
        return path;
    }
}
