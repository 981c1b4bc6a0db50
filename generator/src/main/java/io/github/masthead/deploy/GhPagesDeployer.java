package io.github.masthead.deploy;

import io.github.masthead.BuildReport;
import io.github.masthead.SiteConfig;
import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Publishes a built site to the {@code gh-pages} branch of a git remote with JGit: fetches the branch, writes the
 * site as one new commit on top of it (with {@code .nojekyll} and {@code CNAME}), and pushes it. It never
 * force-pushes unless asked, refuses a build that had errors unless allowed, commits nothing when the branch
 * already holds the same files, and never puts the token in a message. Works in a temporary repository of its
 * own, so the project's work tree is never touched. Thread-safe: each call works alone.
 */
public final class GhPagesDeployer {

    private final Consumer<String> log;

    /** @param log receives one line per step, for the front end to show */
    public GhPagesDeployer(Consumer<String> log) {
        this.log = log;
    }

    /**
     * Deploys the site {@code report} describes.
     *
     * @param site   the configuration the site was built with (for its title and {@code cname})
     * @param report the build's report; its destination is what gets published
     * @throws DeployException when the deploy cannot happen; {@link DeployException#isUserError()} tells why
     */
    public DeployResult deploy(SiteConfig site, BuildReport report, DeployOptions options) {
        if (report.hasErrors() && !options.allowErrors()) {
            throw new DeployException(DeployException.Reason.BUILD_ERRORS, "the build had " + report.errors().size()
                    + " error(s), the first: " + report.errors().get(0) + ". Fix them, or allow deploying a site"
                    + " with errors (allowErrors)");
        }
        Path folder = report.destination();
        if (!Files.isDirectory(folder) || isEmpty(folder)) {
            throw new DeployException(DeployException.Reason.NO_SITE, "there is no built site in " + folder
                    + "; build it first");
        }
        Settings settings = new ConfigLoader().load(site.source(), site.overrides());
        String remote = remote(options);
        String cname = options.cname() != null ? options.cname() : cname(settings);
        String message = message(settings, report, options);
        Path work = createWorkFolder();
        try (Git git = Git.init().setBare(true).setDirectory(work.toFile()).call()) {
            return publish(git, remote, folder, cname, message, options);
        } catch (GitAPIException e) {
            throw failure(e, Remotes.redact(remote), options);
        } catch (IOException e) {
            throw new DeployException(DeployException.Reason.FAULT, "cannot write the site into git: "
                    + e.getMessage(), e);
        } finally {
            delete(work);
        }
    }

    private DeployResult publish(Git git, String remote, Path folder, String cname, String message,
                                 DeployOptions options) throws GitAPIException, IOException {
        String shown = Remotes.redact(remote);
        String ref = Constants.R_HEADS + options.branch();
        CredentialsProvider credentials = credentials(options);
        Repository repo = git.getRepository();
        log.accept("fetching " + options.branch() + " from " + shown);
        Collection<Ref> heads = git.lsRemote().setRemote(remote).setHeads(true)
                .setCredentialsProvider(credentials).call();
        ObjectId parent = null;
        if (heads.stream().anyMatch(r -> r.getName().equals(ref))) {
            git.fetch().setRemote(remote).setRefSpecs(new RefSpec("+" + ref + ":" + ref))
                    .setCredentialsProvider(credentials).call();
            parent = repo.resolve(ref);
        } else {
            log.accept(options.branch() + " does not exist yet on " + shown + "; it will be created");
        }
        SiteTree tree = new SiteTree(folder, cname);
        ObjectId commit;
        try (ObjectInserter inserter = repo.newObjectInserter(); RevWalk walk = new RevWalk(repo)) {
            ObjectId treeId = tree.write(inserter);
            if (parent != null && walk.parseCommit(parent).getTree().getId().equals(treeId)) {
                return new DeployResult(shown, options.branch(), parent.name(), false, false, tree.paths().size(),
                        message);
            }
            commit = inserter.insert(commit(treeId, parent, message, options));
            inserter.flush();
        }
        RefUpdate update = repo.updateRef(ref);
        update.setNewObjectId(commit);
        update.forceUpdate();
        if (options.dryRun()) {
            return new DeployResult(shown, options.branch(), commit.name(), true, false, tree.paths().size(), message);
        }
        log.accept("pushing " + tree.paths().size() + " files to " + options.branch() + " of " + shown
                + (options.force() ? " (force)" : ""));
        Iterable<PushResult> results = git.push().setRemote(remote)
                .setRefSpecs(new RefSpec((options.force() ? "+" : "") + ref + ":" + ref)).setForce(options.force())
                .setCredentialsProvider(credentials).call();
        for (PushResult result : results) {
            checkPushed(result.getRemoteUpdate(ref), shown, options);
        }
        return new DeployResult(shown, options.branch(), commit.name(), true, true, tree.paths().size(), message);
    }

