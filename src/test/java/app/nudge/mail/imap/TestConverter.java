package app.nudge.mail.imap;

import app.nudge.replies.IncomingMessage;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.util.Map;

/** A plain converter for single-part test messages (the real one is app.nudge.mail.MimeMessages). */
final class TestConverter {

    private TestConverter() {
    }

    static IncomingMessage convert(MimeMessage m) throws jakarta.mail.MessagingException, java.io.IOException {
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        return new IncomingMessage(m.getSubject(), from.getAddress(), from.getPersonal(),
                m.getSentDate() == null ? null : m.getSentDate().toInstant().atZone(ZoneOffset.UTC),
                String.valueOf(m.getContent()), Map.of(), IncomingMessage.Source.INBOX);
    }
}
