package app.nudge.replies;

import static app.nudge.replies.DatePhrases.rule;

import app.nudge.replies.DateMath.When;
import app.nudge.replies.DatePhrases.Purpose;

import java.util.List;
import java.util.Map;

/**
 * Spanish dates in words, by the same meanings as the English ones ({@link DatePhrases}): "el
 * viernes", "la semana que viene", "a finales de la próxima semana", "en dos semanas", "en quince
 * días" (two weeks, as Spanish counts them), "el 15 de diciembre", "a mediados de enero". "el
 * próximo viernes" and "el viernes que viene" are the coming Friday, "el viernes de la semana que
 * viene" next week's, "el viernes pasado" and "los viernes" none.
 */
final class DatePhrasesSpanish {

    private static final Map<String, Integer> MONTHS = DateMath.words(
            "enero", 1, "ene", 1, "febrero", 2, "feb", 2, "marzo", 3, "mar", 3, "abril", 4, "abr", 4, "mayo", 5,
            "may", 5, "junio", 6, "jun", 6, "julio", 7, "jul", 7, "agosto", 8, "ago", 8, "septiembre", 9,
            "setiembre", 9, "sept", 9, "sep", 9, "octubre", 10, "oct", 10, "noviembre", 11, "nov", 11,
            "diciembre", 12, "dic", 12);
    private static final String MONTH = "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
            + "|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sept|sep|oct|nov|dic)\\b\\.?";
    private static final Map<String, Integer> DAYS = DateMath.words("lunes", 1, "martes", 2, "miércoles", 3,
            "jueves", 4, "viernes", 5, "sábado", 6, "domingo", 7);
    private static final String WEEKDAY = "(lunes|martes|miércoles|jueves|viernes|sábado|domingo)";
    private static final String YEAR = "(?:,? (?:de |del )?(\\d{4})\\b)?";
    /** "quince días" is two weeks, as Spanish counts them. */
    private static final Map<String, Integer> COUNTS = DateMath.words("un", 1, "una", 1, "dos", 2, "tres", 3,
            "cuatro", 4, "cinco", 5, "seis", 6, "siete", 7, "ocho", 8, "nueve", 9, "diez", 10, "quince", 14,
            "un par de", 2);
    private static final String COUNT = "(\\d{1,2}|un par de|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince)";
    private static final String WITHIN = "(?:en|dentro de|en un plazo de|en el plazo de|en un plazo máximo de)";
    private static final String NEXT_WEEK = "(?:la )?(?:próxima semana|semana que viene|semana próxima)";

    static final List<DatePhrases.Rule> RULES = List.of(
            // "el 15 de diciembre", "el viernes 11 de diciembre de 2026", "15 dic.".
            rule("\\b(?:el )?(?:" + WEEKDAY + ",? )?(?:el )?(?:día )?(\\d{1,2})(?: de | )" + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.dayOfYear(ref, DateMath.day(DAYS, m.group(1)), MONTHS.get(m.group(3)),
                            DateMath.num(m.group(2)), m.group(4))),
            // "a principios / mediados / finales de enero": the 10th, the 15th, the last day.
            rule("\\b(principios|comienzos|inicios|mediados|finales|fines) de " + MONTH + YEAR,
                    (m, ref, p, l) -> DateMath.partOfMonth(ref, p, part(m.group(1)), MONTHS.get(m.group(2)), m.group(3))),
            rule("\\b(?:finales|fin|final) de(?:l| este) mes\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 0, p)),
            rule("\\b(?:finales|fin|final) del (?:próximo mes|mes que viene)\\b", (m, ref, p, l) -> DateMath.endOfMonth(ref, 1, p)),
            // "a finales de esta semana", "esta semana", "antes del fin de semana" (not "este fin de semana").
            rule("\\b(?:(?:finales|fin|final) de (?:esta|la) semana|esta semana|(?:antes del|para el) fin de semana)\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.fridayOnOrAfter(ref)),
            rule("\\b(?:finales|fin|final) de " + NEXT_WEEK + "\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : DateMath.weekAfter(ref, 1).plusDays(4)),
            rule("\\b(?:principios|comienzos|inicios) de " + NEXT_WEEK + "\\b",
                    (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 1)),
            rule("\\b(?:durante |a lo largo de )?" + NEXT_WEEK + "\\b",
                    (m, ref, p, l) -> DateMath.spanOfWeek(DateMath.weekAfter(ref, 1), p, 4)),
            rule("\\b" + WITHIN + " " + COUNT + " semanas?\\b",
                    (m, ref, p, l) -> DateMath.plusWeeks(ref, p, DateMath.count(m.group(1), COUNTS))),
            rule("\\b" + WITHIN + " " + COUNT + " días?( hábiles| laborables)?\\b",
                    (m, ref, p, l) -> DateMath.plusDays(ref, p, DateMath.count(m.group(1), COUNTS), m.group(2) != null)),
            // "mañana", but not "por la mañana", "esta mañana" (the morning).
            rule("(?<!la )(?<!esta )(?<!una )(?<!cada )(?<!de )(?<!las )\\bmañana\\b", (m, ref, p, l) -> ref.plusDays(1)),
            rule("\\bpasado mañana\\b", (m, ref, p, l) -> ref.plusDays(2)),
            rule("\\b(?:(el próximo|el proximo|próximo|este|el|los) )?" + WEEKDAY
                    + "(?: (que viene|próximo|pasado|de la semana pasada|de (?:la )?(?:próxima semana|semana que viene)))?\\b",
                    (m, ref, p, l) -> DateMath.weekday(ref, DateMath.day(DAYS, m.group(2)), when(m.group(1), m.group(3)))),
            // "antes del 15", "hasta el 15": the next 15th; not "el 15 de diciembre" (above).
            rule("\\b(?:antes del|para el|hasta el|a más tardar el) (?:día )?(\\d{1,2})\\b(?![/.]\\d)(?:(?! de " + MONTH
                    + "| " + MONTH + "| (?:días|semanas|meses|horas|minutos)))",
                    (m, ref, p, l) -> DateMath.dayOfMonth(ref, DateMath.num(m.group(1)))));

    private DatePhrasesSpanish() {
    }

    private static int part(String word) {
        return switch (word) {
            case "principios", "comienzos", "inicios" -> 10;
            case "mediados" -> 15;
            default -> 0;
        };
    }

    private static When when(String before, String after) {
        if ("los".equals(before) || after != null && after.contains("pasad")) {
            return When.PAST; // "los viernes" is every Friday; "el viernes pasado" is gone
        }
        return after != null && after.startsWith("de ") ? When.NEXT_WEEK : When.COMING;
    }
}
