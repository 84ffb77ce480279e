package app.nudge.interop.csv;

import java.util.Locale;

/**
 * What a tracker's status word means for Nudge. Trackers name their columns freely (Huntr's lists,
 * Teal's statuses, anyone's sheet), so this looks for telling words rather than exact names.
 */
enum ImportedStatus {
    /** Saved but not applied (Huntr's Wishlist, Teal's Bookmarked): no applied date. */
    NOT_APPLIED,
    APPLIED,
    /** An interview happened or is planned; its time is unknown, so it becomes a note to log it. */
    INTERVIEW,
    OFFER,
    /** The offer was taken or turned down: received, then answered. */
    OFFER_ANSWERED,
    REJECTED,
    WITHDRAWN,
    /** The user closed it themselves ("Closed", "Archived"). */
    CLOSED;

    static ImportedStatus of(String status) {
        String s = status.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return APPLIED;
        }
        if (s.contains("withdr")) {
            return WITHDRAWN; // "Withdrawn", "I Withdrew"
        }
        if (s.contains("no interview")) {
            return APPLIED; // Nudge's own export: "No interview yet"
        }
        if (s.contains("offer") && (s.contains("declin") || s.contains("accept") || s.contains("turned down")
                || s.contains("answered"))
                || s.equals("accepted") || s.equals("hired")) {
            return OFFER_ANSWERED; // "Offer declined", "Declined offer", "Accepted"
        }
        if (s.contains("reject") || s.contains("not selected") || s.contains("unsuccessful")
                || s.contains("not moving forward") || s.contains("declined")) {
            return REJECTED; // a bare "Declined" is the company's answer to the application
        }
        if (s.contains("offer") || s.contains("negotiat")) {
            return OFFER;
        }
        if (s.equals("closed") || s.contains("archived")) {
            return CLOSED;
        }
        if (s.contains("interview") || s.contains("screen") || s.contains("thank-you") || s.contains("following up")) {
            // Nudge's own stages "Thank-you to send" and "Waiting / following up" come after a round
            return INTERVIEW;
        }
        if (s.contains("wish") || s.contains("bookmark") || s.contains("saved") || s.contains("to apply")) {
            return NOT_APPLIED;
        }
        return APPLIED;
    }
}
