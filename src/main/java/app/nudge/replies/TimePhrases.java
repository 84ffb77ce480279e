package app.nudge.replies;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of a round, from a flat sentence: "2pm", "2:30 PM", "2 p.m.", "14:00", "at 10", "noon".
 * An hour written without am/pm is read in office hours: 1 to 7 are afternoon ("at 3" = 15:00),
 * 8 to 12 are morning and noon (an interview at 3 in the night is not a thing).
 */
final class TimePhrases {

    private static final Pattern WITH_MERIDIEM = Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])");
    private static final Pattern CLOCK = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?! ?(?:am|pm|a\\.m|p\\.m))");
    /** "at 10" alone; not "at 10 days", "at 10/12", "at 10.30" or "at 10%". */
    private static final Pattern AT_HOUR = Pattern.compile("\\bat (\\d{1,2})\\b(?![:/%\\d]|\\.\\d| ?(?:am|pm|a\\.m|p\\.m|days?|weeks?|months?|years?|minutes?|people|candidates))");
    private static final Pattern NOON = Pattern.compile("\\b(?:at )?noon\\b|\\bmidday\\b");

    private TimePhrases() {
    }

    static Optional<LocalTime> first(String flat) {
        Matcher m = WITH_MERIDIEM.matcher(flat);
        int bestAt = Integer.MAX_VALUE;
        LocalTime best = null;
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            boolean pm = m.group(3).startsWith("p");
            if (hour >= 1 && hour <= 12 && minute < 60) {
                best = LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
                bestAt = m.start();
            }
        }
        m = CLOCK.matcher(flat);
        if (m.find() && m.start() < bestAt) {
            best = officeHours(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            bestAt = m.start();
        }
        m = AT_HOUR.matcher(flat);
        if (m.find() && m.start() < bestAt) {
            int hour = Integer.parseInt(m.group(1));
            best = hour >= 1 && hour <= 12 ? officeHours(hour, 0) : hour < 24 ? LocalTime.of(hour, 0) : best;
            bestAt = m.start();
        }
        m = NOON.matcher(flat);
        if (m.find() && m.start() < bestAt) {
            best = LocalTime.NOON;
        }
        return Optional.ofNullable(best);
    }

    /** 1..7 without am/pm is the afternoon; 13..23 and 8..12 are as written. */
    private static LocalTime officeHours(int hour, int minute) {
        return LocalTime.of(hour >= 1 && hour <= 7 ? hour + 12 : hour, minute);
    }
}
