package io.github.masthead.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a whole site from one text, Hugo-style: each file starts with a line {@code -- path --} and runs to the
 * next such line.
 */
public final class TestSites {

    private static final Pattern HEADER = Pattern.compile("^-- (.+?) --$", Pattern.MULTILINE);

    private TestSites() {
    }

    /** Writes the files of {@code spec} under {@code root} and returns {@code root}. */
    public static Path write(Path root, String spec) {
        Matcher m = HEADER.matcher(spec);
        String path = null;
        int start = 0;
        try {
            while (m.find()) {
                if (path != null) {
                    writeFile(root.resolve(path), spec.substring(start, m.start()));
                }
                path = m.group(1);
                start = m.end() + 1;
            }
            if (path != null) {
                writeFile(root.resolve(path), spec.substring(Math.min(start, spec.length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** Writes the site stored as a test resource {@code /sites/<name>.site}. */
    public static Path writeResource(Path root, String name) {
        try (InputStream in = TestSites.class.getResourceAsStream("/sites/" + name + ".site")) {
            if (in == null) {
                throw new IllegalArgumentException("no test site " + name);
            }
            return write(root, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeFile(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
