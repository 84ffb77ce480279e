package app.nudge.report;

import app.nudge.insights.Act;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The activity report as a PDF to hand to an agency (Apache PDFBox): on landscape A4, the title, the
 * name it is for (or plainly "Name not set"), the period in words, then a table of the acts with
 * {@link ReportWords#columns()} (long cells wrap; the header row repeats on every page), "Page 1 of 3"
 * at the foot of each page, and the totals per act at the end. An empty period gives one sentence
 * saying nothing was recorded. The fonts are embedded (DejaVu Sans subsets), so any reader shows the
 * names as typed.
 */
public final class ActivityReportPdf {

    private static final float TITLE_SIZE = 18;
    private static final float INFO_SIZE = 10;
    private static final float BODY_SIZE = 8.5f;
    private static final float LINE = 10.5f;
    private static final float PAD = 3;
    /** The baseline of a cell's first line below the row's top: the padding and the font's ascent. */
    private static final float FIRST_BASELINE = PAD + 7.5f;
    /** date, employer, position, contact, act, how, details, result so far: they add up to the page's width. */
    private static final float[] WIDTHS = {58, 112, 118, 124, 56, 64, 140, 97.89f};
    private static final float BLACK = 0;
    private static final float GREY_TEXT = 0.35f;

    private final ActivityReport report;
    private final PdfCanvas canvas;
    private final ReportFont regular;
    private final ReportFont bold;

    private ActivityReportPdf(ActivityReport report, PdfCanvas canvas, ReportFont regular, ReportFont bold) {
        this.report = report;
        this.canvas = canvas;
        this.regular = regular;
        this.bold = bold;
    }

    public static void write(ActivityReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); ReportFont regular = ReportFont.regular(document);
             ReportFont bold = ReportFont.bold(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(ReportWords.file("documentTitle", "period", ReportWords.period(report.period())));
            info.setAuthor(report.userName());
            info.setCreator("Nudge");
            try (PdfCanvas canvas = new PdfCanvas(document)) {
                new ActivityReportPdf(report, canvas, regular, bold).draw();
            }
            document.save(out);
        }
    }

    private void draw() throws IOException {
        canvas.newPage();
        titleBlock();
        if (report.isEmpty()) {
            String sentence = regular.printable(ReportWords.nothingRecorded(report.period()));
            canvas.text(regular, 11, PdfCanvas.left(), canvas.y() - 11, sentence, BLACK);
        } else {
            table();
            totals();
        }
        canvas.numberPages(regular, BODY_SIZE);
    }

    private void titleBlock() throws IOException {
        float x = PdfCanvas.left();
        canvas.text(bold, TITLE_SIZE, x, canvas.y() - TITLE_SIZE, ReportWords.file("title"), BLACK);
        canvas.down(TITLE_SIZE + 12);
        infoLine(ReportWords.file("for") + " ", ReportWords.madeFor(report.userName()));
        infoLine(ReportWords.file("period") + " ", ReportWords.period(report.period()));
        infoLine(ReportWords.file("madeOn") + " ", ReportWords.longDate(report.madeOn()));
        canvas.down(10);
    }

    /** "For: name": a value too long for the page (a name may be 200 characters) wraps under itself. */
    private void infoLine(String label, String value) throws IOException {
        float x = PdfCanvas.left();
        float valueX = x + bold.width(label, INFO_SIZE);
        canvas.text(bold, INFO_SIZE, x, canvas.y() - INFO_SIZE, label, BLACK);
        for (String line : PdfCellLines.wrap(regular, INFO_SIZE, regular.printable(value),
                PdfCanvas.usableWidth() - (valueX - x))) {
            canvas.text(regular, INFO_SIZE, valueX, canvas.y() - INFO_SIZE, line, BLACK);
            canvas.down(INFO_SIZE + 3);
        }
        canvas.down(2);
    }

    /** Continuation pages name the report in one small line, so a loose page still says what it is. */
    private void runningHead() throws IOException {
        String head = ReportWords.file("runningHead", "name", ReportWords.madeFor(report.userName()),
                "period", ReportWords.period(report.period()));
        List<String> lines = PdfCellLines.wrap(regular, BODY_SIZE, regular.printable(head), PdfCanvas.usableWidth());
        String first = lines.isEmpty() ? "" : lines.get(0) + (lines.size() > 1 ? " …" : "");
        canvas.text(regular, BODY_SIZE, PdfCanvas.left(), canvas.y() - BODY_SIZE, first, GREY_TEXT);
        canvas.down(BODY_SIZE + 8);
    }

    private void table() throws IOException {
        List<List<String>> header = cells(bold, ReportWords.columns().stream()
                .map(c -> Character.toUpperCase(c.charAt(0)) + c.substring(1)).toList());
        float headerHeight = height(header);
        boolean headerDrawn = false;
        for (ActivityRow row : report.rows()) {
            List<List<String>> cells = cells(regular, List.of(row.date().toString(), row.employer(), row.position(),
                    row.contact(), ReportWords.act(row.act()), ReportWords.how(row.how()), row.detail(),
                    ReportWords.result(row.result())));
            float height = height(cells);
            if (headerDrawn && !canvas.fits(height)) {
                canvas.newPage();
                runningHead();
                headerDrawn = false;
            }
            if (!headerDrawn) {
                canvas.fill(PdfCanvas.left(), canvas.y(), PdfCanvas.usableWidth(), headerHeight, 0.88f);
                drawCells(bold, header, headerHeight);
                headerDrawn = true;
            }
            drawCells(regular, cells, height);
            canvas.line(PdfCanvas.left(), canvas.y(), PdfCanvas.left() + PdfCanvas.usableWidth(), canvas.y(), 0.4f, 0.75f);
        }
    }

    private List<List<String>> cells(ReportFont font, List<String> texts) {
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            cells.add(PdfCellLines.wrap(font, BODY_SIZE, font.printable(texts.get(i)), WIDTHS[i] - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * LINE + 2 * PAD;
    }

    private void drawCells(ReportFont font, List<List<String>> cells, float height) throws IOException {
        float x = PdfCanvas.left();
        float top = canvas.y();
        canvas.beginText(font, BODY_SIZE, BLACK);
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cells.get(i);
            for (int l = 0; l < lines.size(); l++) {
                canvas.textAt(x + PAD, top - FIRST_BASELINE - l * LINE, lines.get(l));
            }
            x += WIDTHS[i];
        }
        canvas.endText();
        canvas.down(height);
    }

    private void totals() throws IOException {
        Map<Act, Integer> totals = report.totals();
        float needed = 14 + 6 + (totals.size() + 1) * (LINE + 2) + 8;
        canvas.down(14);
        if (!canvas.fits(needed)) {
            canvas.newPage();
            runningHead();
        }
        float x = PdfCanvas.left();
        canvas.text(bold, 11, x, canvas.y() - 11, ReportWords.file("totals"), BLACK);
        canvas.down(11 + 8);
        for (Map.Entry<Act, Integer> total : totals.entrySet()) {
            totalLine(regular, ReportWords.actPlural(total.getKey()), total.getValue());
        }
        canvas.line(x, canvas.y() + 1, x + 200, canvas.y() + 1, 0.5f, 0.5f);
        canvas.down(2);
        totalLine(bold, ReportWords.file("allActs"), report.rows().size());
    }

    private void totalLine(ReportFont font, String label, int count) throws IOException {
        float x = PdfCanvas.left();
        float baseline = canvas.y() - 9;
        String figure = ReportWords.number(count);
        canvas.text(font, 9.5f, x, baseline, label, BLACK);
        canvas.text(font, 9.5f, x + 200 - font.width(figure, 9.5f), baseline, figure, BLACK);
        canvas.down(LINE + 2);
    }
}
