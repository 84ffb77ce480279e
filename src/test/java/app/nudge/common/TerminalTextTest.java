package app.nudge.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void plainTextIsKeptAsItIsBackslashesAndEmojiIncluded() {
        String plain = "Zoë – C:\\Users\\jane 🎉 \"quoted\"";
        assertSame(plain, TerminalText.oneLine(plain));
        assertSame(plain, TerminalText.multiLine(plain));
    }

    @Test
    void everyControlCharacterIsShownEscaped() {
        assertEquals("a\\nb\\rc\\td\\u001B[2J\\u0007\\u0000\\u007F\\u009B\\u0085",
                TerminalText.oneLine("a\nb\rc\td\u001b[2J\u0007\u0000\u007f\u009b\u0085"));
        assertEquals("\\u202Eevil\\u202C \\u2066x\\u2069 \\u200F\\u061C\\u2028",
                TerminalText.oneLine("\u202eevil\u202c \u2066x\u2069 \u200f\u061c\u2028"));
    }

    @Test
    void multiLineTextKeepsItsNewlinesOnly() {
        assertEquals("Hi,\n\nline\\r\nend\\t\\u001B", TerminalText.multiLine("Hi,\n\nline\r\nend\t\u001b"));
    }

    @Test
    void noCharacterOfTheWholeBasicPlaneComesOutAsAControl() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            all.append(c);
        }
        String shown = TerminalText.oneLine(all);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            assertTrue(Character.getType(c) != Character.CONTROL, "raw control U+" + Integer.toHexString(c));
            assertTrue(c < 0x202A || c > 0x202E, "raw bidi override");
            assertTrue(c < 0x2066 || c > 0x2069, "raw bidi isolate");
        }
    }
}
