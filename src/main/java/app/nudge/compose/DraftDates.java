package app.nudge.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date formats of the messages; English whatever the platform locale, as the templates are. */
final class DraftDates {

    private static final DateTimeFormatter SUBJECT = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter BODY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DraftDates() {
    }

    /** "Nov 16", or empty for no date. */
    static String inSubject(LocalDate date) {
        return date == null ? "" : SUBJECT.format(date);
    }

    /** "Monday, November 16", or empty for no date. */
    static String inBody(LocalDate date) {
        return date == null ? "" : BODY.format(date);
    }

    /** "Mon 23 Nov", as the plan's reasons write dates. */
    static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }
}
