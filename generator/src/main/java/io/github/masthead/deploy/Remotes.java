package io.github.masthead.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** Reads the project's git repository (its {@code origin} and {@code HEAD}) and cleans remote URLs for logs. */
final class Remotes {

    private static final Pattern SCP_LIKE = Pattern.compile("^(?:ssh://)?git@([^:/]+)[:/](.+)$");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^@/]*@");

    private Remotes() {
    }

    /** The {@code origin} URL of the repository that holds {@code project}, if any. */
    static Optional<String> origin(Path project) {
        return withRepository(project, repo -> Optional.ofNullable(
                repo.getConfig().getString("remote", "origin", "url")));
    }

    /** The commit {@code HEAD} points at in the repository that holds {@code project}, if any. */
    static Optional<String> head(Path project) {
        return withRepository(project, repo -> {
            ObjectId head = repo.resolve("HEAD");
            return Optional.ofNullable(head).map(ObjectId::name);
        });
    }

    /** A GitHub SSH address as HTTPS, so that a token can be used with it; other addresses as they are. */
    static String forToken(String url) {
        Matcher m = SCP_LIKE.matcher(url);
        return m.matches() ? "https://" + m.group(1) + "/" + m.group(2) : url;
    }

    /** Whether the address needs an SSH client, which this deployer does not have. */
    static boolean isSsh(String url) {
        return SCP_LIKE.matcher(url).matches() || url.startsWith("ssh://");
    }

    /** The address without any user name or password in it. */
    static String redact(String url) {
        return url == null ? null : USER_INFO.matcher(url).replaceFirst("$1***@");
    }

    private static <T> Optional<T> withRepository(Path project, RepoFunction<Optional<T>> function) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(project.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repo = builder.build()) {
            return function.apply(repo);
        } catch (IOException e) {
            throw new DeployException(DeployException.Reason.FAULT, "cannot read the git repository at "
                    + builder.getGitDir() + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface RepoFunction<T> {
        T apply(Repository repo) throws IOException;
    }
}
