package io.github.masthead.clean;

import io.github.masthead.Problem;
import io.github.masthead.SiteException;
import io.github.masthead.clean.media.ImageMode;
import io.github.masthead.clean.media.ImageOptions;
import io.github.masthead.clean.media.Urls;
import io.github.masthead.clean.rules.BuiltInPacks;
import io.github.masthead.clean.rules.PackReader;
import io.github.masthead.clean.rules.Rule;
import io.github.masthead.clean.rules.RuleException;
import io.github.masthead.clean.rules.RulePack;
import io.github.masthead.clean.rules.Spec;
import io.github.masthead.content.UrlPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code clean:} section of {@code _config.yml}, presets plus tweaks as jsoup's {@code Safelist} has them:
 * <pre>
 * clean:
 *   disable: [dw-instagram-promo]          # rules or whole packs turned off, by name
 *   packs: [_clean/my-sources.yml]         # more packs: files in the site
 *   rules:                                 # the site's own rules, applied last
 *     - {name: my-promo, kind: remove, select: "div.promo"}
 *   image_proxy: {mode: origin}            # origin (default), keep, template or local
 *   iframe_hosts: [www.example-video.com]  # added to the video hosts whose players are kept
 *   report: masthead-cleaning.json         # false for none
 * </pre>
 * Mistakes stop the build with a message naming {@code _config.yml} (or the pack file) and the key. Thread-safe.
 */
public final class CleanConfig {

    static final String FILE = "_config.yml";

    private CleanConfig() {
    }

    /**
     * Reads the options of a site.
     *
     * @param value   the {@code clean} value of {@code _config.yml}, or {@code null}
     * @param source  the site folder, against which pack files and the image cache are resolved
     * @param baseurl the site's base URL path
     * @throws SiteException when the section is wrong
     */
    public static CleanOptions read(Object value, Path source, String baseurl) {
        try {
            Spec spec = value == null ? new Spec(Map.of(), "clean") : Spec.of(value, "clean");
            List<RulePack> packs = new ArrayList<>(BuiltInPacks.load());
            for (String file : spec.strings("packs")) {
                if (!BuiltInPacks.NAMES.contains(file)) {
                    packs.add(sitePack(source, file, spec.at("packs")));
                }
            }
            List<Rule> own = PackReader.rules(spec.children("rules"));
            if (!own.isEmpty()) {
                packs.add(new RulePack("site", "the rules of clean.rules in _config.yml", List.of(), List.of(), null,
                        own, FILE));
            }
            checkUniqueNames(packs);
            Set<String> disabled = new LinkedHashSet<>(spec.strings("disable"));
            checkKnown(disabled, packs, spec.at("disable"));
            ImageOptions images = images(spec.child("image_proxy"), source);
            List<String> iframes = new ArrayList<>(CleanOptions.DEFAULT_IFRAME_HOSTS);
            spec.strings("iframe_hosts").forEach(h -> iframes.add(h.toLowerCase(java.util.Locale.ROOT).strip()));
            String report = report(spec);
            spec.rejectUnknownKeys();
            return new CleanOptions(packs, disabled, images, iframes, report, baseurl);
        } catch (RuleException e) {
            throw new SiteException(Problem.error(FILE, 0, e.getMessage()), e);
        }
    }

    /**
     * The site's own rule pack files that {@code value} (the {@code clean:} section) names, not the built-in packs it
     * may name too (which {@link #read} takes as already there); none if it names none.
     */
    public static List<Path> packFiles(Object value, Path source) {
        if (value == null) {
            return List.of();
        }
        try {
            return Spec.of(value, "clean").strings("packs").stream().filter(f -> !BuiltInPacks.NAMES.contains(f))
                    .map(f -> source.resolve(f).normalize()).toList();
        } catch (RuntimeException e) {
            return List.of(); // a malformed section: read() reports it
        }
    }

