package app.nudge.replies;

import static app.nudge.replies.DatePhrases.rule;

import app.nudge.replies.DateMath.When;
import app.nudge.replies.DatePhrases.Purpose;

import java.util.List;
import java.util.Map;

/**
 * French dates in words, by the same meanings as the English ones ({@link DatePhrases}): "d'ici
 * vendredi", "la semaine prochaine", "fin de la semaine prochaine", "dans deux semaines", "sous
 * quinze jours" (two weeks, as the French count them), "le 15 décembre", "mi-janvier". "vendredi
 * prochain" is the coming Friday (as French uses it), "vendredi de la semaine prochaine" next
 * week's, "vendredi dernier" none.
 */
final class DatePhrasesFrench {

    private static final Map<String, Integer> MONTHS = DateMath.words(
            "janvier", 1, "janv", 1, "février", 2, "févr", 2, "fév", 2, "mars", 3, "avril", 4, "avr", 4, "mai", 5,
            "juin", 6, "juillet", 7, "juil", 7, "août", 8, "septembre", 9, "sept", 9, "octobre", 10, "oct", 10,
            "novembre", 11, "nov", 11, "décembre", 12, "déc", 12);
    private static final String MONTH = "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
            + "|décembre|janv|févr|fév|avr|juil|sept|oct|nov|déc)\\b\\.?";
    private static final Map<String, Integer> DAYS = DateMath.words("lundi", 1, "mardi", 2, "mercredi", 3, "jeudi", 4,
            "vendredi", 5, "samedi", 6, "dimanche", 7);
    private static final String WEEKDAY = "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
    private static final String WEEKDAY_PREFIX = "(?:(?:le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|lun|mar|mer|jeu|ven|sam|dim)\\.?,? )?";
    private static final String YEAR = "(?:,? (\\d{4})\\b)?";
    /** "quinze jours" is two weeks and "huit jours" one, as French counts them. */
    private static final Map<String, Integer> COUNTS = DateMath.words("un", 1, "une", 1, "deux", 2, "trois", 3,
            "quatre", 4, "cinq", 5, "six", 6, "sept", 7, "huit", 7, "neuf", 9, "dix", 10, "quinze", 14);
    private static final Map<String, Integer> WEEK_COUNTS = DateMath.words("un", 1, "une", 1, "deux", 2, "trois", 3,
            "quatre", 4, "cinq", 5, "six", 6);
    private static final String COUNT = "(\\d{1,2}|une|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze)";
    private static final String WITHIN = "(?:dans|d'ici|sous|en)";

    static final List<DatePhrases.Rule> RULES = List.of(
            // "le 15 décembre", "le vendredi 11 décembre 2026", "1er décembre", "15 déc.".
            rule("\\b(?:le )?" + WEEKDAY_PREFIX + "(?:le )?(\\d{1,2})(?:er)? " + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.dayOfYear(ref, DateMath.day(DAYS, full(m.group(1))), MONTHS.get(m.group(3)),
                            DateMath.num(m.group(2)), m.group(4))),
            // "début / mi- / fin janvier": the 10th, the 15th, the last day.
            rule("\\b(début|mi|milieu|fin)(?:-| | de | d')" + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.partOfMonth(ref, p, part(m.group(1)), MONTHS.get(m.group(2)), m.group(3))),
            rule("\\bfin (?:du|de ce) mois\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 0, p)),
            rule("\\bfin du mois prochain\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 1, p)),
            // "d'ici la fin de la semaine", "en fin de semaine", "cette semaine", "avant le week-end".
            rule("\\b(?:(?:la )?fin de (?:la |cette )?semaine|cette semaine|(?:avant|d'ici) le week-?end)\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.fridayOnOrAfter(ref)),
            rule("\\b(?:(?:la )?fin de (?:la )?semaine prochaine)\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.weekAfter(ref, 1).plusDays(4)),
            rule("\\b(?:(?:au |en )?début de (?:la )?semaine prochaine)\\b",
                    (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 1)),
            rule("\\b(?:dans le courant de |courant |dans )?(?:la )?semaine prochaine\\b",
                    (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 4)),
            // "dans deux semaines", "d'ici 2 semaines", "sous une semaine".
            rule("\\b" + WITHIN + " " + COUNT + " semaines?\\b",
                    (m, ref, p, l) -> DateMath.plusWeeks(ref, p, DateMath.count(m.group(1), WEEK_COUNTS))),
            // "sous quinze jours", "dans 10 jours", "sous 5 jours ouvrés".
            rule("\\b" + WITHIN + " " + COUNT + " jours?( ouvrés| ouvrables)?\\b",
                    (m, ref, p, l) -> DateMath.plusDays(ref, p, DateMath.count(m.group(1), COUNTS), m.group(2) != null)),
            rule("\\bdemain\\b", (m, ref, p, l) -> ref.plusDays(1)),
            rule("\\baprès-demain\\b", (m, ref, p, l) -> ref.plusDays(2)),
            rule("\\b(?:ce )?" + WEEKDAY + "(?: (prochain|de la semaine prochaine|de cette semaine|dernier|passé))?\\b",
                    (m, ref, p, l) -> DateMath.weekday(ref, DateMath.day(DAYS, m.group(1)), when(m.group(2)))),
            // "d'ici le 15", "avant le 15", "jusqu'au 15": the next 15th; not "le 15 décembre" (above).
            rule("\\b(?:(?:d'ici|avant|après|au plus tard) le|jusqu'au) (\\d{1,2})(?:er)?\\b(?![/.]\\d)(?! " + MONTH
                    + "| (?:jours|semaines|mois|heures|minutes))",
                    (m, ref, p, l) -> DateMath.dayOfMonth(ref, DateMath.num(m.group(1)))));

    private DatePhrasesFrench() {
    }

    private static String full(String written) {
        if (written == null) {
            return null;
        }
        return switch (written) {
            case "lun" -> "lundi";
            case "mar" -> "mardi";
            case "mer" -> "mercredi";
            case "jeu" -> "jeudi";
            case "ven" -> "vendredi";
            case "sam" -> "samedi";
            case "dim" -> "dimanche";
            default -> written;
        };
    }

    private static int part(String word) {
        return switch (word) {
            case "debut" -> 10;
            case "mi", "milieu" -> 15;
            default -> 0;
        };
    }

    private static When when(String after) {
        if (after == null || after.equals("prochain")) {
            return When.COMING;
        }
        return switch (after) {
            case "de la semaine prochaine" -> When.NEXT_WEEK;
            case "de cette semaine" -> When.THIS_WEEK;
            default -> When.PAST;
        };
    }
}
