package io.github.masthead.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy goal, pushing to a real bare repository. */
class DeployMojoTest {

    private final Fixtures.RecordingLog log = new Fixtures.RecordingLog();

    @Test
    void deploysTheSiteBuiltEarlierInTheSameRun(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site(tmp.resolve("site"));
        Path remote = tmp.resolve("pages.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        MavenProject project = new MavenProject();

        BuildMojo build = Fixtures.configure(new BuildMojo(), site, tmp.resolve("out"), log);
        build.project = project;
        build.execute();
        DeployMojo deploy = deployMojo(site, tmp.resolve("other-out"), remote);
        deploy.project = project;
        deploy.execute();

        assertThat(log.text()).contains("Deploying the site built in this run: " + tmp.resolve("out"))
                .contains("Commit message: Publish Valley Courier: 2 posts");
        assertThat(tmp.resolve("other-out")).as("not built twice").doesNotExist();
        List<RevCommit> history = history(remote);
        assertThat(history).hasSize(1);
    }

    @Test
    void buildsFirstWhenRunAloneAndNeverLogsTheToken(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site(tmp.resolve("site"));
        Path remote = tmp.resolve("pages.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        DeployMojo deploy = deployMojo(site, tmp.resolve("out"), remote);
        deploy.environment = name -> name.equals(DeployMojo.TOKEN_VARIABLE) ? "ghs_very_secret" : null;
        deploy.execute();
        assertThat(tmp.resolve("out/index.html")).exists();
        assertThat(history(remote)).hasSize(1);
        assertThat(log.text()).doesNotContain("ghs_very_secret").contains("pushed ");
    }

    @Test
    void refusesABuildWithErrorsNamingTheSwitch(@TempDir Path tmp) throws Exception {
        Path site = Fixtures.site(tmp.resolve("site"));
        Fixtures.write(site.resolve("_posts/2025-03-06-broken.md"), "---\ndate: someday\n---\nText\n");
        Path remote = tmp.resolve("pages.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
        DeployMojo deploy = deployMojo(site, tmp.resolve("out"), remote);
        assertThatThrownBy(deploy::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("_posts/2025-03-06-broken.md:2").hasMessageContaining("-Dmasthead.allowErrors");
        assertThat(history(remote)).isEmpty();
    }

    @Test
    void withoutAnyRemoteSaysWhichElementToSet(@TempDir Path tmp) throws Exception {
        DeployMojo deploy = deployMojo(Fixtures.site(tmp.resolve("site")), tmp.resolve("out"), null);
        assertThatThrownBy(deploy::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("<remote>").hasMessageContaining("-Dmasthead.remote");
    }

    private DeployMojo deployMojo(Path site, Path out, Path remote) {
        DeployMojo deploy = Fixtures.configure(new DeployMojo(), site, out, log);
        deploy.remote = remote == null ? null : remote.toString();
        deploy.branch = "gh-pages";
        deploy.environment = name -> null;
        return deploy;
    }

    private static List<RevCommit> history(Path remote) throws Exception {
        try (Git git = Git.open(remote.toFile())) {
            List<RevCommit> commits = new ArrayList<>();
            var head = git.getRepository().resolve("refs/heads/gh-pages");
            if (head != null) {
                git.log().add(head).call().forEach(commits::add);
            }
            return commits;
        }
    }
}
