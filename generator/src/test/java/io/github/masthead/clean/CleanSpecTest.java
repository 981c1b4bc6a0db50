package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.clean.media.ImageMode;
import io.github.masthead.clean.media.ImageOptions;
import io.github.masthead.clean.rules.BuiltInPacks;
import io.github.masthead.clean.rules.Rule;
import io.github.masthead.clean.rules.RulePack;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden spec files under {@code src/test/resources/clean/spec/}: each example is cleaned and must give
 * exactly the expected HTML, cleaning the expected HTML again must change nothing, finishing it from the cleaned tree
 * must give what finishing a parse of that HTML gives, and, when the example says so with {@code @rules}, exactly
 * those rules (besides the sanitizer) must have acted. A new cruft pattern or a
 * new trap is one more example.
 */
class CleanSpecTest {

    static final List<String> FILES = List.of("common.md", "images.md", "links.md", "sanitizer.md", "dw.md", "bbc.md",
            "cna.md", "aj.md", "chosun.md", "feedx.md", "traps.md", "config.md");

    static Stream<SpecExample> examples() {
        return FILES.stream().flatMap(f -> SpecExample.read(f).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void cleansAsSpecified(SpecExample example) {
        try (ArticleCleaner cleaner = new ArticleCleaner(options(example))) {
            ArticleContext context = context(example, cleaner);
            CleanResult result = cleaner.clean(example.input(), context);
            assertThat(result.html()).as(example + "\ninput:\n" + example.input()).isEqualTo(example.expected());
            assertThat(cleaner.clean(result.html(), context).html()).as(example + ": cleaning twice")
                    .isEqualTo(result.html());
            assertThat(cleaner.finish(example.input(), context).summaries()).as(example + ": finished from its tree")
                    .isEqualTo(Summaries.finish(Jsoup.parseBodyFragment(result.html()), result.html()));
            if (example.options().containsKey("rules")) {
                Set<String> acted = new TreeSet<>(result.removals().keySet());
                acted.remove("sanitizer");
                assertThat(acted).as(example + ": the rules that acted").isEqualTo(names(example.option("rules", ""),
                        "none"));
            }
            if (example.options().containsKey("found-link")) {
                assertThat(result.sourceLink()).as(example + ": the source link found")
                        .contains(example.option("found-link", ""));
            }
        }
    }

    /** Every rule of the built-in packs is shown at work by at least one example. */
    @Test
    void everyBuiltInRuleHasAnExample() {
        Set<String> shown = examples().flatMap(e -> names(e.option("rules", ""), "none").stream())
                .collect(Collectors.toSet());
        Set<String> rules = new TreeSet<>();
        for (RulePack pack : BuiltInPacks.load()) {
            pack.rules().stream().map(Rule::name).forEach(rules::add);
        }
        rules.remove("whitespace"); // it changes nothing visible and is not counted
        rules.removeAll(shown);
        assertThat(rules).as("built-in rules without an example").isEmpty();
    }

    /** No spec file is forgotten in {@link #FILES}. */
    @Test
    void everySpecFileIsLoaded() throws Exception {
        Path folder = Path.of(CleanSpecTest.class.getResource("/clean/spec").toURI());
        try (Stream<Path> files = java.nio.file.Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
        }
    }

    private static Set<String> names(String list, String none) {
        if (list.isBlank() || list.strip().equals(none)) {
            return new TreeSet<>();
        }
        return Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    static CleanOptions options(SpecExample example) {
        CleanOptions d = CleanOptions.defaults();
        ImageOptions images = ImageOptions.defaults(Path.of("target/unused-cache"));
        ImageMode mode = ImageMode.named(example.option("mode", "origin")).orElseThrow();
        images = new ImageOptions(mode, example.option("template", ""), images.cache(), images.outputPath(),
                images.maxBytes(), images.timeout(), images.concurrency(), images.types(), images.allowPrivate(),
                images.upgradeHttp());
        Set<String> disabled = new HashSet<>(names(example.option("disable", ""), "none"));
        return new CleanOptions(d.packs(), disabled, images, d.iframeHosts(), d.report(), example.option("baseurl", ""));
    }

    static ArticleContext context(SpecExample example, ArticleCleaner cleaner) {
        Map<String, String> own = new HashMap<>();
        String ownSpec = example.option("own", "");
        if (!ownSpec.isBlank()) {
            String[] parts = ownSpec.split("->");
            own.put(parts[0].strip(), parts[1].strip());
        }
        List<String> categories = names(example.option("categories", ""), "").stream().toList();
        OwnPages pages = cleaner.ownPages(own);
        return new ArticleContext("spec/" + example.file(), example.option("title", ""), example.option("link", ""),
                categories, pages, pages::isPage);
    }

}
