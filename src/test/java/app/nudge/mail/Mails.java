package app.nudge.mail;

import app.nudge.replies.IncomingMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Raw RFC 822 text written in a test, parsed the way a dropped .eml file is. */
final class Mails {

    private Mails() {
    }

    /** Lines joined with CRLF, as on the wire. */
    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static IncomingMessage parse(String raw) throws Exception {
        return parse(raw.getBytes(StandardCharsets.UTF_8));
    }

    static IncomingMessage parse(String raw, Charset charset) throws Exception {
        return parse(raw.getBytes(charset));
    }

    static IncomingMessage parse(byte[] raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        return MimeMessages.toIncoming(message, IncomingMessage.Source.FILE);
    }
}
