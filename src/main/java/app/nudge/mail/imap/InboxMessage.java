package app.nudge.mail.imap;

import app.nudge.replies.IncomingMessage;
import java.util.Objects;

/** One message read from the watched folder: which one it is on the server, and what it says. */
public record InboxMessage(MessageKey key, IncomingMessage message) {

    public InboxMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }
}
