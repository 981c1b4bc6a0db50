package io.github.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version of Masthead, as Maven stamped it into {@code version.properties}. */
final class Version implements CommandLine.IVersionProvider {

    /** The project version, e.g. {@code 0.1.0}. */
    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Masthead " + current()};
    }
}