    private static CommitBuilder commit(ObjectId tree, ObjectId parent, String message, DeployOptions options) {
        PersonIdent who = new PersonIdent(options.authorName(), options.authorEmail());
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(tree);
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(who);
        commit.setCommitter(who);
        commit.setMessage(message);
        return commit;
    }

    private static void checkPushed(RemoteRefUpdate update, String remote, DeployOptions options) {
        if (update == null) {
            throw new DeployException(DeployException.Reason.FAULT, remote + " did not answer for " + options.branch());
        }
        switch (update.getStatus()) {
            case OK, UP_TO_DATE -> {
                return;
            }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new DeployException(
                    DeployException.Reason.REJECTED, options.branch() + " of " + remote + " changed while deploying;"
                    + " run the deploy again (or force it to replace what is there)");
            default -> throw new DeployException(DeployException.Reason.REJECTED, remote + " refused the push to "
                    + options.branch() + ": " + update.getStatus()
                    + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
        }
    }

    /** The remote given, else the project's {@code origin}; GitHub SSH addresses become HTTPS when a token is set. */
    private static String remote(DeployOptions options) {
        String remote = options.remote() != null ? options.remote() : Remotes.origin(options.project())
                .orElseThrow(() -> new DeployException(DeployException.Reason.NO_REMOTE, "no remote to deploy to: "
                        + options.project() + " is not in a git repository with an 'origin'. Name the repository"
                        + " to push to (remote)"));
        if (options.token() != null) {
            remote = Remotes.forToken(remote);
        }
        if (Remotes.isSsh(remote)) {
            throw new DeployException(DeployException.Reason.NO_REMOTE, "cannot push to the SSH address "
                    + Remotes.redact(remote) + ": use an HTTPS address with a token in GITHUB_TOKEN");
        }
        return remote;
    }

    private static CredentialsProvider credentials(DeployOptions options) {
        return options.token() == null ? null
                : new UsernamePasswordCredentialsProvider("x-access-token", options.token());
    }

    private static String cname(Settings settings) {
        Object value = settings.params().get("cname");
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** E.g. {@code Publish Harbour Gazette: 42 posts} and, below, the source commit. */
    static String message(Settings settings, BuildReport report, DeployOptions options) {
        String title = settings.title().isBlank() ? "the site" : settings.title();
        StringBuilder message = new StringBuilder("Publish ").append(title).append(": ")
                .append(report.postsRendered()).append(report.postsRendered() == 1 ? " post" : " posts");
        message.append("\n\n");
        Remotes.head(options.project()).ifPresentOrElse(
                head -> message.append("Built from ").append(head).append(" by Masthead."),
                () -> message.append("Built by Masthead."));
        return message.append('\n').toString();
    }

    private static DeployException failure(GitAPIException e, String remote, DeployOptions options) {
        String text = options.token() == null ? e.getMessage() : e.getMessage().replace(options.token(), "***");
        if (e instanceof TransportException && text != null && (text.contains("not authorized")
                || text.contains("Authentication is required") || text.contains("401") || text.contains("403"))) {
            return new DeployException(DeployException.Reason.AUTH, remote + " refused the credentials: " + text
                    + ". Set GITHUB_TOKEN to a token that may push to the repository");
        }
        return new DeployException(DeployException.Reason.FAULT, "cannot deploy to " + remote + ": " + text, e);
    }

    private static boolean isEmpty(Path folder) {
        try (var children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static Path createWorkFolder() {
        try {
            return Files.createTempDirectory("masthead-deploy-");
        } catch (IOException e) {
            throw new DeployException(DeployException.Reason.FAULT, "cannot create a temporary folder: "
                    + e.getMessage(), e);
        }
    }

    private void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.accept("could not remove the temporary folder " + root + ": " + e.getMessage());
        }
    }
}
