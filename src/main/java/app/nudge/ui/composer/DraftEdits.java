package app.nudge.ui.composer;

import app.nudge.compose.Draft;
import app.nudge.policy.PlannedAction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own subject and body for a draft, kept per action, version and recipient for this run
 * (another card selected and back shows them again) until the message is marked as sent.
 */
final class DraftEdits {

    private final Map<String, String[]> kept = new HashMap<>();

    /** Which draft an edit belongs to: the application's action, the version and the recipient. */
    static String key(PlannedAction next, String variant, Draft draft) {
        String who = draft.isPerPerson() ? draft.interviewer() : draft.to() == null ? "" : draft.to().name();
        return next.applicationId() + "|" + next.action() + "|" + variant + "|" + who;
    }

    /** The subject and body kept for {@code key}, if the user changed the draft. */
    Optional<String[]> of(String key) {
        return Optional.ofNullable(kept.get(key));
    }

    /** The text now in the fields for {@code key}'s {@code draft}: kept when it differs from the draft, else forgotten. */
    void edited(String key, Draft draft, String subject, String body) {
        if (subject.equals(draft.subject()) && body.equals(draft.body())) {
            kept.remove(key);
        } else {
            kept.put(key, new String[] {subject, body});
        }
    }

    void forget(String key) {
        kept.remove(key);
    }
}
