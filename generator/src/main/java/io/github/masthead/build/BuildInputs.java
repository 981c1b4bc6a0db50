package io.github.masthead.build;

import io.github.masthead.SiteConfig;
import io.github.masthead.clean.CleanConfig;
import io.github.masthead.config.Settings;
import io.github.masthead.source.SourceFile;
import io.github.masthead.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The digest of everything a build reads: Masthead's own code, the settings and the front end's options, the
 * templates and assets of the site and its theme, the site's rule packs, and every source file (posts, drafts and
 * pages by their bytes; static files, which are only copied, by size and modification time). Two builds with the
 * same digest, at a time when the same posts are due, write the same site. Stateless.
 */
final class BuildInputs {

    private BuildInputs() {
    }

    /** The digest, or empty when a file could not be read (then no earlier build can stand in for this one). */
    static Optional<String> digest(SiteConfig config, Settings settings, Theme theme, List<SourceFile> files) {
        Path source = config.source();
        List<String> parts = new ArrayList<>();
        parts.add("masthead " + BuildCache.codeVersion());
        parts.add("site " + source.toAbsolutePath().normalize() + " to " + config.destination() + " strict "
                + config.strict());
        parts.add(settings.toString());
        parts.addAll(BuildCache.treeDigests(List.of(source.resolve("_layouts"), source.resolve("_includes"),
                theme.root())));
        parts.addAll(BuildCache.digests(CleanConfig.packFiles(settings.params().get("clean"), source)));
        parts.addAll(files.parallelStream().map(BuildInputs::describe).toList());
        MessageDigest sha = BuildCache.sha256();
        for (String part : parts) {
            if (part == null || part.endsWith("=null")) { // a template, an asset or a rule pack not read
                return Optional.empty();
            }
            BuildCache.update(sha, part);
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** One source file as an input, or {@code null} when it cannot be read. */
    private static String describe(SourceFile file) {
        String head = file.kind() + " " + file.relativePath() + " " + String.join("/", file.dirCategories()) + " ";
        try {
            if (file.kind() == SourceFile.Kind.STATIC) {
                BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
                return head + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            }
            return head + HexFormat.of().formatHex(BuildCache.sha256().digest(Files.readAllBytes(file.path())));
        } catch (IOException e) {
            return null;
        }
    }
}
