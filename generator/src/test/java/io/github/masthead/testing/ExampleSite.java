package io.github.masthead.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example site in {@code content/}, found through the {@code masthead.content} property. */
public final class ExampleSite {

    private ExampleSite() {
    }

    /** The example site's folder; the calling test is skipped when it is absent. */
    public static Path source() {
        Path content = Path.of(System.getProperty("masthead.content", "../content")).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(content.resolve("_config.yml")), "example site not found at " + content);
        return content;
    }

    /** Builds the example site into {@code out}, which must then hold a site built without errors. */
    public static Path build(Path out) {
        BuildReport report = Site.build(SiteConfig.builder(source()).destination(out).build(), BuildListener.NONE);
        assertThat(report.errors()).as("errors building the example site").isEmpty();
        return out;
    }
}
