package app.nudge.mail;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code Date} header read with the sender's own offset kept: "Fri, 4 Dec 2026 17:05:00 -0800"
 * is 17:05 at -08:00, whose local date may differ from the same instant at UTC. Going through
 * {@link java.util.Date} would lose that offset, so the header text is parsed here, leniently
 * (no weekday, one-digit day, two-digit year, no seconds, comments, the old zone names).
 */
final class MailDates {

    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{3,9}\\s*,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** RFC 822's obsolete zone names (RFC 5322 4.3); military letters other than Z mean "unknown". */
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
            Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7));

    private MailDates() {
    }

    /**
     * The header's date and time at its own offset; else {@code fallback} (Jakarta Mail's own,
     * more forgiving reading) at UTC; else null when there is no header or nothing in it is a date.
     */
    static ZonedDateTime parse(String header, Date fallback) {
        if (header != null && DATE.matcher(withoutComments(header)).find()) {
            return parse(header); // it has the shape of a date: "31 Feb" is no date, not 3 March
        }
        return fallback == null ? null : fallback.toInstant().atZone(ZoneOffset.UTC);
    }

    /** The header's date at its own offset, or null when it is not one. */
    static ZonedDateTime parse(String header) {
        Matcher m = DATE.matcher(withoutComments(header));
        if (!m.find()) {
            return null;
        }
        Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 5322 4.3
        } else if (m.group(3).length() == 3) {
            year += 1900;
        }
        try {
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return ZonedDateTime.of(day, time, offset(m.group(7)));
        } catch (DateTimeException e) {
            return null; // "31 Feb", "25:00", "+9999": not a date
        }
    }

    private static String withoutComments(String header) {
        return header.replaceAll("\\([^)]*\\)", " ").strip();
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC; // RFC 5322: a missing zone is unknown; UTC is the neutral guess
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = digits.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(digits.substring(1, 3));
            int minutes = Integer.parseInt(digits.substring(3, 5));
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        Integer hours = ZONE_HOURS.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
    }
}
