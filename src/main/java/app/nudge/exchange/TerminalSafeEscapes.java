package app.nudge.exchange;

import app.nudge.common.TerminalText;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Jackson's standard escapes (quote, backslash, controls below U+0020) plus <code>&#92;uXXXX</code> for every
 * other character {@link TerminalText} calls unsafe: DEL, U+0080 to U+009F (U+009B acts as
 * ESC [ on some terminals) and the bidi controls. The JSON means the same; a {@code cat} of it is safe.
 */
final class TerminalSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    /** Jackson consults this table for ASCII only; DEL is the one addition there. */
    private static final int[] ASCII = asciiTable();

    private static int[] asciiTable() {
        int[] table = standardAsciiEscapesForJSON();
        table[0x7F] = ESCAPE_STANDARD;
        return table;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    /** Jackson asks this for every character above ASCII; null writes it as it is (in UTF-8). */
    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch > 0xFFFF || !TerminalText.isUnsafe((char) ch)) {
            return null;
        }
        return new SerializedString(String.format("\\u%04X", ch));
    }
}
