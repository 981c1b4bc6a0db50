package io.github.masthead.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A small site written into a folder, and a log that keeps what the goals say. */
final class Fixtures {

    private Fixtures() {
    }

    static Path site(Path dir) throws IOException {
        write(dir.resolve("_config.yml"), "title: Valley Courier\ntimezone: UTC\ncname: courier.valley.example\n");
        write(dir.resolve("_posts/2025-03-04-bridge.md"), """
                ---
                title: The bridge reopens
                ---
                The old stone bridge opened again on Monday.
                """);
        write(dir.resolve("_posts/2025-03-05-market.md"), """
                ---
                title: Market day moves
                ---
                The Thursday market moves to the square.
                """);
        return dir;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static <T extends AbstractSiteMojo> T configure(T mojo, Path site, Path out, RecordingLog log) {
        mojo.source = site.toFile();
        mojo.outputDirectory = out.toFile();
        mojo.cacheDirectory = out.resolveSibling(out.getFileName() + "-cache").toFile();
        mojo.setLog(log);
        return mojo;
    }

    /** Keeps every line logged at info, warn and error, prefixed with the level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        @Override
        public void debug(CharSequence content) {
            // debug lines are not asserted on
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
