package app.nudge.replies;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What reading needs besides the message: today (pasted text and messages without a Date header
 * are dated today), the zone that turns a Date header into a local date, and the user's locale,
 * which decides whether "12/11" is 12 November or December 11.
 */
public record ReadingContext(LocalDate today, ZoneId zone, Locale locale) {

    public ReadingContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(locale, "locale");
    }
}
