package app.nudge.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report dialog's own words in French and German: quick choices, the empty preview, the saved line. */
class ReportTextsLanguagesTest {

    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void french() {
        Texts.use(Language.FR);
        assertEquals("Le mois dernier (décembre 2026)", ReportPeriodChoice.LAST_MONTH.label(JAN_15));
        assertEquals("Autres dates", ReportPeriodChoice.CUSTOM.label(JAN_15));
        ActivityReport empty = new ActivityReport("Jeanne", NOVEMBER, JAN_15, List.of());
        assertEquals("Rien d’enregistré entre le 1 nov. et le 30 nov. 2026 ; le rapport l’indiquera.",
                ReportTexts.preview(empty));
        assertEquals("1 démarche", ReportTexts.acts(1));
        assertEquals("0 démarche", ReportTexts.acts(0), "French counts zero as one");
    }

    @Test
    void german() {
        Texts.use(Language.DE);
        assertEquals("Dieser Monat bis heute (Januar 2027)", ReportPeriodChoice.THIS_MONTH.label(JAN_15));
        ActivityReport empty = new ActivityReport("Jana", NOVEMBER, JAN_15, List.of());
        assertEquals("Bericht gespeichert unter " + Path.of("b.pdf") + " (im Zeitraum nichts erfasst).",
                ReportTexts.saved(empty, Path.of("b.pdf")));
        assertEquals("12 Aktivitäten", ReportTexts.acts(12));
    }
}
