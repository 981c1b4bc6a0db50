package io.github.masthead;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a front end (the Maven plugin or the CLI) asks the core to build. Values set here override the site's
 * {@code _config.yml}, the way Jekyll's command-line flags do. Immutable; build one with {@link #builder(Path)}.
 */
public final class SiteConfig {

    private final Path source;
    private final Path destination;
    private final Map<String, Object> overrides;
    private final boolean strict;
    private final Path cacheDirectory;

    private SiteConfig(Builder builder) {
        this.source = builder.source.toAbsolutePath().normalize();
        this.destination = (builder.destination != null ? builder.destination : source.resolve("_site"))
                .toAbsolutePath().normalize();
        this.overrides = Collections.unmodifiableMap(new LinkedHashMap<>(builder.overrides));
        this.strict = builder.strict;
        this.cacheDirectory = builder.cacheDirectory == null ? null
                : builder.cacheDirectory.toAbsolutePath().normalize();
    }

    /** Starts a configuration for the site whose {@code _config.yml} lives in {@code source}. */
    public static Builder builder(Path source) {
        return new Builder(source);
    }

    /** The site folder, holding {@code _config.yml} and {@code _posts/}. */
    public Path source() {
        return source;
    }

    /** The output folder; defaults to {@code _site} inside the source, as in Jekyll. */
    public Path destination() {
        return destination;
    }

    /** {@code _config.yml} keys whose values replace the file's. */
    public Map<String, Object> overrides() {
        return overrides;
    }

    /** When true, any failed post makes {@link BuildReport#failed()} true and the front end exits non-zero. */
    public boolean strict() {
        return strict;
    }

    /**
     * Where builds keep what the next build, in another process, can reuse (the cleaned posts), like Jekyll's
     * {@code .jekyll-cache}; empty for none. The front ends set it ({@code .masthead-cache} in the source for the
     * command line, {@code target/masthead-cache} for Maven); {@code disable_disk_cache: true} in the config turns
     * it off.
     */
    public java.util.Optional<Path> cacheDirectory() {
        return java.util.Optional.ofNullable(cacheDirectory);
    }

    /** The folders Masthead writes, which are never read or watched as part of the site: output and cache. */
    public java.util.List<Path> ownFolders() {
        return cacheDirectory == null ? java.util.List.of(destination) : java.util.List.of(destination, cacheDirectory);
    }

    /** Collects the settings of a {@link SiteConfig}. Not thread-safe. */
    public static final class Builder {
        private final Path source;
        private Path destination;
        private final Map<String, Object> overrides = new LinkedHashMap<>();
        private boolean strict;
        private Path cacheDirectory;

        private Builder(Path source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /** The output folder. Default: {@code <source>/_site}. */
        public Builder destination(Path destination) {
            this.destination = destination;
            return this;
        }

        /** Overrides one {@code _config.yml} key; {@code null} values are ignored. */
        public Builder set(String key, Object value) {
            if (value != null) {
                overrides.put(key, value);
            }
            return this;
        }

        /** Builds drafts from {@code _drafts/} ({@code show_drafts}). */
        public Builder drafts(boolean drafts) {
            return set("show_drafts", drafts);
        }

        /** Builds posts dated in the future ({@code future}). */
        public Builder future(boolean future) {
            return set("future", future);
        }

        public Builder baseurl(String baseurl) {
            return set("baseurl", baseurl);
        }

        public Builder url(String url) {
            return set("url", url);
        }

        public Builder theme(String theme) {
            return set("theme", theme);
        }

        /** Treats any failed post as a failed build. Default: false (failures are reported, the rest is built). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Where builds keep what later builds can reuse; {@code null} (the default) for nowhere. */
        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = cacheDirectory;
            return this;
        }

        public SiteConfig build() {
            return new SiteConfig(this);
        }
    }
}
