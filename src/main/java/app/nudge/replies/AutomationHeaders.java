package app.nudge.replies;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a message's headers say about who wrote it. {@link #AUTO_REPLY} and {@link #LIST} are
 * certain: an out-of-office answer to the user's own mail (RFC 3834 "auto-replied", the
 * X-Autoreply family, Precedence: auto_reply) or a mailing list, newsletter or job alert (List-Id,
 * List-Unsubscribe, Precedence: list/junk) is never a company's answer. {@link #GENERATED} is
 * weaker: applicant tracking systems send their real decisions with "Auto-Submitted:
 * auto-generated" or "Precedence: bulk", so an offer, rejection or next round read in the words
 * still wins over it.
 */
enum AutomationHeaders {
    NONE, AUTO_REPLY, LIST, GENERATED;

    private static final Set<String> AUTO_REPLY_PRECEDENCE = Set.of("auto_reply", "auto-reply");
    private static final Set<String> LIST_PRECEDENCE = Set.of("list", "junk");

    static AutomationHeaders of(Map<String, String> headers) {
        String autoSubmitted = value(headers, "auto-submitted");
        String precedence = value(headers, "precedence");
        if (headers.containsKey("x-autoreply") || headers.containsKey("x-autorespond")
                || autoSubmitted.startsWith("auto-replied") || AUTO_REPLY_PRECEDENCE.contains(precedence)) {
            return AUTO_REPLY;
        }
        if (headers.containsKey("list-id") || headers.containsKey("list-unsubscribe") || LIST_PRECEDENCE.contains(precedence)) {
            return LIST;
        }
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equals("no") || precedence.equals("bulk")) {
            return GENERATED;
        }
        return NONE;
    }

    /** The header's value, lower case, without parameters ("auto-replied; owner-email=..."). */
    private static String value(Map<String, String> headers, String name) {
        String value = headers.getOrDefault(name, "");
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(0, semicolon) : value).strip().toLowerCase(Locale.ROOT);
    }
}
