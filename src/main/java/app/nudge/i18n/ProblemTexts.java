package app.nudge.i18n;

import app.nudge.domain.FieldProblem;
import app.nudge.domain.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A validation problem in the user's language. The domain says each problem in English and as a
 * code with its facts; English shows the domain's own line (the field paths and ISO dates the
 * exchange format uses), every other language says the code with the {@code domain} text files.
 */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    /** "required", "nicht angegeben", ... */
    public static String message(FieldProblem problem) {
        return message(problem, Texts.current());
    }

    public static String message(FieldProblem problem, Texts texts) {
        if (problem.code() == null || texts.language() == Language.EN) {
            return problem.message();
        }
        List<Object> a = problem.args();
        String key = "domain.problem." + problem.code();
        return switch (problem.code()) {
            case "notEmail" -> texts.get(key, "value", a.get(0));
            case "requiredFor" -> texts.get(key, "type", texts.get("domain.event." + a.get(0)));
            case "beforeInterview", "beforeReply", "beforeAgreed" ->
                    texts.get(key, "date", day(texts, a.get(0)), "given", day(texts, a.get(1)));
            case "tooLong" -> texts.get(key, "max", a.get(0));
            case "year" -> texts.get(key, "first", String.valueOf(a.get(0)), "last", String.valueOf(a.get(1)));
            default -> texts.has(key) ? texts.get(key) : problem.message();
        };
    }

    /** "path: message" for each problem, joined with "; ", as a one-line refusal says them. */
    public static String line(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.path() + ": " + message(p)).collect(Collectors.joining("; "));
    }

    private static String day(Texts texts, Object date) {
        return date instanceof LocalDate d ? texts.date("format.dateYear", d) : String.valueOf(date);
    }
}
