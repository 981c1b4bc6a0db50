package io.github.masthead.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import io.github.masthead.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deploys to a real bare repository on disk and reads back what arrived. */
class GhPagesDeployerTest {

    private static final String SITE = """
            -- _config.yml --
            title: Harbour Gazette
            cname: news.harbour.example
            timezone: UTC
            -- _posts/2025-01-02-tide-tables.md --
            ---
            title: Tide tables return
            ---
            The harbour office printed the first tide tables of the year.
            """;

    private final List<String> log = new ArrayList<>();
    private final GhPagesDeployer deployer = new GhPagesDeployer(log::add);

    @Test
    void publishesOneCommitPerChangeWithNojekyllAndCname(@TempDir Path tmp) throws Exception {
        Path project = TestSites.write(tmp.resolve("project"), SITE);
        String sourceCommit = commitAll(project);
        Path remote = bareRepository(tmp.resolve("remote.git"));
        SiteConfig config = SiteConfig.builder(project).destination(project.resolve("target/site")).build();
        DeployOptions options = DeployOptions.builder(project).remote(remote.toString()).build();

        DeployResult first = deployer.deploy(config, build(config), options);
        assertThat(first.changed()).isTrue();
        assertThat(first.pushed()).isTrue();
        assertThat(files(remote)).contains(".nojekyll", "CNAME", "index.html", "2025/01/02/tide-tables.html",
                "assets/css/main.css");
        assertThat(read(remote, "CNAME")).isEqualTo("news.harbour.example\n");
        assertThat(history(remote)).hasSize(1);
        RevCommit head = headCommit(remote);
        assertThat(head.getFullMessage()).startsWith("Publish Harbour Gazette: 1 post\n")
                .contains("Built from " + sourceCommit);
        assertThat(head.getId().name()).isEqualTo(first.commit());

        DeployResult unchanged = deployer.deploy(config, build(config), options);
        assertThat(unchanged.changed()).isFalse();
        assertThat(history(remote)).as("an unchanged site adds no commit").hasSize(1);

        Files.writeString(project.resolve("_posts/2025-01-03-ferry.md"), "---\ntitle: Ferry\n---\nThe ferry.\n");
        DeployResult second = deployer.deploy(config, build(config), options);
        assertThat(second.message()).startsWith("Publish Harbour Gazette: 2 posts");
        List<RevCommit> history = history(remote);
        assertThat(history).as("one more commit, on top of the first").hasSize(2);
        assertThat(history.get(0).getParent(0).getId().name()).isEqualTo(first.commit());
        assertThat(files(remote)).contains("2025/01/03/ferry.html");
    }

    @Test
    void dryRunPushesNothingAndCnameParameterWins(@TempDir Path tmp) throws Exception {
        Path project = TestSites.write(tmp.resolve("project"), SITE);
        Path remote = bareRepository(tmp.resolve("remote.git"));
        SiteConfig config = SiteConfig.builder(project).destination(tmp.resolve("out")).build();
        BuildReport report = build(config);

        DeployResult dry = deployer.deploy(config, report, DeployOptions.builder(project).remote(remote.toString())
                .dryRun(true).build());
        assertThat(dry.pushed()).isFalse();
        assertThat(dry.summary()).startsWith("dry run");
        assertThat(history(remote)).isEmpty();

        deployer.deploy(config, report, DeployOptions.builder(project).remote(remote.toString())
                .cname("paper.example.org").branch("site").build());
        try (Git git = Git.open(remote.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/site")).isNotNull();
            assertThat(git.getRepository().resolve("refs/heads/gh-pages")).isNull();
        }
        assertThat(read(remote, "refs/heads/site", "CNAME")).isEqualTo("paper.example.org\n");
    }

    @Test
    void refusesBuildsWithErrorsUnlessAllowed(@TempDir Path tmp) throws Exception {
        Path project = TestSites.write(tmp.resolve("project"), SITE + """
                -- _posts/2025-01-04-broken.md --
                ---
                date: not a date
                ---
                Broken.
                """);
        Path remote = bareRepository(tmp.resolve("remote.git"));
        SiteConfig config = SiteConfig.builder(project).destination(tmp.resolve("out")).build();
        BuildReport report = build(config);
        assertThat(report.hasErrors()).isTrue();
        DeployOptions refuse = DeployOptions.builder(project).remote(remote.toString()).build();

        assertThatThrownBy(() -> deployer.deploy(config, report, refuse))
                .isInstanceOfSatisfying(DeployException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DeployException.Reason.BUILD_ERRORS);
                    assertThat(e.isUserError()).isTrue();
                })
                .hasMessageContaining("_posts/2025-01-04-broken.md:2");
        assertThat(history(remote)).isEmpty();

