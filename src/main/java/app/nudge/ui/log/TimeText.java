package app.nudge.ui.log;

import app.nudge.i18n.Texts;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's end time as text: read what people type, write it as the language writes a time
 * ("14:30"), and the default end.
 */
final class TimeText {

    private static final Pattern TIME_TEXT = Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?");

    private TimeText() {
    }

    /** The time of day of {@code time} with the language's pattern (format.time); {@link #parse} reads it back. */
    static String format(TemporalAccessor time) {
        return Texts.current().date("format.time", time);
    }

    /**
     * The default end of a round logged now: the last quarter hour that has begun (14:07 → 14:00,
     * 01:56 → 01:45). Never later than now: a default must not claim an interview ended in the future.
     */
    static LocalDateTime defaultEnd(LocalDateTime now) {
        return now.truncatedTo(ChronoUnit.HOURS).plusMinutes(now.getMinute() / 15 * 15L);
    }

    /** Reads "14:30", "14.30", "14 h 30", "1430", "9", "2:30 pm", "2pm"; empty when it is no time of day. */
    static Optional<LocalTime> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean pm = t.endsWith("pm");
        boolean am = t.endsWith("am");
        if (pm || am) {
            t = t.substring(0, t.length() - 2);
        }
        Matcher m = TIME_TEXT.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (pm || am) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }
}
