package app.nudge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.insights.Act;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRow;
import app.nudge.insights.How;
import app.nudge.insights.Period;
import app.nudge.insights.Standing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report's words follow the language of the run: French words, a Spanish CSV. */
class ReportWordsLanguagesTest {

    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void frenchWordsAndDates() {
        Texts.use(Language.FR);
        assertEquals("Relance", ReportWords.act(Act.FOLLOW_UP));
        assertEquals("Messages de remerciement", ReportWords.actPlural(Act.THANK_YOU));
        assertEquals("Téléphone", ReportWords.how(How.PHONE));
        assertEquals("Close sans réponse", ReportWords.result(Standing.CLOSED_WITHOUT_ANSWER));
        assertEquals("du 1 novembre 2026 au 30 novembre 2026", ReportWords.period(NOVEMBER));
        assertEquals("Aucune démarche n’a été enregistrée sur la période : du 1 novembre 2026 au 30 novembre 2026.",
                ReportWords.nothingRecorded(NOVEMBER));
        assertEquals("Nom non renseigné (ajoutez le vôtre dans les Paramètres)", ReportWords.madeFor(" "));
        assertEquals("Page 2 sur 3", ReportWords.file("page", "page", 2, "pages", 3));
    }

    @Test
    void aSpanishCsvHasSpanishTitlesAndWords() throws IOException {
        Texts.use(Language.ES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActivityReportCsv.write(new ActivityReport("Ana", NOVEMBER, LocalDate.of(2026, 12, 1), List.of(
                new ActivityRow(LocalDate.of(2026, 11, 3), "a", "Globex", "Analista", "Pat", Act.INTERVIEW,
                        How.INTERVIEW, "ronda 1", Standing.OFFER))), out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertEquals("\uFEFFfecha,empresa,puesto,contacto,actividad,medio,detalles,resultado hasta ahora\r\n"
                + "2026-11-03,Globex,Analista,Pat,Entrevista,Entrevista,ronda 1,Oferta\r\n", text);
    }

    @Test
    void aSpanishPdfIsWritten() throws IOException {
        Texts.use(Language.ES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActivityReportPdf.write(new ActivityReport("Ana", NOVEMBER, LocalDate.of(2026, 12, 1), List.of()), out);
        assertTrue(out.size() > 1000, "a PDF with the Spanish words and its font");
    }
}
