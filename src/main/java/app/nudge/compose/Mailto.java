package app.nudge.compose;

import java.nio.charset.StandardCharsets;

/**
 * Builds {@code mailto:} URIs per RFC 6068, so the user's mail client opens with the draft.
 * Everything is UTF-8 percent-encoded; a space is %20 (never "+", which clients would show as a
 * plus sign) and every line break is %0D%0A as the RFC requires for bodies.
 */
public final class Mailto {

    /**
     * Windows hands URIs to the mail client through ShellExecute, which truncates or fails past
     * about 2048 characters; a margin below that keeps the UI's fallback (copy to clipboard) safe.
     */
    public static final int WINDOWS_SAFE_LENGTH = 2000;

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    // RFC 6068 addr-spec: qchar = unreserved / pct-encoded / some-delims, and "@" separates the parts.
    // "," separates several addresses. "%", "?", "#", "&", "=" and "/" never go through unencoded.
    private static final String ADDRESS_EXTRA = "!$'()*+,;:@";

    private Mailto() {
    }

    public static String build(String to, String subject, String body) {
        StringBuilder uri = new StringBuilder("mailto:").append(encode(nullToEmpty(to).strip(), ADDRESS_EXTRA));
        String separator = "?";
        if (subject != null && !subject.isEmpty()) {
            uri.append(separator).append("subject=").append(encode(subject, ""));
            separator = "&";
        }
        if (body != null && !body.isEmpty()) {
            uri.append(separator).append("body=").append(encode(crlf(body), ""));
        }
        return uri.toString();
    }

    public static boolean fitsWindowsLimit(String uri) {
        return uri.length() <= WINDOWS_SAFE_LENGTH;
    }

    /** Every line break becomes CR LF, which the encoder turns into %0D%0A. */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
    }

    private static String encode(String text, String alsoKept) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (UNRESERVED.indexOf(c) >= 0 || alsoKept.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
