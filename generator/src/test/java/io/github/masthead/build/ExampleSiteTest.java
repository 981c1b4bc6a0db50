package io.github.masthead.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example site in {@code content/} builds cleanly with the default theme. */
class ExampleSiteTest {

    @Test
    void exampleSiteBuildsWithoutErrors(@TempDir Path tmp) throws Exception {
        Path content = Path.of(System.getProperty("masthead.content", "../content")).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(content.resolve("_config.yml")), "example site not found at " + content);
        Path out = tmp.resolve("site");
        BuildReport report = Site.build(SiteConfig.builder(content).destination(out).build(), BuildListener.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.postsRendered()).isGreaterThanOrEqualTo(8);
        assertThat(report.postsFailed()).isZero();
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.message()).contains("no front matter"));
        assertThat(Trees.files(out))
                .contains("index.html", "about/index.html", "404.html", "assets/images/masthead-logo.svg")
                .noneMatch(p -> p.equals("pom.xml") || p.startsWith("target/") || p.equals("README.md"));
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"/news/");
    }
}
