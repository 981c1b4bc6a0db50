package io.github.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.masthead.config.ConfigLoader;
import io.github.masthead.config.Settings;
import io.pebbletemplates.pebble.extension.Filter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void localDatePrintsEachPatternInTheSiteTimezoneAndLanguage(@TempDir Path tmp) throws Exception {
        Settings settings = new ConfigLoader().load(tmp, Map.of("timezone", "Asia/Taipei", "lang", "en-GB"));
        Filter localDate = new MastheadExtension(settings, "newsroom").getFilters().get("local_date");
        ZonedDateTime date = LocalDateTime.of(2025, 11, 1, 20, 26, 29).atZone(ZoneOffset.UTC);
        assertThat(localDate.apply(date, Map.of("pattern", "EEEE d MMMM yyyy"), null, null, 1))
                .isEqualTo("Sunday 2 November 2025");
        assertThat(localDate.apply(date, Map.of("pattern", "HH:mm"), null, null, 1)).as("another pattern")
                .isEqualTo("04:26");
        assertThat(localDate.apply(date, Map.of(), null, null, 1)).as("no pattern").isEqualTo("2025-11-02 04:26");
        assertThat(localDate.apply(date, Map.of("pattern", "EEEE d MMMM yyyy"), null, null, 1)).as("the first again")
                .isEqualTo("Sunday 2 November 2025");
        assertThat(localDate.apply("not a date", Map.of(), null, null, 1)).isEqualTo("not a date");
    }
}
