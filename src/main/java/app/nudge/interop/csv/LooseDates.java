package app.nudge.interop.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as trackers write them: ISO ({@code 2026-11-02}, also with a time or an offset, as Huntr's
 * timestamps), US month-first with slashes ({@code 11/2/26, 10:15 AM} as LinkedIn writes, or
 * {@code 11/02/2026}), day-first with dots ({@code 2.11.2026}) and month names ({@code Nov 2, 2026},
 * {@code 2 November 2026}). Only the date is kept; a time of day is dropped.
 */
final class LooseDates {

    private static final Pattern ISO_START = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([T ].*)?$");
    private static final Pattern SLASHES = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b.*$");
    private static final Pattern DOTS = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b.*$");
    private static final List<DateTimeFormatter> NAMED = List.of(
            formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"), formatter("d MMM uuuu"), formatter("d MMMM uuuu"));

    private LooseDates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The date, or empty when the text is not one of the forms above (or not a real day). */
    static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        try {
            Matcher m = ISO_START.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.parse(m.group(1)));
            }
            m = SLASHES.matcher(t);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(3));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year,
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = DOTS.matcher(t);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // 2026-02-30, 13/45/2026
        }
        for (DateTimeFormatter f : NAMED) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
