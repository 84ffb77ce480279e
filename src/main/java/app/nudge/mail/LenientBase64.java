package app.nudge.mail;

import java.util.Base64;

/**
 * Base64 that a sender or a relay damaged (stray characters, a cut-off end): everything up to the
 * first padding or damage that still forms whole groups is decoded, so the reply's words survive
 * where Jakarta Mail's strict decoder gives up on the whole part.
 */
final class LenientBase64 {

    private LenientBase64() {
    }

    static byte[] decode(byte[] raw) {
        StringBuilder alphabet = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xFF);
            if (c == '=') {
                break; // padding ends the data; anything after it is damage
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                alphabet.append(c);
            }
        }
        int usable = alphabet.length() - (alphabet.length() % 4 == 1 ? 1 : 0); // one lone character holds no byte
        alphabet.setLength(usable);
        return Base64.getDecoder().decode(alphabet.toString()); // padding is optional for this decoder
    }
}
