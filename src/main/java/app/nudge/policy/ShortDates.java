package app.nudge.policy;

import java.time.LocalDate;

/**
 * Dates in reasons: "Fri 20 Nov" (pattern "EEE d MMM", English), with the year added only when it
 * differs from today's. Written out by hand because a plan formats hundreds of thousands of
 * dates and DateTimeFormatter is several times slower; a test checks it against the pattern.
 */
final class ShortDates {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec"};

    private ShortDates() {
    }

    static String format(LocalDate date, LocalDate today) {
        StringBuilder text = new StringBuilder(16);
        append(text, date, today);
        return text.toString();
    }

    static StringBuilder append(StringBuilder text, LocalDate date, LocalDate today) {
        text.append(DAYS[date.getDayOfWeek().ordinal()]).append(' ')
                .append(date.getDayOfMonth()).append(' ')
                .append(MONTHS[date.getMonthValue() - 1]);
        if (date.getYear() != today.getYear()) {
            text.append(' ').append(date.getYear());
        }
        return text;
    }
}
