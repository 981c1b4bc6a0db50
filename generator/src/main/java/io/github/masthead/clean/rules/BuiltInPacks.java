package io.github.masthead.clean.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rule packs that ship with Masthead, read from {@code io/github/masthead/clean/packs/<name>.yml} on the
 * class path, in the order they apply: {@code common} first, the sources' packs, {@code feedx} last.
 * Thread-safe.
 */
public final class BuiltInPacks {

    /** Every built-in pack, in the order they apply. */
    public static final List<String> NAMES = List.of("common", "aj", "bbc", "chosun", "cna", "dw", "kyodo", "nyt",
            "rthk", "feedx");

    private static final String ROOT = "io/github/masthead/clean/packs/";
    private static volatile List<RulePack> loaded;

    private BuiltInPacks() {
    }

    /**
     * Every built-in pack, read once: they are resources of Masthead's own jar and do not change while it runs, and
     * their rules are immutable, so the preview server does not parse them again for each rebuild. A broken built-in
     * pack is a bug, reported with its file.
     *
     * @return an unmodifiable list
     */
    public static List<RulePack> load() {
        List<RulePack> packs = loaded;
        if (packs == null) {
            packs = NAMES.stream().map(BuiltInPacks::load).toList();
            loaded = packs;
        }
        return packs;
    }

    static RulePack load(String name) {
        String path = ROOT + name + ".yml";
        try (InputStream in = BuiltInPacks.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the built-in rule pack " + path + " is missing from the class path");
            }
            RulePack pack = PackReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
            if (!pack.name().equals(name)) {
                throw new IllegalStateException(path + ": its name is '" + pack.name() + "', not '" + name + "'");
            }
            return pack;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rule pack " + path, e);
        } catch (RuleException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
    }
}
