package io.github.masthead.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private final DateParser taipei = new DateParser(ZoneId.of("Asia/Taipei"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-11-01 10:47:04.000000000 +08:00 | 2025-11-01T10:47:04+08:00[Asia/Taipei]",
            "2025-11-01 03:36:02.000000000 +00:00 | 2025-11-01T11:36:02+08:00[Asia/Taipei]",
            "2023-02-22T16:34:06.000Z             | 2023-02-23T00:34:06+08:00[Asia/Taipei]",
            "2023-02-22 20:00:00                  | 2023-02-23T04:00+08:00[Asia/Taipei]",
            "2023-02-22                           | 2023-02-22T00:00+08:00[Asia/Taipei]",
            "2023-02-22 23:30                     | 2023-02-22T23:30+08:00[Asia/Taipei]",
            "2024-02-29 23:30:00 -05:00           | 2024-03-01T12:30+08:00[Asia/Taipei]",
            "Wed, 22 Feb 2023 16:34:06 GMT        | 2023-02-23T00:34:06+08:00[Asia/Taipei]"})
    void readsTheFormsFoundInRealPostsInTheSiteZone(String text, String expected) {
        assertThat(taipei.parse(text)).contains(ZonedDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2023-02-30", "not a date", "2023-13-01 10:00:00", "''"})
    void rejectsImpossibleDates(String text) {
        assertThat(taipei.parse(text)).isEmpty();
    }
}
