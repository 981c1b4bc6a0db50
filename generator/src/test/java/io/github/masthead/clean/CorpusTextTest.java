package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Article text is sacred: for every post of the shared corpus sample, every piece of text of the raw body (each
 * paragraph, list item, caption, byline, any text between line breaks) is either still in the cleaned article
 * or was removed by a named cruft rule, which the explanation shows. What those rules removed is checked here
 * independently. Skipped when the shared data is absent.
 */
class CorpusTextTest {

    /** The rules that may take text out of an article; any other rule must leave every word. */
    private static final Set<String> TEXT_RULES = Set.of("title-block", "duplicate-title", "noscript",
            "dw-copyright", "dw-instagram-promo", "dw-byline-noise", "dw-site-chrome", "bbc-ads",
            "bbc-recommendations", "bbc-related-promos", "bbc-byline-label", "cna-google-news", "cna-line-ad",
            "cna-related", "aj-read-more", "chosun-dateline", "feedx-footer");
    /** What the rules that match text may take, checked with patterns of this test's own. */
    private static final Map<String, Pattern> REMOVED_TEXT = Map.of(
            "dw-copyright", Pattern.compile("^© ?20\\d\\d ?年(德国之声版权声明|德國之聲版權聲明)：.*"),
            "dw-instagram-promo", Pattern.compile("^DW中文有Instagram！(欢迎搜寻|歡迎搜尋)dw\\.chinese，.*"),
            "chosun-dateline", Pattern.compile("^20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d$"),
            "dw-byline-noise", Pattern.compile("^(null|20\\d\\d-\\d\\d-\\d\\dT[\\d:.]+Z)$"),
            "cna-google-news", Pattern.compile("^透過 Google News ?追蹤中央社$"),
            "aj-read-more", Pattern.compile("^阅读更多 list of 4 items .* end of list$"),
            "feedx-footer", Pattern.compile("^获取更多RSS： https://feedx\\.net https://feedx\\.best$"));

    static List<RawPost> posts;
    static ArticleCleaner cleaner;

    @BeforeAll
    static void read() {
        posts = RawPost.all(SharedData.require("corpus-sample").resolve("_posts"));
        cleaner = new ArticleCleaner();
    }

    @AfterAll
    static void close() {
        if (cleaner != null) {
            cleaner.close();
        }
    }

    @Test
    void anArticleIsFinishedFromTheCleanedTreeAsFromAParseOfItsHtml() {
        for (RawPost post : posts) {
            ArticleCleaner.Finished finished = cleaner.finish(post.html(), post.context());
            String html = finished.result().html();
            assertThat(finished.result()).as(post.name()).isEqualTo(cleaner.clean(post.html(), post.context()));
            assertThat(finished.summaries()).as(post.name())
                    .isEqualTo(Summaries.finish(Jsoup.parseBodyFragment(html), html));
        }
    }

    @Test
    void everyPieceOfTextIsKeptOrRemovedByANamedCruftRule() {
        assertThat(posts).hasSize(64);
        List<String> lost = new ArrayList<>();
        List<String> wrongRule = new ArrayList<>();
        for (RawPost post : posts) {
            Explanation explanation = cleaner.explain(post.html(), post.context());
            String cleaned = String.join("\n", TextSegments.of(Jsoup.parseBodyFragment(explanation.after()).body()));
            for (String segment : TextSegments.of(Jsoup.parseBodyFragment(post.html()).body())) {
                if (cleaned.contains(segment)) {
                    continue;
                }
                String rest = segment;
                for (Explanation.Entry e : explanation.entries()) {
                    if (e.action().equals("removed text") && !e.text().isEmpty() && TEXT_RULES.contains(e.rule())) {
                        rest = Texts.normalize(rest.replace(e.text(), ""));
                    }
                }
                if (rest.isEmpty() || cleaned.contains(rest)) {
                    continue;
                }
                List<String> by = explanation.entries().stream().filter(e -> !e.text().isEmpty()
                        && (e.text().contains(segment) || e.action().equals("removed text") && segment.contains(e.text())))
                        .map(Explanation.Entry::rule).distinct().toList();
                if (by.isEmpty()) {
                    lost.add(post + ": " + segment);
                }
                by.stream().filter(r -> !TEXT_RULES.contains(r)).forEach(r -> wrongRule.add(post + ": " + r
                        + " removed " + segment));
            }
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(lost).as("text that no rule accounts for").isEmpty();
        soft.assertThat(wrongRule).as("text removed by a rule that must not remove text").isEmpty();
        soft.assertAll();
    }

    @Test
    void textRulesRemoveOnlyWhatTheyAreFor() {
        List<String> findings = new ArrayList<>();
        int removals = 0;
        for (RawPost post : posts) {
            for (Explanation.Entry e : cleaner.explain(post.html(), post.context()).entries()) {
                Pattern expected = REMOVED_TEXT.get(e.rule());
                if (expected != null && !e.text().isEmpty()) {
                    removals++;
                    if (!expected.matcher(e.text()).matches()) {
                        findings.add(post + ": " + e.rule() + " removed " + e.text());
                    }
                }
                if (e.rule().equals("duplicate-title") && !Texts.squeeze(e.text()).equals(
                        Texts.squeeze(post.context().title()))) {
                    findings.add(post + ": duplicate-title removed " + e.text());
                }
            }
        }
        assertThat(findings).isEmpty();
        assertThat(removals).as("the checks above saw removals").isGreaterThan(40);
    }

    @Test
    void everyDwArticleLosesExactlyItsNoticeAndItsPromotion() {
        for (RawPost post : posts.stream().filter(p -> p.source().equals("DW")).toList()) {
            Map<String, Integer> counts = cleaner.clean(post.html(), post.context()).removals();
            boolean video = post.html().contains("<video");
            assertThat(counts.getOrDefault("dw-copyright", 0)).as(post + " copyright").isEqualTo(video ? 0 : 1);
            assertThat(counts.getOrDefault("dw-instagram-promo", 0)).as(post + " promotion").isEqualTo(video ? 0 : 1);
        }
    }

    @Test
    void cleaningTwiceGivesTheSameArticle() {
        for (RawPost post : posts) {
            String once = cleaner.clean(post.html(), post.context()).html();
            assertThat(cleaner.clean(once, post.context()).html()).as(post.toString()).isEqualTo(once);
        }
    }

    @Test
    void oneCleanerServesManyThreadsWithTheSameResults() {
        List<String> sequential = posts.stream().map(p -> cleaner.clean(p.html(), p.context()).html()).toList();
        List<String> parallel = posts.parallelStream().map(p -> cleaner.clean(p.html(), p.context()).html()).toList();
        assertThat(parallel).isEqualTo(sequential);
    }
}
