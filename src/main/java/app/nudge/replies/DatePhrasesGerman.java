package app.nudge.replies;

import static app.nudge.replies.DatePhrases.rule;

import app.nudge.replies.DateMath.When;
import app.nudge.replies.DatePhrases.Purpose;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * German dates in words, by the same meanings as the English ones ({@link DatePhrases}): "bis
 * Freitag", "nächste Woche", "Ende nächster Woche", "in zwei Wochen", "innerhalb von 10 Werktagen",
 * "am 15. Dezember", "15.12.", "Mitte Januar", "KW 50". Written with umlauts; they match "ä", "ae"
 * and "a" alike ({@link Flat#pattern}). "nächsten Freitag" is read like "next Friday" (Friday of next
 * week), "kommenden Freitag" and "am Freitag" as the coming Friday, "letzten Freitag" as none.
 */
final class DatePhrasesGerman {

    private static final Map<String, Integer> MONTHS = DateMath.words(
            "januar", 1, "jänner", 1, "jan", 1, "februar", 2, "feber", 2, "feb", 2, "märz", 3, "mär", 3, "mrz", 3,
            "april", 4, "apr", 4, "mai", 5, "juni", 6, "jun", 6, "juli", 7, "jul", 7, "august", 8, "aug", 8,
            "september", 9, "sept", 9, "sep", 9, "oktober", 10, "okt", 10, "november", 11, "nov", 11,
            "dezember", 12, "dez", 12);
    private static final String MONTH = "(januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober"
            + "|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sept|sep|okt|nov|dez)\\b\\.?";
    private static final Map<String, Integer> DAYS = DateMath.words("montag", 1, "dienstag", 2, "mittwoch", 3,
            "donnerstag", 4, "freitag", 5, "samstag", 6, "sonnabend", 6, "sonntag", 7);
    /** "Dienstag", also in "Dienstagnachmittag"; the part of the day is left to the time. */
    private static final String DAY_WORDS = "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
            + "(?:vormittag|nachmittag|morgen|mittag|abend)?";
    private static final String WEEKDAY = "(" + DAY_WORDS + ")";
    /** Before a written date, abbreviations are safe ("Fr., 11.12."); the weekday must agree with the date. */
    private static final String WEEKDAY_PREFIX = "(?:(?:am )?(" + DAY_WORDS + "|mo|di|mi|do|fr|sa|so)\\.?,? (?:den |dem )?)?";
    private static final String YEAR = "(?:,? (\\d{4})\\b)?";
    private static final Map<String, Integer> COUNTS = DateMath.words("ein", 1, "eine", 1, "einer", 1, "einem", 1,
            "zwei", 2, "drei", 3, "vier", 4, "fünf", 5, "sechs", 6, "sieben", 7, "acht", 8, "neun", 9, "zehn", 10,
            "vierzehn", 14, "ein paar", 2);
    private static final String COUNT = "(\\d{1,2}|ein paar|einer|einem|eine|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
            + "|zehn|vierzehn)";
    private static final String NEXT = "(?:nächste[nr]?|kommende[nr]?)";

    static final List<DatePhrases.Rule> RULES = List.of(
            // "am 15. Dezember", "Freitag, den 11. Dezember 2026", "15. Dez.", "15 Dezember".
            rule("\\b" + WEEKDAY_PREFIX + "(\\d{1,2})(?:\\. ?| )" + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.dayOfYear(ref, day(m.group(1)), MONTHS.get(m.group(3)),
                            DateMath.num(m.group(2)), m.group(4))),
            // "15.12.", "15.12.2026", "Fr., 11.12.26": day first, always.
            rule("\\b" + WEEKDAY_PREFIX + "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?![\\d.])",
                    (m, ref, p, l) -> DateMath.dayOfYear(ref, day(m.group(1)), DateMath.num(m.group(3)),
                            DateMath.num(m.group(2)), m.group(4))),
            // "Anfang / Mitte / Ende Januar": the 10th, the 15th, the last day.
            rule("\\b(anfang|beginn|mitte|ende) " + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.partOfMonth(ref, p, part(m.group(1)), MONTHS.get(m.group(2)), m.group(3))),
            rule("\\b(?:ende (?:des|dieses) monats|monatsende)\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 0, p)),
            rule("\\bende (?:des )?" + NEXT + " monats\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 1, p)),
            // "Ende dieser Woche", "Ende der Woche", "diese Woche", "im Laufe der Woche", "vor dem Wochenende".
            rule("\\b(?:(?:zum )?ende (?:dieser|der) woche|(?:in )?dieser woche|diese woche|im laufe der woche"
                    + "|(?:vor dem|bis zum) wochenende)\\b", (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.fridayOnOrAfter(ref)),
            rule("\\b(?:zum )?ende (?:der )?" + NEXT + " woche\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.weekAfter(ref, 1).plusDays(4)),
            rule("\\b(?:anfang|beginn|zu beginn|am anfang) (?:der )?" + NEXT + " woche\\b",
                    (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 1)),
            rule("\\b(?:in der )?übernächste[nr]? woche\\b", (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 2), p, 4)),
            // "nächste Woche", "in der kommenden Woche"; not "in den nächsten Wochen" (a range).
            rule("\\b(?:in der |im laufe der )?" + NEXT + " woche\\b", (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 4)),
            // "KW 50", "in Kalenderwoche 50": that week, like "next week".
            rule("\\b(?:kw|kalenderwoche) ?(\\d{1,2})\\b", DatePhrasesGerman::calendarWeek),
            // "in zwei Wochen", "innerhalb von 2 Wochen", "binnen einer Woche".
            rule("\\b(?:in|innerhalb(?: von)?|binnen) " + COUNT + " wochen?\\b",
                    (m, ref, p, l) -> DateMath.plusWeeks(ref, p, DateMath.count(m.group(1), COUNTS))),
            // "in 14 Tagen", "innerhalb von 10 Werktagen", "binnen drei Arbeitstagen".
            rule("\\b(?:in|innerhalb(?: von)?|binnen) " + COUNT + " (werk|arbeits|geschäfts)?tage?n?\\b",
                    (m, ref, p, l) -> DateMath.plusDays(ref, p, DateMath.count(m.group(1), COUNTS), m.group(2) != null)),
            // "morgen" (German and Dutch), but not the morning: "Guten Morgen", "heute Morgen", "am Morgen",
            // Dutch "goede morgen", "deze morgen".
            rule("(?<!guten )(?<!heute )(?<!am )(?<!jeden )(?<!den )(?<!goede )(?<!goeie )(?<!deze )(?<!de )\\bmorgen\\b",
                    (m, ref, p, l) -> ref.plusDays(1)),
            rule("\\bübermorgen\\b", (m, ref, p, l) -> ref.plusDays(2)),
            rule("\\b(?:(am kommenden|kommenden|diesen|am nächsten|nächsten|am letzten|letzten|vergangenen|am vergangenen|"
                    + "vorigen) )?" + WEEKDAY + "(?: (nächster|kommender|dieser) woche| (der nächsten|der kommenden) woche"
                    + "| in einer woche)?\\b", DatePhrasesGerman::weekday),
            // "am 12.", "bis zum 12.": the next 12th; not "am 12.12." (above).
            rule("(?<!\\d )\\b(?:am|zum|bis zum|vor dem|nach dem) (\\d{1,2})\\.(?!\\d)(?! ?" + MONTH + ")",
                    (m, ref, p, l) -> DateMath.dayOfMonth(ref, DateMath.num(m.group(1)))));

    private DatePhrasesGerman() {
    }

    private static DayOfWeek day(String word) {
        if (word == null) {
            return null;
        }
        String w = word.replace(".", "");
        DayOfWeek full = DateMath.day(DAYS, w.replaceAll("(vormittag|nachmittag|morgen|mittag|abend)$", ""));
        return full != null ? full : switch (w) {
            case "mo" -> DayOfWeek.MONDAY;
            case "di" -> DayOfWeek.TUESDAY;
            case "mi" -> DayOfWeek.WEDNESDAY;
            case "do" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            case "so" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    private static int part(String word) {
        return switch (word) {
            case "anfang", "beginn" -> 10;
            case "mitte" -> 15;
            default -> 0;
        };
    }

    private static LocalDate calendarWeek(Matcher m, LocalDate ref, Purpose p, java.util.Locale l) {
        LocalDate monday = DateMath.isoWeek(ref, DateMath.num(m.group(1)));
        return monday == null ? null : DateMath.spanOfWeek(monday, p, 4);
    }

    private static LocalDate weekday(Matcher m, LocalDate ref, Purpose p, java.util.Locale l) {
        String before = m.group(1) == null ? "" : m.group(1);
        boolean nextWeek = m.group(3) != null && !m.group(3).startsWith("dies") || m.group(4) != null
                || m.group(0).endsWith("in einer woche") || before.matches("(am )?na(e)?chsten");
        When when = before.matches(".*(letzten|vergangenen|vorigen)") ? When.PAST
                : nextWeek ? When.NEXT_WEEK : "dieser".equals(m.group(3)) ? When.THIS_WEEK : When.COMING;
        return DateMath.weekday(ref, day(m.group(2)), when);
    }
}
