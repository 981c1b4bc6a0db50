package io.github.masthead.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/**
 * The goals as Maven configures them: looked up through the generated plugin descriptor by the plugin testing
 * harness, with parameters from a POM's {@code <configuration>}, from {@code @MojoParameter}, or from the
 * descriptor's defaults.
 */
@MojoTest
@Basedir("/unit/configured")
class ConfiguredMojoTest {

    @Test
    @InjectMojo(goal = "build", pom = "pom.xml")
    void buildTakesItsConfigurationFromThePom(BuildMojo mojo) throws Exception {
        File basedir = new File(getClass().getResource("/unit/configured").toURI());
        assertThat(mojo.source).isEqualTo(basedir);
        assertThat(mojo.outputDirectory).isEqualTo(new File(basedir, "target/news"));
        assertThat(mojo.baseurl).isEqualTo("/courier");
        assertThat(mojo.drafts).isTrue();
        assertThat(mojo.clean).isEqualTo(Map.of("image_proxy", "{mode: keep}"));
        assertThat(mojo.strict).as("the descriptor's default").isFalse();
        assertThat(mojo.cacheDirectory).as("the descriptor's default")
                .isEqualTo(new File(basedir, "target/masthead-cache"));

        mojo.execute();

        Path out = mojo.outputDirectory.toPath();
        assertThat(Files.readString(out.resolve("2025/03/04/bridge.html"), StandardCharsets.UTF_8))
                .contains("The old stone bridge").contains("href=\"/courier/").doesNotContain("/ignored-by-the-pom");
        assertThat(out.resolve("2025/03/05/market.html")).as("the draft, built on request").exists();
        assertThat(new File(basedir, "target/masthead-cache/build/cleaned.bin")).isNotEmpty();
    }

    @Test
    @InjectMojo(goal = "serve")
    void serveHasTheDocumentedDefaults(ServeMojo mojo) {
        assertThat(mojo.host).isEqualTo("127.0.0.1");
        assertThat(mojo.port).isEqualTo(4000);
        assertThat(mojo.debounce).isEqualTo(50);
        assertThat(mojo.skip).isFalse();
    }

    @Test
    @InjectMojo(goal = "deploy")
    @MojoParameter(name = "branch", value = "site")
    @MojoParameter(name = "dryRun", value = "true")
    void deployParametersComeFromTheConfiguration(DeployMojo mojo) {
        assertThat(mojo.branch).isEqualTo("site");
        assertThat(mojo.dryRun).isTrue();
        assertThat(mojo.force).as("never force-pushes unless asked").isFalse();
        assertThat(mojo.allowErrors).isFalse();
    }

    @Test
    @InjectMojo(goal = "build", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/skipped")
    void skipWritesNothing(BuildMojo mojo) throws Exception {
        mojo.execute();
        assertThat(mojo.outputDirectory).doesNotExist();
    }
}
