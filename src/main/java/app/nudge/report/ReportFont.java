package app.nudge.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One of the report's embedded fonts (DejaVu Sans, shipped in resources/app/nudge/report/fonts with
 * its license) with the width of each character, so that wrapping thousands of cells does not
 * re-encode every string. Loaded as a subset: only the glyphs used go into the PDF, and no reader
 * needs the font installed for "Zoë", "Łódź" or "Ørsted" to print right.
 *
 * <p>Glyph substitution (GSUB: ligatures, alternates) is switched off: the report's text needs none,
 * and PDFBox's substitution pass was most of the time of a 10,000-row report when profiled. Close
 * after the document is saved: the subset is made from the font at saving.
 */
final class ReportFont implements AutoCloseable {

    /** Printed for a character the font has no glyph for (an emoji, most CJK), instead of failing. */
    private static final int MISSING = '?';

    private final TrueTypeFont trueType;
    private final PDType0Font font;
    /** Width in 1/1000 of the font size, by code point of the Basic Multilingual Plane; NaN: not looked up yet, -1: no glyph. */
    private final float[] basicWidths = new float[Character.MIN_SUPPLEMENTARY_CODE_POINT];
    /** The same beyond it (emoji and rarer scripts): few, so a map. */
    private final Map<Integer, Float> otherWidths = new HashMap<>();

    private ReportFont(TrueTypeFont trueType, PDType0Font font) {
        this.trueType = trueType;
        this.font = font;
        java.util.Arrays.fill(basicWidths, Float.NaN);
    }

    static ReportFont regular(PDDocument document) throws IOException {
        return load(document, "DejaVuSans.ttf");
    }

    static ReportFont bold(PDDocument document) throws IOException {
        return load(document, "DejaVuSans-Bold.ttf");
    }

    private static ReportFont load(PDDocument document, String file) throws IOException {
        try (InputStream in = ReportFont.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("the report's font " + file + " is missing from the program");
            }
            TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(in));
            trueType.setEnableGsub(false);
            return new ReportFont(trueType, PDType0Font.load(document, trueType, true));
        }
    }

    @Override
    public void close() throws IOException {
        trueType.close();
    }

    PDType0Font pdfFont() {
        return font;
    }

    /**
     * The text as it can be printed on one line: line breaks and other control characters become
     * spaces, characters without a glyph become '?'.
     */
    String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int printed = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) ? ' '
                    : units(codePoint) < 0 ? MISSING : codePoint;
            if (printed != codePoint && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(printed);
            }
            i += Character.charCount(codePoint);
        }
        return out == null ? text : out.toString();
    }

    /** The width of printable text at {@code size} points. */
    float width(String printable, float size) {
        float units = 0;
        for (int i = 0; i < printable.length(); ) {
            int codePoint = printable.codePointAt(i);
            units += Math.max(0, units(codePoint));
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    private float units(int codePoint) {
        if (codePoint < basicWidths.length) {
            float known = basicWidths[codePoint];
            if (Float.isNaN(known)) {
                known = lookUp(codePoint);
                basicWidths[codePoint] = known;
            }
            return known;
        }
        return otherWidths.computeIfAbsent(codePoint, this::lookUp);
    }

    private float lookUp(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IllegalArgumentException | IOException noGlyph) {
            return -1f; // PDFBox refuses to encode a character the font lacks
        }
    }
}
