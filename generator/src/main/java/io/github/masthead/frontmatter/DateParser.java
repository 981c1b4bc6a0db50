package io.github.masthead.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates found in real front matter the way Jekyll does (Psych's YAML timestamps, then Ruby's
 * {@code Time.parse(..).localtime}), so that URLs come out the same. Every result is in the site timezone:
 * <ul>
 *   <li>a timestamp with an offset ({@code 2025-11-01 10:47:04.000000000 +08:00}) is that instant;</li>
 *   <li>{@code Z} means UTC ({@code 2023-02-22T16:34:06.000Z});</li>
 *   <li>a full timestamp without an offset is read as UTC, as Psych does;</li>
 *   <li>a date alone, or a time without seconds or offset, is local time in the site timezone.</li>
 * </ul>
 * Thread-safe.
 */
public final class DateParser {

    private static final Pattern YAML_TIMESTAMP = Pattern.compile(
            "^(-?\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|\\s+)(\\d{1,2}):(\\d\\d):(\\d\\d)(?:\\.(\\d*))?"
                    + "(?:\\s*(Z|[-+]\\d{1,2}(?::?\\d\\d)?))?$");
    private static final Pattern LOOSE = Pattern.compile(
            "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?"
                    + "\\s*(Z|UTC|GMT|[-+]\\d{2}:?\\d{2})?$");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private final ZoneId siteZone;

    public DateParser(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /** Parses {@code text}, or returns empty when it is not a date Jekyll would accept. */
    public Optional<ZonedDateTime> parse(String text) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = YAML_TIMESTAMP.matcher(s);
            if (m.matches()) {
                return Optional.of(yamlTimestamp(m));
            }
            m = LOOSE.matcher(s);
            if (m.matches()) {
                return Optional.of(loose(m));
            }
            return Optional.of(ZonedDateTime.parse(s, RFC_1123).withZoneSameInstant(siteZone));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The site-local midnight of a {@code YYYY-MM-DD} date, as Jekyll reads the date in a post's file name. */
    public ZonedDateTime startOfDay(LocalDate date) {
        return date.atStartOfDay(siteZone);
    }

    public ZoneId siteZone() {
        return siteZone;
    }

    private ZonedDateTime yamlTimestamp(Matcher m) {
        LocalDateTime local = LocalDateTime.of(LocalDate.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
                LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)), nanos(m.group(7))));
        String zone = m.group(8);
        if (zone == null) {
            return local.atOffset(ZoneOffset.UTC).atZoneSameInstant(siteZone);
        }
        return local.atOffset(offset(zone)).atZoneSameInstant(siteZone);
    }

    private ZonedDateTime loose(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos(m.group(7)));
        String zone = m.group(8);
        if (zone == null) {
            return LocalDateTime.of(date, time).atZone(siteZone);
        }
        return LocalDateTime.of(date, time).atOffset(offset(zone)).atZoneSameInstant(siteZone);
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int nanos(String fraction) {
        if (fraction == null || fraction.isEmpty()) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }
}
