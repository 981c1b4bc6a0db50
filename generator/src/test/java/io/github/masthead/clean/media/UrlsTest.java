package io.github.masthead.clean.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The URL helpers keep every byte they do not mean to change. */
class UrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://www.dw.com/zh/a-1                 | www.dw.com
            //images.weserv.nl/?url=x                | images.weserv.nl
            HTTP://User@Example.COM:8080/path        | example.com
            https://[::1]:8443/x                     | [::1]
            /relative/path                           | ''
            mailto:desk@example.com                  | ''
            """)
    void hosts(String url, String host) {
        assertThat(Urls.host(url)).isEqualTo(host);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://www.dw.com/zh/a-1/                | dw.com/zh/a-1
            HTTP://WWW.DW.com/zh/%E6%96%B0%E8%81%9E#top | dw.com/zh/新聞
            http://example.org//                       | example.org
            ' https://news.example.org/a?id=7 '        | news.example.org/a?id=7
            /2025/01/03/ferry.html                     | /2025/01/03/ferry.html
            """)
    void urlsAreComparedWithoutSchemeWwwFragmentOrTrailingSlash(String url, String comparable) {
        assertThat(Urls.comparable(url)).isEqualTo(comparable);
    }

    @Test
    void domainsMatchTheirSubdomainsOnly() {
        assertThat(Urls.hostIn("www.dw.com", List.of("dw.com"))).isTrue();
        assertThat(Urls.hostIn("dw.com", List.of("dw.com"))).isTrue();
        assertThat(Urls.hostIn("notdw.com", List.of("dw.com"))).isFalse();
    }

    @Test
    void droppingParametersLeavesTheRestAsItWas() {
        String url = "https://e.com/p?id=7&UTM_Source=x&q=a%20b&fbclid=1#frag";
        assertThat(Urls.withoutParams(url, Urls.globs(List.of("utm_*", "fbclid")).asMatchPredicate()))
                .isEqualTo("https://e.com/p?id=7&q=a%20b#frag");
        assertThat(Urls.withoutParams("https://e.com/?utm_source=x", n -> n.startsWith("utm_")))
                .isEqualTo("https://e.com/");
        String untouched = "https://e.com/p?a=1&&b";
        assertThat(Urls.withoutParams(untouched, n -> false)).isSameAs(untouched);
    }

    @Test
    void globs() {
        assertThat(Urls.globs(List.of("data-*-click")).matcher("data-static-reverb-click").matches()).isTrue();
        assertThat(Urls.globs(List.of("on*")).matcher("onerror").matches()).isTrue();
        assertThat(Urls.globs(List.of("on*")).matcher("one").matches()).isTrue();
        assertThat(Urls.globs(List.of("style")).matcher("data-style").matches()).isFalse();
    }

    @Test
    void relativeUrlsResolveAgainstLinksWithSpacesAndChinese() {
        String base = "https://www.dw.com/zh/“苏超”：不专业的团队 最纯粹的足球/a-74663930";
        assertThat(Urls.resolve(base, "/zh/a-1")).contains("https://www.dw.com/zh/a-1");
        assertThat(Urls.resolve(base, "https://x.org/")).isEmpty();
        assertThat(Urls.resolve("", "/zh/a-1")).isEmpty();
    }

    @Test
    void srcsetCandidatesMayHoldCommas() {
        List<Srcset.Candidate> c = Srcset.parse(" a.jpg?resize=608%2C1080 1x,b.jpg?x=1,2 2x , c.jpg");
        assertThat(c).containsExactly(new Srcset.Candidate("a.jpg?resize=608%2C1080", "1x"),
                new Srcset.Candidate("b.jpg?x=1,2", "2x"), new Srcset.Candidate("c.jpg", ""));
        assertThat(Srcset.map("a.jpg 1x, b.jpg 2x", u -> u.startsWith("a") ? "" : "z/" + u)).isEqualTo("z/b.jpg 2x");
    }

    @Test
    void proxyUrls() {
        ProxyUrls proxy = new ProxyUrls(List.of("images.weserv.nl", "wsrv.nl"), "url", Set.of("w", "output"));
        assertThat(proxy.inner("https://images.weserv.nl/?w=5&url=a.example/x.jpg&output=webp"))
                .contains("https://a.example/x.jpg");
        assertThat(proxy.inner("https://wsrv.nl/?url=http%3A%2F%2Fa.example%2Fx.jpg")).contains("http://a.example/x.jpg");
        assertThat(proxy.inner("https://cdn.example/?url=a.example/x.jpg")).isEmpty();
        assertThat(proxy.inner("https://wsrv.nl/?url=javascript:alert(1)")).isEmpty();
    }
}
