package app.nudge.replies;

import java.util.Objects;

/**
 * A message, the application it belongs to and what it says: shown to the user (or printed by
 * {@code nudge reply}) and recorded only when accepted.
 */
public record ReplyProposal(IncomingMessage message, ReplyMatch match, Reading reading) {

    public ReplyProposal {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(reading, "reading");
    }
}
