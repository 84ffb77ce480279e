package app.nudge.common;

/**
 * The one place that makes text safe to print to a terminal. Stored or typed text may hold
 * characters a terminal obeys instead of showing: ESC starts sequences that clear the screen, set
 * the window title or (on some terminals) write files; CR overwrites a line; C1 characters such as
 * U+009B act as ESC [ on some terminals; bidi overrides reorder what the reader sees. Each such
 * character is shown as visible text instead (docs/command-line.md, "Text from the data"):
 * {@code \n}, {@code \r}, {@code \t} by their usual names, every other one as <code>&#92;u001B</code>
 * (four upper-case hex digits, as JSON and Java write it). Everything else is kept as it is,
 * backslashes included, so Windows paths stay readable.
 */
public final class TerminalText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TerminalText() {
    }

    /** For a value shown on one line (a table cell, a subject, a message): a newline is escaped too. */
    public static String oneLine(Object value) {
        return escape(String.valueOf(value), false);
    }

    /** For text meant to span lines (a draft's body): real newlines are kept, everything else is escaped. */
    public static String multiLine(Object value) {
        return escape(String.valueOf(value), true);
    }

    /** Whether {@code c} is shown escaped: C0 controls, DEL, C1 controls and the bidi controls. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'   // Arabic letter mark, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E')                   // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')                   // isolates
                || c == '\u2028' || c == '\u2029';                    // line and paragraph separators
    }

    private static String escape(String text, boolean keepNewlines) {
        int first = firstUnsafe(text, keepNewlines);
        if (first < 0) {
            return text; // the usual case: nothing to copy
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c) || (keepNewlines && c == '\n')) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text, boolean keepNewlines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) && !(keepNewlines && c == '\n')) {
                return i;
            }
        }
        return -1;
    }
}
