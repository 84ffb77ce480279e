package app.nudge.mail.imap;

import app.nudge.mail.MimeMessages;
import app.nudge.mail.UnreadableMessageException;
import app.nudge.replies.IncomingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;

/**
 * Turns a message (already copied whole from the server, so converting it never talks to the
 * server) into an {@link IncomingMessage} with source INBOX.
 */
@FunctionalInterface
public interface MessageConverter {

    IncomingMessage toIncoming(MimeMessage message) throws MessagingException, IOException, UnreadableMessageException;

    /** The app's converter: {@link MimeMessages}, the same reading as a dropped .eml file. */
    MessageConverter STANDARD = message -> MimeMessages.toIncoming(message, IncomingMessage.Source.INBOX);
}
