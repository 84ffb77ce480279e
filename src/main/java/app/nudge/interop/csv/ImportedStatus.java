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
    REJECTED,
    WITHDRAWN;

    static ImportedStatus of(String status) {
        String s = status.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return APPLIED;
        }
        if (s.contains("withdr")) {
            return WITHDRAWN; // "Withdrawn", "I Withdrew"
        }
        if (s.contains("reject") || s.contains("not selected") || s.contains("unsuccessful")
                || s.contains("not moving forward")) {
            return REJECTED;
        }
        if (s.contains("offer") || s.contains("negotiat") || s.contains("accepted")) {
            return OFFER;
        }
        if (s.contains("interview") || s.contains("screen")) {
            return INTERVIEW;
        }
        if (s.contains("wish") || s.contains("bookmark") || s.contains("saved") || s.contains("to apply")) {
            return NOT_APPLIED;
        }
        return APPLIED;
    }
}
