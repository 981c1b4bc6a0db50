package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.masthead.BuildEvent;
import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.SiteException;
import io.github.masthead.testing.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code clean:} section of {@code _config.yml}: presets plus tweaks, and mistakes named by file and key. */
class CleanConfigTest {

    @TempDir
    Path site;

    private CleanOptions read(String yaml) {
        Object clean = io.github.masthead.frontmatter.SafeYaml.parseMapping(yaml, "_config.yml", 1).get("clean");
        return CleanConfig.read(clean, site, "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key              | clean: {disabel: [comments]}                                  | clean.disabel: unknown key
            unknown rule name        | clean: {disable: [dw-copyrite]}                               | clean.disable: there is no rule or pack named 'dw-copyrite'
            unknown kind             | clean: {rules: [{name: x, kind: delete, select: p}]}          | clean.rules[0].kind: unknown kind 'delete'
            missing selector         | clean: {rules: [{name: x, kind: remove}]}                     | clean.rules[0].select: is required
            bad selector             | clean: {rules: [{name: x, kind: remove, select: 'p[['}]}      | clean.rules[0].select: not a valid CSS selector
            bad pattern              | clean: {rules: [{name: x, kind: remove_block, text: '(a'}]}   | clean.rules[0].text: not a valid regular expression
            bad name                 | clean: {rules: [{name: My Rule, kind: remove, select: p}]}    | clean.rules[0].name: 'My Rule' must be lower-case
            name of a built-in rule  | clean: {rules: [{name: dw-copyright, kind: remove, select: p}]} | the rule name 'dw-copyright' of _config.yml is already used
            misspelt rule key        | clean: {rules: [{name: x, kind: remove, selector: p}]}        | clean.rules[0].select: is required
            unknown stage            | clean: {rules: [{name: x, kind: remove, select: p, stage: late}]} | clean.rules[0].stage: unknown stage 'late'
            unknown mode             | clean: {image_proxy: {mode: cdn}}                             | clean.image_proxy.mode: unknown mode 'cdn'
            template without url     | clean: {image_proxy: {mode: template, template: 'https://p.example/x'}} | clean.image_proxy.template: mode template needs
            unsafe image path        | clean: {image_proxy: {path: ../outside}}                      | clean.image_proxy.path: '../outside' cannot be used
            number out of range      | clean: {image_proxy: {concurrency: 500}}                      | clean.image_proxy.concurrency: must be between 1 and 32
            missing pack file        | clean: {packs: [_clean/mine.yml]}                             | clean.packs: '_clean/mine.yml' is neither a built-in pack
            not a mapping            | clean: [comments]                                             | clean: must be a mapping
            """)
    void mistakesNameTheFileAndTheKey(String name, String yaml, String message) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(SiteException.class)
                .satisfies(e -> assertThat(((SiteException) e).problem().file()).isEqualTo("_config.yml"))
                .hasMessageContaining(message.strip());
    }

    @Test
    void aBrokenPackFileIsNamedInTheError() throws Exception {
        Files.createDirectories(site.resolve("_clean"));
        Files.writeString(site.resolve("_clean/mine.yml"), "name: mine\nrules:\n  - {name: a, kind: remove}\n");
        assertThatThrownBy(() -> read("clean: {packs: [_clean/mine.yml]}")).isInstanceOf(SiteException.class)
                .satisfies(e -> assertThat(((SiteException) e).problem().file()).isEqualTo("_clean/mine.yml"))
                .hasMessageContaining("rules[0].select: is required");
    }

    @Test
    void noSectionMeansEveryBuiltInPackAndTheDefaults() {
        CleanOptions options = CleanConfig.read(null, site, "/news");
        assertThat(options.packs()).extracting(p -> p.name()).containsExactly("common", "aj", "bbc", "chosun", "cna",
                "dw", "kyodo", "nyt", "rthk", "feedx");
        assertThat(options.images().mode().configName()).isEqualTo("origin");
        assertThat(options.images().cache()).isEqualTo(site.resolve(".masthead-cache/images"));
        assertThat(options.report()).isEqualTo("masthead-cleaning.json");
        assertThat(options.baseurl()).isEqualTo("/news");
        assertThat(CleanConfig.read(null, site, "/news").packs()).as("the built-in packs are read once")
                .zipSatisfy(options.packs(), (again, first) -> assertThat(again).isSameAs(first));
    }

    @Test
    void aSiteAddsRulesAndPacksAndTurnsRulesOff(@TempDir Path tmp) {
        Path root = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                clean:
                  disable: [inline-styles]
                  packs: [_clean/local-paper.yml]
                  report: reports/cleaning.json
                  rules:
                    - name: sponsor-box
                      kind: remove_block
                      text: '本文由.{1,20}赞助'
                -- _clean/local-paper.yml --
                name: local-paper
                match: {hosts: [paper.example.com]}
                rules:
                  - {name: paper-share-bar, kind: remove, select: 'div.share'}
                -- _posts/2025-01-01-paper.html --
                ---
                title: Paper story
                link: https://www.paper.example.com/a/1
                ---
                <p style="color:red">正文。</p><div class="share">分享到微博</div><p>本文由<b>某公司</b>赞助</p>
                -- _posts/2025-01-02-other.html --
                ---
                title: Other story
                link: https://other.example.org/b/2
                ---
                <p>正文。</p><div class="share">分享</div>
                """);
        Path out = tmp.resolve("out");
        BuildReport report = ArticleTheme.build(root, out, BuildListener.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(ArticleTheme.article(out.resolve("2025/01/01/paper.html")).html()).isEqualTo("<p>正文。</p>");
        assertThat(ArticleTheme.article(out.resolve("2025/01/02/other.html")).text()).contains("分享");
        assertThat(report.cleaning()).containsEntry("paper-share-bar", 1).containsEntry("sponsor-box", 1)
                .doesNotContainKey("inline-styles");
        assertThat(out.resolve("reports/cleaning.json")).exists();
        assertThat(out.resolve(CleanOptions.DEFAULT_REPORT)).doesNotExist();
    }

    @Test
    void theReportCanBeTurnedOff(@TempDir Path tmp) {
        Path root = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                clean: {report: false}
                -- _posts/2025-01-01-a.html --
                ---
                title: A
                ---
                <p>正文。</p><!-- x -->
                """);
        BuildReport report = ArticleTheme.build(root, tmp.resolve("out"), BuildListener.NONE);
        assertThat(report.cleaning()).containsEntry("comments", 1);
        assertThat(tmp.resolve("out").resolve(CleanOptions.DEFAULT_REPORT)).doesNotExist();
    }

    @Test
    void oneExplainedPostIsReportedActionByAction(@TempDir Path tmp) {
        Path root = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                clean_explain: _posts/2025-01-01-dw.html
                -- _posts/2025-01-01-dw.html --
                ---
                title: DW story
                link: https://www.dw.com/zh/story/a-1
                ---
                <p>正文。</p><p>© 2025年德国之声版权声明：本文所有内容受到著作权法保护。</p>
                -- _posts/2025-01-02-other.html --
                ---
                title: Other
                ---
                <p>正文。</p><!-- x -->
                """);
        List<BuildEvent> events = new CopyOnWriteArrayList<>();
        ArticleTheme.build(root, tmp.resolve("out"), events::add);

        List<String> explained = events.stream().map(BuildEvent::message).filter(m -> m.startsWith("Cleaning of"))
                .toList();
        assertThat(explained).singleElement().asString()
                .contains("_posts/2025-01-01-dw.html", "packs: common, dw, feedx", "[dw-copyright] removed: <p>© 2025年")
                .doesNotContain("comments");
    }

