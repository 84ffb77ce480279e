package app.nudge.mail.imap;

/**
 * Names one message of one folder for good: IMAP promises a UID is never reused while the folder's
 * UIDVALIDITY stays the same, so the pair says "this exact message", across connections and restarts.
 */
public record MessageKey(long uidValidity, long uid) {

    /** "UIDVALIDITY:UID", the form remembered on disk. */
    @Override
    public String toString() {
        return uidValidity + ":" + uid;
    }

    /** Reads {@link #toString()}'s form; null when the text is not that. */
    static MessageKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new MessageKey(Long.parseLong(text.substring(0, colon).strip()), Long.parseLong(text.substring(colon + 1).strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
