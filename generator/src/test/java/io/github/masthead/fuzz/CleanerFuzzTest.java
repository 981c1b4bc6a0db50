package io.github.masthead.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.masthead.clean.ArticleCleaner;
import io.github.masthead.clean.ArticleContext;
import io.github.masthead.clean.media.Srcset;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Fuzzing of the article cleaner: any body, under the rules of any source, cleans without an exception, cleaning
 * the result again changes nothing, and the result never holds a script, an event handler or a script URL (a
 * srcset is read candidate by candidate, as browsers read it: a comma inside a URL does not start a new one).
 */
class CleanerFuzzTest {

    /** Source links that select each built-in rule pack, and one that selects none. */
    private static final List<String> SOURCES = List.of("https://www.dw.com/zh/a-1", "https://www.cna.com.tw/news/1",
            "https://www.bbc.com/zhongwen/articles/1", "https://news.rthk.hk/rthk/ch/1.htm",
            "https://cn.nytimes.com/world/1/", "https://chinese.aljazeera.net/news/1",
            "https://china.kyodonews.net/news/1", "https://www.chosun.com/1", "https://example.org/1", "");

    private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "livescript:");

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @FuzzTest(maxDuration = "5m")
    void cleanerIsSafeAndIdempotent(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        String source = SOURCES.get(Math.floorMod(html.hashCode(), SOURCES.size()));
        ArticleContext context = ArticleContext.of("_posts/2025-01-01-fuzz.html", "Fuzz", source);

        String once = cleaner.clean(html, context).html();
        String twice = cleaner.clean(once, context).html();

        assertThat(twice).as("cleaning is idempotent").isEqualTo(once);
        for (Element e : Jsoup.parseBodyFragment(once).getAllElements()) {
            assertThat(e.tagName()).as("element in cleaned output").isNotIn("script", "base", "object", "embed",
                    "form", "meta");
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWith("on").isNotEqualTo("srcdoc");
                List<String> urls = a.getKey().equals("srcset")
                        ? Srcset.parse(a.getValue()).stream().map(Srcset.Candidate::url).toList() : List.of(a.getValue());
                for (String url : urls) {
                    // as a browser reads a URL: C0 controls and spaces around it and tabs and newlines in it are ignored
                    String value = url.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "")
                            .toLowerCase(Locale.ROOT);
                    SCRIPT_SCHEMES.forEach(scheme -> assertThat(value).as("%s of <%s>", a.getKey(), e.tagName())
                            .doesNotStartWith(scheme));
                }
            }
        }
    }
}
