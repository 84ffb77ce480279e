package app.nudge.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.FieldProblem;
import app.nudge.domain.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation problems said in each language; English keeps the domain's own line. */
class ProblemTextsTest {

    @Test
    void aMissingCompanyIsSaidInEachLanguage() {
        List<FieldProblem> problems = ApplicationRules.check(Application.of("x", "", "Analyst"));
        FieldProblem missing = problems.stream().filter(p -> p.path().equals("company")).findFirst().orElseThrow();
        assertEquals("required", ProblemTexts.message(missing, Texts.of(Language.EN)));
        assertEquals("fehlt", ProblemTexts.message(missing, Texts.of(Language.DE)));
        assertEquals("obligatoire", ProblemTexts.message(missing, Texts.of(Language.FR)));
        assertEquals("obligatorio", ProblemTexts.message(missing, Texts.of(Language.ES)));
        assertEquals("verplicht", ProblemTexts.message(missing, Texts.of(Language.NL)));
    }

    @Test
    void aTooLongTextNamesItsLimitTheLanguagesWay() {
        FieldProblem tooLong = new FieldProblem("notes", "longer than 10000 characters", "tooLong", List.of(10000));
        assertEquals("longer than 10000 characters", ProblemTexts.message(tooLong, Texts.of(Language.EN)));
        assertEquals("länger als 10.000 Zeichen", ProblemTexts.message(tooLong, Texts.of(Language.DE)));
    }
}
