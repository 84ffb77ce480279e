package app.nudge.replies;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A stand-in for {@code app.nudge.mail.MailFiles.read(Path)} while the mail branch is not merged:
 * just enough to hand the reader a message (plain text preferred, HTML flattened, a few
 * automation headers). Delete when MailFiles arrives; the corpus test then reads as the app does.
 */
final class InterimMailText {

    private static final String[] AUTOMATION = {"auto-submitted", "x-autoreply", "x-autorespond", "precedence",
            "list-id", "list-unsubscribe", "x-auto-response-suppress"};

    private InterimMailText() {
    }

    static IncomingMessage read(Path file) throws Exception {
        MimeMessage message = CorpusMessages.parse(file);
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        ZonedDateTime sent = message.getSentDate() == null ? null
                : message.getSentDate().toInstant().atZone(CorpusCase.ZONE);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : AUTOMATION) {
            String value = message.getHeader(name, ", ");
            if (value != null) {
                headers.put(name.toLowerCase(Locale.ROOT), value);
            }
        }
        String text = text(message, false);
        return new IncomingMessage(message.getSubject(), from.getAddress(), from.getPersonal(), sent,
                text == null ? "" : text, headers, IncomingMessage.Source.FILE);
    }

    /** The first text/plain part, or else the first HTML part flattened. */
    private static String text(Part part, boolean html) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (!Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    String found = text(child, html);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return html ? null : text(part, true);
        }
        if (!html && part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (html && part.isMimeType("text/html")) {
            return Jsoup.parse((String) part.getContent()).wholeText();
        }
        return part instanceof MimeMessage && !html ? text(part, true) : null;
    }
}
