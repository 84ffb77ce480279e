package app.nudge.mail.imap;

import java.time.Instant;
import java.util.Optional;

/**
 * What the watch last did, for the settings view and the board: when it last finished a check,
 * and the one-line reason of the last check's failure (empty when it worked).
 *
 * @param lastChecked when the last check ended (successful or not); empty before the first
 * @param error       the last check's failure in words, empty when it worked
 * @param newMessages how many new messages the last successful check handed over
 */
public record InboxStatus(Optional<Instant> lastChecked, Optional<String> error, int newMessages) {

    public static InboxStatus notYetChecked() {
        return new InboxStatus(Optional.empty(), Optional.empty(), 0);
    }

    public boolean ok() {
        return error.isEmpty();
    }
}