    private static RulePack sitePack(Path source, String file, String key) {
        Path path = source.resolve(file).normalize();
        if (!path.startsWith(source.normalize()) || !Files.isRegularFile(path)) {
            throw new RuleException(key + ": '" + file + "' is neither a built-in pack ("
                    + String.join(", ", BuiltInPacks.NAMES) + ") nor a file in the site");
        }
        String yaml;
        try {
            yaml = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleException(key + ": cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return PackReader.read(yaml, file);
        } catch (RuleException e) {
            throw new SiteException(Problem.error(file, 0, e.getMessage()), e);
        }
    }

    private static void checkUniqueNames(List<RulePack> packs) {
        Map<String, String> seen = new HashMap<>();
        for (RulePack pack : packs) {
            if (seen.put("pack " + pack.name(), pack.origin()) != null) {
                throw new RuleException("two rule packs are named '" + pack.name() + "'");
            }
            for (Rule rule : pack.rules()) {
                String earlier = seen.put(rule.name(), pack.origin());
                if (earlier != null) {
                    throw new RuleException("the rule name '" + rule.name() + "' of " + pack.origin()
                            + " is already used in " + earlier + "; choose another name");
                }
            }
        }
    }

    private static void checkKnown(Set<String> names, List<RulePack> packs, String key) {
        Set<String> known = new LinkedHashSet<>();
        for (RulePack pack : packs) {
            known.add(pack.name());
            pack.rules().forEach(r -> known.add(r.name()));
        }
        for (String name : names) {
            if (!known.contains(name)) {
                throw new RuleException(key + ": there is no rule or pack named '" + name + "'");
            }
        }
    }

    private static ImageOptions images(Spec spec, Path source) {
        ImageOptions d = ImageOptions.defaults(source);
        String modeName = spec.optString("mode").orElse(d.mode().configName());
        ImageMode mode = ImageMode.named(modeName).orElseThrow(() -> new RuleException(spec.at("mode")
                + ": unknown mode '" + modeName + "'; use origin, keep, template or local"));
        String template = spec.optString("template").orElse("");
        if (mode == ImageMode.TEMPLATE && (!template.contains("{url}") || !Urls.isHttp(template))) {
            throw new RuleException(spec.at("template") + ": mode template needs an http(s) URL holding {url},"
                    + " such as https://wsrv.nl/?url={url}&w=1200&output=webp");
        }
        Path cache = spec.optString("cache").map(c -> source.resolve(c).normalize()).orElse(d.cache());
        String output = spec.optString("path").orElse(d.outputPath()).replaceAll("^/+|/+$", "");
        UrlPaths.unsafe(output).ifPresent(why -> {
            throw new RuleException(spec.at("path") + ": '" + output + "' cannot be used: " + why);
        });
        long maxBytes = spec.number("max_bytes", d.maxBytes(), 1024, 1L << 30);
        long timeout = spec.number("timeout_seconds", d.timeout().toSeconds(), 1, 600);
        int concurrency = (int) spec.number("concurrency", d.concurrency(), 1, 32);
        List<String> types = spec.has("types") ? spec.strings("types") : d.types();
        boolean allowPrivate = spec.bool("allow_private", d.allowPrivate());
        boolean upgrade = spec.bool("upgrade_http", d.upgradeHttp());
        spec.rejectUnknownKeys();
        return new ImageOptions(mode, template, cache, output, maxBytes, Duration.ofSeconds(timeout), concurrency,
                types, allowPrivate, upgrade);
    }

    private static String report(Spec spec) {
        Object raw = spec.raw("report");
        if (raw == null) {
            return CleanOptions.DEFAULT_REPORT;
        }
        if (Boolean.FALSE.equals(raw) || "false".equals(String.valueOf(raw))) {
            return "";
        }
        String path = String.valueOf(raw).strip().replaceAll("^/+", "");
        UrlPaths.unsafe(path).ifPresent(why -> {
            throw new RuleException(spec.at("report") + ": '" + path + "' cannot be used: " + why);
        });
        return path;
    }
}
