package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.content.UrlPaths;
import org.junit.jupiter.api.Test;

class ConformanceTest {

    @Test
    void imagesGetAltAndWholeNumberSizes() {
        assertThat(Conformance.body("<img src=\"a.jpg\" width=\"100%\" height=\"300px\">"))
                .isEqualTo("<img src=\"a.jpg\" height=\"300\" alt=\"\">");
        assertThat(Conformance.body("<img src=\"a.jpg\" alt=\"Port\" width=\"640\">"))
                .isEqualTo("<img src=\"a.jpg\" alt=\"Port\" width=\"640\">");
    }

    @Test
    void headingsFollowThePageTitleWithoutSkippingLevels() {
        assertThat(Conformance.body("<h3>A</h3><h4>a</h4><h3>B</h3><h6>b</h6>"))
                .isEqualTo("<h2>A</h2><h3>a</h3><h2>B</h2><h3>b</h3>");
        assertThat(Conformance.body("<h1>T</h1><h2>a</h2>")).isEqualTo("<h2>T</h2><h3>a</h3>");
        String fine = "<h2>A</h2><p>x</p><h3>a</h3>";
        assertThat(Conformance.body(fine)).isSameAs(fine);
    }

    @Test
    void linksWithSpacesArePercentEncoded() {
        assertThat(Conformance.body("<a href=\"https://www.dw.com/zh/ 11月11日 /a-1\">x</a>"))
                .isEqualTo("<a href=\"https://www.dw.com/zh/%2011%E6%9C%8811%E6%97%A5%20/a-1\">x</a>");
    }

    @Test
    void escapeUriKeepsDelimitersAndExistingEscapes() {
        assertThat(UrlPaths.escapeUri(" https://x.org/a b/%E4%B8%AD?q=1&r=[2]#f|g "))
                .isEqualTo("https://x.org/a%20b/%E4%B8%AD?q=1&r=[2]#f%7Cg");
        assertThat(UrlPaths.escapeUri("/100%/\"x\"")).isEqualTo("/100%25/%22x%22");
    }
}
