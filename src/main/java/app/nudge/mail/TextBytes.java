package app.nudge.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Bytes of text in a charset a sender declared, or failed to declare, or declared wrongly. Mail
 * in the wild says ISO-8859-1 while writing windows-1252 (curly quotes, the euro sign), says
 * UTF-8 while writing windows-1252, or names a charset nobody knows: each falls back to a reading
 * that gives text instead of refusing the whole message.
 */
final class TextBytes {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextBytes() {
    }

    /** The text in the declared charset when it fits, else UTF-8 when that fits, else windows-1252. */
    static String decode(byte[] bytes, String declaredCharset) {
        Charset declared = charset(declaredCharset);
        if (declared != null) {
            if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
                // As browsers do (WHATWG Encoding): windows-1252 is a superset for every printable byte.
                declared = WINDOWS_1252;
            }
            String strict = strict(bytes, declared);
            if (strict != null) {
                return strict;
            }
        }
        return guess(bytes);
    }

    /** Text of unknown charset (a pasted or .txt file): UTF-8 when it is valid UTF-8, else windows-1252. */
    static String guess(byte[] bytes) {
        if (isUtf16(bytes)) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", ""); // Windows Notepad's "Unicode"
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        String text = utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether the bytes are valid UTF-8 (plain ASCII is). */
    static boolean isUtf8(byte[] bytes) {
        return strict(bytes, StandardCharsets.UTF_8) != null;
    }

    /** Whether the bytes start with a UTF-16 byte order mark. */
    static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The named charset, or null when the name is missing, malformed or unknown to this JVM. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String cleaned = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        try {
            return Charset.forName(cleaned);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
