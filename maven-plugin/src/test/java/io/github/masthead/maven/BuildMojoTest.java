package io.github.masthead.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.masthead.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build goal, constructed and configured as Maven would, on a real site. */
class BuildMojoTest {

    private final Fixtures.RecordingLog log = new Fixtures.RecordingLog();

    @Test
    void buildsTheSiteAndLogsPhasesAndTheSummaryTable(@TempDir Path tmp) throws Exception {
        BuildMojo mojo = Fixtures.configure(new BuildMojo(), Fixtures.site(tmp.resolve("site")), tmp.resolve("out"), log);
        mojo.project = new MavenProject();
        mojo.execute();

        assertThat(tmp.resolve("out/2025/03/04/bridge.html")).exists();
        assertThat(log.lines).contains("INFO [read] reading " + tmp.resolve("site"))
                .anyMatch(l -> l.startsWith("INFO Masthead build summary"))
                .contains("INFO   posts read                2", "INFO   " + "  rendered                2",
                        "INFO   " + "  failed                  0")
                .anyMatch(l -> l.startsWith("INFO   cruft removed"))
                .anyMatch(l -> l.startsWith("INFO   pages written"))
                .anyMatch(l -> l.matches("INFO   time +\\d+\\.\\d\\d s"));
        assertThat(mojo.project.getContextValue(AbstractSiteMojo.LAST_BUILD)).as("left for deploy").isNotNull();
        assertThat(mojo.goal()).isEqualTo(BuildMojo.GOAL);
    }

    @Test
    void skipDoesNothing(@TempDir Path tmp) throws Exception {
        BuildMojo mojo = Fixtures.configure(new BuildMojo(), Fixtures.site(tmp.resolve("site")), tmp.resolve("out"), log);
        mojo.skip = true;
        mojo.execute();
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(log.text()).contains("Skipping masthead:build");
    }

    @Test
    void aBadConfigFailsNamingTheFileAndLine(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site(tmp.resolve("site"));
        Fixtures.write(site.resolve("_config.yml"), "title: Valley Courier\npaginate: lots\n");
        BuildMojo mojo = Fixtures.configure(new BuildMojo(), site, tmp.resolve("out"), log);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("_config.yml").hasMessageContaining("'paginate' must be a whole number")
                .hasMessageContaining(site.toString());
    }

    @Test
    void aMissingSiteFolderNamesThePomElementAndProperty(@TempDir Path tmp) {
        BuildMojo mojo = Fixtures.configure(new BuildMojo(), tmp.resolve("nowhere"), tmp.resolve("out"), log);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<source>").hasMessageContaining("-Dmasthead.source")
                .hasMessageContaining("pom.xml").hasMessageContaining("_config.yml");
    }

    @Test
    void strictFailsOnABrokenPostAndKeepsThePreviousOutput(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site(tmp.resolve("site"));
        BuildMojo mojo = Fixtures.configure(new BuildMojo(), site, tmp.resolve("out"), log);
        mojo.execute();
        Fixtures.write(site.resolve("_posts/2025-03-06-broken.md"), "---\ntitle: Broken\ndate: someday\n---\nText\n");
        mojo.strict = true;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("_posts/2025-03-06-broken.md:3").hasMessageContaining("strict");
        assertThat(tmp.resolve("out/2025/03/04/bridge.html")).exists();
        assertThat(log.lines).anyMatch(l -> l.startsWith("ERROR _posts/2025-03-06-broken.md:3"));
    }

    @Test
    void parametersBecomeOverridesAndCleanValuesAreReadAsYaml(@TempDir Path tmp) throws Exception {
        BuildMojo mojo = Fixtures.configure(new BuildMojo(), Fixtures.site(tmp.resolve("site")), tmp.resolve("out"), log);
        mojo.drafts = true;
        mojo.baseurl = "/courier";
        mojo.theme = "newsroom";
        mojo.clean = Map.of("disable", "[rule-a, rule-b]", "image_proxy", "{mode: keep}");
        SiteConfig config = mojo.validatedConfig();
        assertThat(config.overrides()).containsEntry("show_drafts", true).containsEntry("baseurl", "/courier")
                .containsEntry("theme", "newsroom").doesNotContainKey("future").doesNotContainKey("url");
        assertThat(config.overrides().get("clean")).isEqualTo(Map.of("disable", List.of("rule-a", "rule-b"),
                "image_proxy", Map.of("mode", "keep")));
        assertThat(config.destination()).isEqualTo(tmp.resolve("out"));

        mojo.clean = Map.of("disable", "[unclosed");
        assertThatThrownBy(mojo::validatedConfig).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<clean><disable>").hasMessageContaining("pom.xml");
        assertThat(Files.exists(tmp.resolve("out"))).isFalse();
    }
}
