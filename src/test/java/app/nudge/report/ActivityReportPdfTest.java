package app.nudge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.insights.Act;
import app.nudge.insights.ActivityFixture;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRow;
import app.nudge.insights.ActivityRows;
import app.nudge.insights.How;
import app.nudge.insights.Period;
import app.nudge.insights.Standing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The PDF read back with PDFBox's own text extraction: what a reader of the file sees. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ActivityReportPdfTest {

    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    static byte[] pdf(ActivityReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActivityReportPdf.write(report, out);
        return out.toByteArray();
    }

    /** The text in reading order (by position on the page), as a reader sees it. */
    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** {@code count} rows, some with cells long enough to wrap over three lines. */
    static List<ActivityRow> manyRows(int count) {
        List<ActivityRow> rows = new ArrayList<>();
        String[] employers = {"Zürich Bäckerei", "Łódź Logistics", "Ørsted", "Acme Corp"};
        for (int i = 0; i < count; i++) {
            String position = i % 5 == 0 ? "Senior principal customer success and onboarding manager, EMEA region " + i
                    : "Analyst " + i;
            rows.add(new ActivityRow(LocalDate.of(2026, 11, 1 + i % 30), "id" + i, employers[i % 4] + " " + i, position,
                    i % 2 == 0 ? "Zoë Berg, Jürgen Schmidt" : "Pat Lee", Act.values()[i % 6], How.values()[i % 5],
                    i % 3 == 0 ? "new decision date 2026-12-04" : "", Standing.values()[i % 6]));
        }
        return rows;
    }

    @Test
    void theFixtureReportReadsBackWithTitleNamePeriodRowsPagesAndTotals() throws IOException {
        ActivityReport report = ActivityRows.report(ActivityFixture.applications(), ActivityFixture.NOVEMBER_TO_26,
                ActivityFixture.TODAY, "Zoë Jürgensen");
        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            String text = text(document);
            assertTrue(text.startsWith("Activity report"), text);
            assertTrue(text.contains("For: Zoë Jürgensen"), text);
            assertTrue(text.contains("Period: 1 November 2026 to 26 November 2026"), text);
            assertTrue(text.contains("Made on: 27 November 2026"), text);
            for (ActivityRow row : report.rows()) {
                assertTrue(text.contains(row.employer()), row.employer());
            }
            assertTrue(text.contains("Zürich Bäckerei"), text);
            assertTrue(text.contains("Zoë Berg, Jürgen Schmidt"), text);
            assertTrue(text.contains("Łukasz Nowak"), text);
            assertTrue(text.contains("new decision date 2026-12-04"), text);
            assertTrue(text.contains("Closed without an\nanswer"), "wrapped in its column: " + text);
            int pages = document.getNumberOfPages();
            assertTrue(text.contains("Page 1 of " + pages), text);
            assertTrue(text.contains("Totals"), text);
            assertTrue(text.contains("Applications 3"), text);
            assertTrue(text.contains("Interviews 5"), text);
            assertTrue(text.contains("Thank-you notes 3"), text);
            assertTrue(text.contains("Follow-ups 4"), text);
            assertTrue(text.contains("Replies 3"), text);
            assertTrue(text.contains("Outcomes 6"), text);
            assertTrue(text.contains("All acts 24"), text);
        }
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        ActivityReport report = new ActivityReport("Ørsted Łódź", NOVEMBER, LocalDate.of(2026, 12, 1), manyRows(48));
        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " on a page is not embedded");
                    fonts++;
                }
            }
            assertTrue(fonts >= document.getNumberOfPages(), "fonts found: " + fonts);
        }
    }

    @Test
    void aThreePageReportRepeatsTheHeaderAndNumbersEveryPage() throws IOException {
        ActivityReport report = new ActivityReport("Jane Doe", NOVEMBER, LocalDate.of(2026, 12, 1), manyRows(48));
        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            assertEquals(3, document.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                String text = text(document, page);
                assertTrue(text.contains("Date Employer Position Contact Act How Details Result so far"), page + ": " + text);
                assertTrue(text.contains("Page " + page + " of 3"), page + ": " + text);
            }
            String all = text(document);
            for (ActivityRow row : report.rows()) {
                assertTrue(all.contains(row.employer()), row.employer());
            }
            assertTrue(all.contains("Senior principal customer") && all.contains("\nsuccess and onboarding\nmanager, EMEA region 45\n"),
                    "a long cell wraps onto lines of its own and keeps its words: " + all);
            assertTrue(text(document, 2).contains("Activity report · Jane Doe · 1 November 2026 to 30 November 2026"),
                    "a continuation page says what it is");
        }
    }

    @Test
    void anEmptyPeriodSaysSoAndAMissingNameIsSaidPlainly() throws IOException {
        ActivityReport report = new ActivityReport("", NOVEMBER, LocalDate.of(2026, 12, 1), List.of());
        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            String text = text(document);
            assertEquals(1, document.getNumberOfPages());
            assertTrue(text.contains("No activity was recorded in the period 1 November 2026 to 30 November 2026."), text);
            assertTrue(text.contains("For: Name not set (add yours in Settings)"), text);
            assertTrue(text.contains("Page 1 of 1"), text);
            assertFalse(text.contains("Employer"), "no empty table");
        }
    }

    @Test
    void aNameTooLongForOneLineWrapsInsteadOfRunningOffThePage() throws IOException {
        String name = ("Maximiliane Theodora " + "Zoë-Jürgensen ".repeat(14) + "Łódź-Ørsted").strip();
        ActivityReport report = new ActivityReport(name, NOVEMBER, LocalDate.of(2026, 12, 1), manyRows(48));
        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            String first = text(document, 1);
            assertTrue(first.contains("For: Maximiliane Theodora Zoë-Jürgensen"), first);
            assertTrue(first.contains("\nZoë-Jürgensen") && first.contains("Łódź-Ørsted\nPeriod: "), first);
            assertTrue(text(document, 2).contains("Activity report · Maximiliane Theodora"), "the running head is cut…");
            assertTrue(text(document, 2).contains(" …"), "…and says so");
        }
    }

    @Test
    void charactersTheFontLacksAndLineBreaksDoNotBreakTheReport() throws IOException {
        ActivityRow row = new ActivityRow(LocalDate.of(2026, 11, 3), "x", "Rocket 🚀 Labs", "Line one\nline two", "王小明",
                Act.REPLY, How.NOT_RECORDED, "\t", Standing.OFFER);
        ActivityReport report = new ActivityReport("Zoë", NOVEMBER, LocalDate.of(2026, 12, 1), List.of(row));
        try (PDDocument document = Loader.loadPDF(pdf(report))) {
            String text = text(document);
            assertTrue(text.contains("Rocket ? Labs"), text);
            assertTrue(text.contains("Line one line two"), text);
        }
    }
}
