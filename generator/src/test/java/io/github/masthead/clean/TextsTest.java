package io.github.masthead.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How rules see text: {@link Texts#normalize} and {@link Texts#hasVisible}. */
class TextsTest {

    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            山区学校迎来第一位英语老师 | 山区学校迎来第一位英语老师 | CJK text without spaces, as it is
            "a b c"                     | "a b c"                     | single spaces between words, as they are
            "" | "" | nothing
            " a b"                      | "a b"                       | a leading space goes
            "a b "                      | "a b"                       | a trailing space goes
            "a  b"                      | "a b"                       | two spaces become one
            "a\tb"                      | "a b"                       | a tab is a space
            "a\u00A0b"                  | "a b"                       | a no-break space is a space
            "a\u3000b"                  | "a b"                       | an ideographic space is a space
            "a\u2028b"                  | "a b"                       | a line separator is a space
            "a\u001Fb"                  | "a b"                       | a unit separator is white space to Java
            "a\u200Bb"                  | "ab"                        | a zero-width space goes
            "\uFEFF新闻"                | "新闻"                      | a byte-order mark goes
            "a \u3000 b"                | "a b"                       | a run of mixed spaces becomes one
            "\u3001\u3002\uFF0C"        | "\u3001\u3002\uFF0C"        | ideographic punctuation is no space
            """)
    void normalize(String text, String expected, String why) {
        assertThat(Texts.normalize(text)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "\u3000\u00A0 \t"    | false
            "\u200B\uFEFF"       | false
            "\u3000新"           | true
            "\u3001"             | true
            """)
    void hasVisible(String text, boolean expected) {
        assertThat(Texts.hasVisible(text)).isEqualTo(expected);
    }
}
