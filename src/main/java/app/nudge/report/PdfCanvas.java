package app.nudge.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The pages of the report as they fill: landscape A4, a cursor going down, and the few drawing
 * primitives the report uses. Page numbers are added by {@link #numberPages} once the count is known.
 */
final class PdfCanvas implements AutoCloseable {

    static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    /** Room kept at the bottom for "Page 1 of 3". */
    static final float FOOTER = 22;

    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    /** Where the current text line starts, inside {@link #beginText}. */
    private float lineX;
    private float lineY;

    PdfCanvas(PDDocument document) {
        this.document = document;
    }

    /** Starts a new page; the cursor is at its top margin. */
    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(LANDSCAPE_A4);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        y = LANDSCAPE_A4.getHeight() - MARGIN;
    }

    float y() {
        return y;
    }

    void down(float points) {
        y -= points;
    }

    /** Whether {@code height} points still fit above the footer. */
    boolean fits(float height) {
        return y - height >= MARGIN + FOOTER;
    }

    static float left() {
        return MARGIN;
    }

    static float usableWidth() {
        return LANDSCAPE_A4.getWidth() - 2 * MARGIN;
    }

    /** Text whose baseline is at {@code baseline}; {@code printable} as made by {@link ReportFont#printable}. */
    void text(ReportFont font, float size, float x, float baseline, String printable, float grey) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setNonStrokingColor(grey);
        stream.setFont(font.pdfFont(), size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable);
        stream.endText();
    }

    /**
     * Many pieces of text in one font: one text object, each piece placed relative to the one
     * before (a PDF "Td" moves from the start of the previous line). A 10,000-row table is some
     * 80,000 pieces, and a text object and font change for each made the file and the time double.
     */
    void beginText(ReportFont font, float size, float grey) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(grey);
        stream.setFont(font.pdfFont(), size);
        lineX = 0;
        lineY = 0;
    }

    /** Inside {@link #beginText}: {@code printable} with its baseline starting at (x, baseline). */
    void textAt(float x, float baseline, String printable) throws IOException {
        if (printable.isEmpty()) {
            return;
        }
        stream.newLineAtOffset(x - lineX, baseline - lineY);
        lineX = x;
        lineY = baseline;
        stream.showText(printable);
    }

    void endText() throws IOException {
        stream.endText();
    }

    void fill(float x, float top, float width, float height, float grey) throws IOException {
        stream.setNonStrokingColor(grey);
        stream.addRect(x, top - height, width, height);
        stream.fill();
    }

    void line(float x1, float y1, float x2, float y2, float width, float grey) throws IOException {
        stream.setStrokingColor(grey);
        stream.setLineWidth(width);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /** "Page 1 of 3" centred at the foot of every page. */
    void numberPages(ReportFont font, float size) throws IOException {
        closeStream();
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            String label = ReportWords.file("page", "page", i + 1, "pages", count);
            float x = (LANDSCAPE_A4.getWidth() - font.width(label, size)) / 2;
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setNonStrokingColor(0.35f);
                footer.setFont(font.pdfFont(), size);
                footer.newLineAtOffset(x, MARGIN);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
