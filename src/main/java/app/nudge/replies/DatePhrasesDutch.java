package app.nudge.replies;

import static app.nudge.replies.DatePhrases.rule;

import app.nudge.replies.DateMath.When;
import app.nudge.replies.DatePhrases.Purpose;

import java.util.List;
import java.util.Map;

/**
 * Dutch dates in words, by the same meanings as the English ones ({@link DatePhrases}): "uiterlijk
 * vrijdag", "volgende week", "eind volgende week", "over twee weken", "binnen 10 werkdagen", "op 15
 * december", "15-12-2026", "half januari" (mid-January). "volgende vrijdag" is read like "next
 * Friday" (Friday of next week), "aanstaande vrijdag" and "komende vrijdag" as the coming Friday,
 * "afgelopen vrijdag" as none.
 */
final class DatePhrasesDutch {

    private static final Map<String, Integer> MONTHS = DateMath.words(
            "januari", 1, "jan", 1, "februari", 2, "feb", 2, "maart", 3, "mrt", 3, "april", 4, "apr", 4, "mei", 5,
            "juni", 6, "jun", 6, "juli", 7, "jul", 7, "augustus", 8, "aug", 8, "september", 9, "sept", 9, "sep", 9,
            "oktober", 10, "okt", 10, "november", 11, "nov", 11, "december", 12, "dec", 12);
    private static final String MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
            + "|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\b\\.?";
    private static final Map<String, Integer> DAYS = DateMath.words("maandag", 1, "dinsdag", 2, "woensdag", 3,
            "donderdag", 4, "vrijdag", 5, "zaterdag", 6, "zondag", 7);
    private static final String DAY_WORDS = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond)?";
    private static final String WEEKDAY = "(" + DAY_WORDS + ")";
    private static final String YEAR = "(?:,? (\\d{4})\\b)?";
    private static final Map<String, Integer> COUNTS = DateMath.words("een", 1, "één", 1, "twee", 2, "drie", 3,
            "vier", 4, "vijf", 5, "zes", 6, "zeven", 7, "acht", 8, "negen", 9, "tien", 10, "veertien", 14);
    private static final String COUNT = "(\\d{1,2}|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|veertien)";
    private static final String NEXT = "(?:volgende|komende)";

    static final List<DatePhrases.Rule> RULES = List.of(
            // "op 15 december", "vrijdag 11 december 2026", "15 dec.".
            rule("\\b(?:op )?(?:" + WEEKDAY + ",? )?(\\d{1,2})(?:e)? " + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.dayOfYear(ref, DateMath.day(DAYS, bare(m.group(1))), MONTHS.get(m.group(3)),
                            DateMath.num(m.group(2)), m.group(4))),
            // "15-12-2026", "15-12-26": day first; without a year "10-15" is a range, not a date.
            rule("\\b(\\d{1,2})-(\\d{1,2})-(\\d{4}|\\d{2})\\b(?!-)",
                    (m, ref, p, l) -> DateMath.dayOfYear(ref, null, DateMath.num(m.group(2)), DateMath.num(m.group(1)), m.group(3))),
            // "begin / half / medio / eind januari": the 10th, the 15th, the last day.
            rule("\\b(begin|half|medio|midden|eind|einde) " + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.partOfMonth(ref, p, part(m.group(1)), MONTHS.get(m.group(2)), m.group(3))),
            rule("\\beinde? (?:van )?(?:deze|de) maand\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 0, p)),
            rule("\\beinde? (?:van )?" + NEXT + " maand\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 1, p)),
            // "eind van deze week", "deze week", "later deze week", "voor het weekend".
            rule("\\b(?:einde? (?:van )?(?:deze|de) week|(?:later )?deze week|voor het weekend)\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.fridayOnOrAfter(ref)),
            rule("\\beinde? (?:van )?(?:de )?" + NEXT + " week\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.weekAfter(ref, 1).plusDays(4)),
            rule("\\bbegin (?:van )?(?:de )?" + NEXT + " week\\b",
                    (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 1)),
            // "volgende week vrijdag": the Friday of next week.
            rule("\\b" + NEXT + " week " + WEEKDAY + "\\b",
                    (m, ref, p, l) -> DateMath.weekday(ref, DateMath.day(DAYS, bare(m.group(1))), When.NEXT_WEEK)),
            rule("\\b(?:in de |ergens )?" + NEXT + " week\\b", (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 4)),
            rule("\\b(?:over|binnen|in) " + COUNT + " weken?\\b",
                    (m, ref, p, l) -> DateMath.plusWeeks(ref, p, DateMath.count(m.group(1), COUNTS))),
            rule("\\b(?:over|binnen|in) " + COUNT + " (werk)?dag(?:en)?\\b",
                    (m, ref, p, l) -> DateMath.plusDays(ref, p, DateMath.count(m.group(1), COUNTS), m.group(2) != null)),
            // "morgen" (tomorrow in Dutch too) is read once, by DatePhrasesGerman, with the mornings of both languages.
            rule("\\bovermorgen\\b", (m, ref, p, l) -> ref.plusDays(2)),
            rule("\\b(?:(aanstaande|komende|volgende|afgelopen|vorige) )?" + WEEKDAY + "(?: (aanstaande|a\\.s\\.|van volgende week))?\\b",
                    (m, ref, p, l) -> DateMath.weekday(ref, DateMath.day(DAYS, bare(m.group(2))), when(m.group(1), m.group(3)))));

    private DatePhrasesDutch() {
    }

    private static String bare(String day) {
        return day == null ? null : day.replaceAll("(ochtend|middag|avond)$", "");
    }

    private static int part(String word) {
        return switch (word) {
            case "begin" -> 10;
            case "half", "medio", "midden" -> 15;
            default -> 0;
        };
    }

    private static When when(String before, String after) {
        if ("afgelopen".equals(before) || "vorige".equals(before)) {
            return When.PAST;
        }
        return "volgende".equals(before) || "van volgende week".equals(after) ? When.NEXT_WEEK : When.COMING;
    }
}
