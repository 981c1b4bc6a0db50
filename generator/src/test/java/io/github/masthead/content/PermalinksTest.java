package io.github.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PermalinksTest {

    private static final ZonedDateTime DATE = ZonedDateTime.parse("2025-11-09T08:47:03+08:00[Asia/Taipei]");

    @Test
    void dateStyleKeepsUnicodeTitlesAndEncodesThem() {
        String url = new Permalinks("date").postUrl(null, "DW-苏超-最纯粹的足球", "x", "/x", List.of("dw"), DATE,
                ".html", "posts");
        assertThat(url).isEqualTo("/dw/2025/11/09/DW-%E8%8B%8F%E8%B6%85-%E6%9C%80%E7%BA%AF%E7%B2%B9%E7%9A%84%E8%B6%B3%E7%90%83.html");
        assertThat(UrlPaths.outputPath(url, ".html")).isEqualTo("dw/2025/11/09/DW-苏超-最纯粹的足球.html");
    }

    @Test
    void prettyPagesEndInASlash() {
        Permalinks pretty = new Permalinks("pretty");
        assertThat(pretty.pageUrl(null, "", "about", ".html")).isEqualTo("/about/");
        assertThat(pretty.pageUrl(null, "blog", "index", ".html")).isEqualTo("/blog/");
        assertThat(pretty.pageUrl(null, "", "feed", ".xml")).isEqualTo("/feed.xml");
        assertThat(new Permalinks("weekdate").pageUrl(null, "", "about", ".html")).as("as Jekyll 4.3.1").isEqualTo("/about");
    }

    @Test
    void dotsCannotClimbOutOfTheSite() {
        String url = new Permalinks("date").postUrl("/../../etc/:title", "passwd", "x", "/x", List.of(), DATE,
                ".html", "posts");
        assertThat(url).doesNotContain("..").startsWith("/");
    }

    @Test
    void unknownPlaceholderIsAnError() {
        assertThatThrownBy(() -> new Permalinks("/:nonsense/:title").postUrl(null, "a", "a", "/a", List.of(), DATE,
                ".html", "posts")).hasMessageContaining(":nonsense");
    }

    @Test
    void slugifyModesMatchJekyll() {
        assertThat(Slugs.slugify("Hello, World! 你好")).isEqualTo("hello-world-你好");
        assertThat(Slugs.prettyCased("Mixed Case & Symbols!")).isEqualTo("Mixed-Case-&-Symbols!");
        assertThat(Slugs.prettyCased("--edge--")).isEqualTo("edge");
    }
}
