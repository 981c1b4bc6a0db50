package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.BuildListener;
import io.github.masthead.BuildReport;
import io.github.masthead.testing.SharedData;
import io.github.masthead.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the shared corpus sample (64 real posts from 8 sources) and checks every article as published: no
 * proxy URL, no copyright, promotion or ad block, no tracking parameter or attribute, no comment, no script.
 * Skipped when the shared data is absent.
 */
class CorpusBuildTest {

    private static final Pattern TRACKING_PARAM = Pattern.compile(
            "[?&](utm_[a-z]+|fbclid|gclid|gad_source|smid|ref_src|si)=", Pattern.CASE_INSENSITIVE);
    /** Texts that only cruft carries, in the corpus's sources. */
    private static final List<String> CRUFT_TEXTS = List.of("版权声明", "版權聲明", "DW中文有Instagram", "获取更多RSS",
            "獲取更多RSS", "透過 Google News", "追蹤中央社", "阅读更多", "list of 4 items", "热读", "Article Information",
            "你的器材不支持播放多媒体材料", "Play video");
    private static final List<String> CRUFT_URLS = List.of("weserv.nl", "wsrv.nl", "api.dw.com", "lin.ee",
            "ad300x223", "google-news.png", "news.google.com", "hit.xiti");

    @TempDir
    static Path tmp;
    static BuildReport report;
    static List<Path> posts = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        Path corpus = SharedData.require("corpus-sample");
        Path out = tmp.resolve("out");
        report = ArticleTheme.build(corpus, out, BuildListener.NONE);
        for (String file : Trees.files(out)) {
            if (file.matches("(.+/)?\\d{4}/\\d{2}/\\d{2}/.+\\.html")) {
                posts.add(out.resolve(file));
            }
        }
    }

    @Test
    void everyPostIsBuilt() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.postsRendered()).isEqualTo(64);
        assertThat(posts).hasSize(64);
    }

    @Test
    void noCruftIsLeft() {
        List<String> findings = new ArrayList<>();
        for (Path post : posts) {
            Element article = ArticleTheme.article(post);
            String where = post.getFileName().toString();
            String html = article.html();
            String text = article.text();
            CRUFT_TEXTS.stream().filter(text::contains).forEach(t -> findings.add(where + ": text " + t));
            CRUFT_URLS.stream().filter(html::contains).forEach(u -> findings.add(where + ": URL with " + u));
            if (!article.select("script, style, noscript, form, object, embed, base, meta, link, svg").isEmpty()) {
                findings.add(where + ": a script-like element");
            }
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Comment c) {
                    findings.add(where + ": comment " + c.getData());
                }
            }, article);
            for (Element el : article.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    String name = a.getKey().toLowerCase(Locale.ROOT);
                    if (name.startsWith("data-") || name.startsWith("on") || name.equals("style")
                            || name.equals("class") || name.equals("id")) {
                        findings.add(where + ": attribute " + a.html());
                    }
                    if (TRACKING_PARAM.matcher(a.getValue()).find()) {
                        findings.add(where + ": tracking parameter in " + a.html());
                    }
                }
            }
            for (Element img : article.select("img")) {
                if (!img.attr("src").startsWith("https://")) {
                    findings.add(where + ": image without an https source " + img.outerHtml());
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void noPostRepeatsItsTitleInTheArticle() {
        List<String> findings = new ArrayList<>();
        for (Path post : posts) {
            Document page = ArticleTheme.page(post);
            String title = Texts.squeeze(page.selectFirst("h1").text());
            Element article = page.selectFirst("body > article");
            for (Element el : article.getAllElements()) {
                if (el != article && !isCaption(el, article) && Texts.squeeze(el.text()).equals(title)) {
                    findings.add(post.getFileName() + ": " + el.outerHtml());
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    /** A caption: in a figure, or (itself or a wrapper of it) right after an image. */
    private static boolean isCaption(Element el, Element article) {
        for (Element e = el; e != null && e != article; e = e.parent()) {
            Element prev = e.previousElementSibling();
            if (e.normalName().equals("figure") || prev != null && (prev.is("img") || !prev.select("img").isEmpty())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theReportCountsTheRulesAndIsPublished() throws IOException {
        assertThat(report.cleaning()).containsEntry("dw-copyright", 7).containsEntry("dw-instagram-promo", 7)
                .containsEntry("aj-read-more", 8).containsEntry("bbc-ads", 7).containsEntry("chosun-dateline", 8)
                .containsKey("image-proxy").containsKey("comments");
        String json = Files.readString(tmp.resolve("out").resolve(CleanOptions.DEFAULT_REPORT), StandardCharsets.UTF_8);
        assertThat(json).contains("\"dw-copyright\": {\"elements\": 7, \"posts\": 7}")
                .contains("\"_posts/2025-11-09-DW-苏超-不专业的团队-最纯粹的足球.html\": {");
    }
}