    @Test
    void explainingAPostThatDoesNotExistIsAWarning(@TempDir Path tmp) {
        Path root = TestSites.write(tmp.resolve("site"), """
                -- _config.yml --
                clean_explain: _posts/nope.html
                -- _posts/2025-01-01-a.html --
                ---
                title: A
                ---
                <p>正文。</p>
                """);
        BuildReport report = ArticleTheme.build(root, tmp.resolve("out"), BuildListener.NONE);
        assertThat(report.warnings()).singleElement().asString().contains("clean_explain", "_posts/nope.html");
    }

    @Test
    void explanationsListWhatEachRuleTook() {
        try (ArticleCleaner cleaner = new ArticleCleaner()) {
            Explanation e = cleaner.explain("<!--1700000000000--><p>正文。</p><div class=\"gmailNews\">追蹤中央社</div>",
                    ArticleContext.of("_posts/x.html", "X", "https://www.cna.com.tw/news/a/1.aspx"));
            assertThat(e.packs()).containsExactly("common", "cna", "feedx");
            assertThat(e.entries()).extracting(Explanation.Entry::rule, Explanation.Entry::action)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("comments", "removed"),
                            org.assertj.core.groups.Tuple.tuple("cna-google-news", "removed"));
            assertThat(e.counts()).isEqualTo(Map.of("comments", 1, "cna-google-news", 1));
            assertThat(e.after()).isEqualTo("<p>正文。</p>");
            assertThat(e.toText()).contains("[cna-google-news] removed: <div class=\"gmailNews\">追蹤中央社</div>");
        }
    }
}