        deployer.deploy(config, report, DeployOptions.builder(project).remote(remote.toString()).allowErrors(true)
                .build());
        assertThat(history(remote)).hasSize(1);
    }

    @Test
    void withoutRemoteOrOriginSaysWhatToDo(@TempDir Path tmp) {
        Path project = TestSites.write(tmp.resolve("project"), SITE);
        SiteConfig config = SiteConfig.builder(project).destination(tmp.resolve("out")).build();
        BuildReport report = build(config);
        assertThatThrownBy(() -> deployer.deploy(config, report, DeployOptions.builder(project).build()))
                .isInstanceOfSatisfying(DeployException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeployException.Reason.NO_REMOTE))
                .hasMessageContaining("origin");
    }

    @Test
    void usesTheProjectsOriginByDefault(@TempDir Path tmp) throws Exception {
        Path project = TestSites.write(tmp.resolve("project"), SITE);
        Path remote = bareRepository(tmp.resolve("remote.git"));
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            var config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", remote.toUri().toString());
            config.save();
        }
        SiteConfig config = SiteConfig.builder(project).destination(tmp.resolve("out")).build();
        DeployResult result = deployer.deploy(config, build(config), DeployOptions.builder(project).build());
        assertThat(result.pushed()).isTrue();
        assertThat(headCommit(remote).getFullMessage()).contains("Built by Masthead.");
    }

    @Test
    void secretsNeverShow() {
        assertThat(Remotes.redact("https://x-access-token:ghs_secret@github.com/o/r.git"))
                .isEqualTo("https://***@github.com/o/r.git");
        assertThat(Remotes.forToken("git@github.com:owner/repo.git")).isEqualTo("https://github.com/owner/repo.git");
        assertThat(Remotes.isSsh("ssh://git@github.com/owner/repo.git")).isTrue();
        assertThat(DeployOptions.builder(Path.of(".")).token("ghs_secret").build().toString())
                .doesNotContain("ghs_secret").contains("token=***");
    }

    private static BuildReport build(SiteConfig config) {
        return Site.build(config, BuildListener.NONE);
    }

    private static Path bareRepository(Path dir) throws Exception {
        Git.init().setBare(true).setDirectory(dir.toFile()).call().close();
        return dir;
    }

    private static String commitAll(Path project) throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).call()) {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage("posts").setAuthor("Desk", "desk@harbour.example")
                    .setCommitter("Desk", "desk@harbour.example").setSign(false).call().getId().name();
        }
    }

    private static List<RevCommit> history(Path remote) throws Exception {
        try (Git git = Git.open(remote.toFile())) {
            ObjectId head = git.getRepository().resolve("refs/heads/gh-pages");
            List<RevCommit> commits = new ArrayList<>();
            if (head != null) {
                git.log().add(head).call().forEach(commits::add);
            }
            return commits;
        }
    }

    private static RevCommit headCommit(Path remote) throws Exception {
        return history(remote).get(0);
    }

    private static Set<String> files(Path remote) throws IOException {
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo);
             TreeWalk tree = new TreeWalk(repo)) {
            tree.addTree(walk.parseCommit(repo.resolve("refs/heads/gh-pages")).getTree());
            tree.setRecursive(true);
            Set<String> paths = new TreeSet<>();
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
            return paths;
        }
    }

    private static String read(Path remote, String path) throws IOException {
        return read(remote, "refs/heads/gh-pages", path);
    }

    private static String read(Path remote, String ref, String path) throws IOException {
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            try (TreeWalk tree = TreeWalk.forPath(repo, path, walk.parseCommit(repo.resolve(ref)).getTree())) {
                return new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
