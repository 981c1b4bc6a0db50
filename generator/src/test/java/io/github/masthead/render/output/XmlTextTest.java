package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void dropsWhatXmlForbidsAndKeepsTheRest() {
        String allowed = "tab\there\nline\r 中文 😀 \uE000 \uFFFD";
        assertThat(XmlText.withoutIllegalChars(allowed)).isSameAs(allowed);
        assertThat(XmlText.withoutIllegalChars("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF😀\uD800f"))
                .isEqualTo("abcde😀f");
        assertThat(XmlText.withoutIllegalChars("\uDC00a\u007F")).as("a lone low surrogate").isEqualTo("a\u007F");
        assertThat(XmlText.withoutIllegalChars("a\uD83D")).as("a high surrogate at the end").isEqualTo("a");
        assertThat(XmlText.withoutIllegalChars("😀\u0001x😀")).isEqualTo("😀x😀");
    }
}
