package app.nudge.replies;

import app.nudge.mail.MailFiles;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Properties;

/**
 * The corpus files as Jakarta Mail reads them, for what the corpus itself must hold (a sender,
 * a date), independent of the app's reader; and the seam through which the accuracy test reads a
 * file as the app does ({@link #read(Path)}).
 */
final class CorpusMessages {

    private static final Session SESSION = Session.getInstance(new Properties());

    private CorpusMessages() {
    }

    static MimeMessage parse(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            message.getContent(); // decodes the body (base64, QP, charsets) now, so a broken one fails here
            return message;
        }
    }

    /** The sender's address as written in the file. */
    static String fromAddress(MimeMessage message) throws MessagingException {
        InternetAddress[] from = (InternetAddress[]) message.getFrom();
        if (from == null || from.length == 0) {
            throw new MessagingException("no From");
        }
        return from[0].getAddress();
    }

    /** The proposal's date as the spec defines it: the Date header's local date, or today. */
    static LocalDate messageDate(MimeMessage message) throws MessagingException {
        Date sent = message.getSentDate();
        return sent == null ? CorpusCase.TODAY : sent.toInstant().atZone(CorpusCase.ZONE).toLocalDate();
    }

    /** The file read as the app reads a dropped file. */
    static IncomingMessage read(Path file) throws Exception {
        return MailFiles.read(file);
    }
}
