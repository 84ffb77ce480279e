package app.nudge.replies;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of a round, from a flat sentence: "2pm", "2:30 PM", "2 p.m.", "14:00", "at 10", "noon";
 * and in the other languages "um 14 Uhr", "14.30 Uhr", "à 14h30", "14 h", "a las 10:30", "om 10.00
 * uur", "à midi", "al mediodía". An hour written without am/pm is read in office hours: 1 to 7 are
 * afternoon ("at 3" = 15:00), 8 to 12 are morning and noon (an interview at 3 in the night is not a
 * thing). The leftmost time in the sentence wins.
 */
final class TimePhrases {

    private record Form(Pattern pattern, Function<Matcher, LocalTime> reader) {
    }

    private static final String NOT_A_COUNT = "(?![:/%\\d-]|\\.\\d| ?(?:days?|weeks?|months?|years?|minutes?|hours?|hrs?|people"
            + "|candidates|tage?n?|wochen|monate?n?|jahren?|minuten|stunden?|personen|jours|semaines|mois|ans|heures?|personnes"
            + "|dias|semanas|meses|anos|minutos|horas?|personas|dagen|weken|maanden|jaar|minuten|mensen)\\b)";

    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))? ?(am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])"), TimePhrases::meridiem),
            // "14:00", not "14:00 pm" (above).
            new Form(Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?! ?(?:am|pm|a\\.m|p\\.m))"),
                    m -> officeHours(num(m.group(1)), num(m.group(2)))),
            // "14 Uhr", "14.30 Uhr", "10.00 uur", "14h", "14h30", "14 h 30".
            new Form(Pattern.compile("\\b([01]?\\d|2[0-3])(?:[:.]([0-5]\\d))? ?(?:uhr|uur)\\b"),
                    m -> officeHours(num(m.group(1)), m.group(2) == null ? 0 : num(m.group(2)))),
            new Form(Pattern.compile("\\b([01]?\\d|2[0-3]) ?h ?([0-5]\\d)?(?![a-z\\d])"),
                    m -> officeHours(num(m.group(1)), m.group(2) == null ? 0 : num(m.group(2)))),
            // "at 10", "um 10", "om 10.30", "a las 10", "à 10"; not "at 10 days", "at 10/12", "at 10%".
            new Form(Pattern.compile("\\bat (\\d{1,2})(?:[.](\\d{2}))?\\b(?! ?(?:am|pm|a\\.m|p\\.m))" + NOT_A_COUNT),
                    TimePhrases::atHour),
            // German "am" after the hour is "on" ("um 10 am Dienstag"), not the morning.
            new Form(Pattern.compile("\\b(?:um|om|gegen|a las|a la|vers) (\\d{1,2})(?:[.](\\d{2}))?\\b" + NOT_A_COUNT),
                    TimePhrases::atHour),
            new Form(Pattern.compile("(?:^|\\s)a (\\d{1,2})(?:[.](\\d{2}))?\\b" + NOT_A_COUNT), TimePhrases::atHour),
            new Form(Pattern.compile("\\b(?:at )?noon\\b|\\bmidday\\b|(?<!apres-)(?<!apres )\\bmidi\\b|\\bmediodia\\b|\\b12 uur 's middags\\b"),
                    m -> LocalTime.NOON));

    private TimePhrases() {
    }

    static Optional<LocalTime> first(String flat) {
        int bestAt = Integer.MAX_VALUE;
        LocalTime best = null;
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(flat);
            while (m.find() && m.start() < bestAt) {
                LocalTime time = form.reader().apply(m);
                if (time != null) {
                    best = time;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalTime meridiem(Matcher m) {
        int hour = num(m.group(1));
        int minute = m.group(2) == null ? 0 : num(m.group(2));
        boolean pm = m.group(3).startsWith("p");
        return hour >= 1 && hour <= 12 && minute < 60 ? LocalTime.of(hour % 12 + (pm ? 12 : 0), minute) : null;
    }

    private static LocalTime atHour(Matcher m) {
        int hour = num(m.group(1));
        int minute = m.group(2) == null ? 0 : num(m.group(2));
        if (minute > 59) {
            return null;
        }
        return hour >= 1 && hour <= 12 ? officeHours(hour, minute) : hour < 24 ? LocalTime.of(hour, minute) : null;
    }

    /** 1..7 without am/pm is the afternoon; 13..23 and 8..12 are as written. */
    private static LocalTime officeHours(int hour, int minute) {
        return LocalTime.of(hour >= 1 && hour <= 7 ? hour + 12 : hour, minute);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
