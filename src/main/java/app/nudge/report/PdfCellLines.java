package app.nudge.report;

import java.util.ArrayList;
import java.util.List;

/** Breaks a cell's text into the lines that fit its column: at spaces, and inside a word too long for a line. */
final class PdfCellLines {

    /** A cell longer than this many lines is cut with "…", so that one row never outgrows a page. */
    static final int MAX_LINES = 12;

    private PdfCellLines() {
    }

    static List<String> wrap(ReportFont font, float size, String printable, float width) {
        List<String> lines = new ArrayList<>(2);
        String text = printable.strip();
        if (text.isEmpty()) {
            return lines;
        }
        if (font.width(text, size) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.width(rest, size) > width) {
                int cut = longestFit(font, size, rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return capped(font, size, lines, width);
    }

    /** How many chars of {@code word} fit (at least one code point, so the loop always moves on). */
    private static int longestFit(ReportFont font, float size, String word, float width) {
        int cut = Character.charCount(word.codePointAt(0));
        while (cut < word.length()) {
            int next = cut + Character.charCount(word.codePointAt(cut));
            if (font.width(word.substring(0, next), size) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    private static List<String> capped(ReportFont font, float size, List<String> lines, float width) {
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
        String last = kept.get(MAX_LINES - 1);
        while (!last.isEmpty() && font.width(last + "…", size) > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(MAX_LINES - 1, last + "…");
        return kept;
    }
}
