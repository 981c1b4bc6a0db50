package io.github.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MastheadExtensionTest {

    @Test
    void xmlschemaPrintsWhatTheIsoFormatterPrints() {
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Hong_Kong"), ZoneId.of("America/St_Johns"),
                ZoneId.of("Asia/Kathmandu"), ZoneOffset.ofHoursMinutesSeconds(5, 30, 15), ZoneId.of("Europe/Berlin"));
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_300_000_000L, 4_000_000_000L),
                    i % 3 == 0 ? random.nextInt(1_000_000_000) : 0);
            ZonedDateTime date = instant.atZone(zones.get(i % zones.size()));
            assertThat(MastheadExtension.xmlschema(date)).as("%s", date)
                    .isEqualTo(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        assertThat(MastheadExtension.xmlschema(LocalDateTime.of(2025, 11, 1, 4, 26, 29).atZone(ZoneId.of("Asia/Taipei"))))
                .isEqualTo("2025-11-01T04:26:29+08:00");
        assertThat(MastheadExtension.xmlschema(LocalDateTime.of(2025, 1, 2, 3, 4, 5).atZone(ZoneOffset.UTC)))
                .isEqualTo("2025-01-02T03:04:05Z");
        assertThat(MastheadExtension.xmlschema(LocalDateTime.of(12025, 1, 2, 3, 4, 5, 60_000_000).atZone(ZoneOffset.UTC)))
                .isEqualTo("+12025-01-02T03:04:05.06Z");
    }
}
