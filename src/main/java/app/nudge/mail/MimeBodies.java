package app.nudge.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A MIME body as one plain text: multipart/alternative takes its text/plain part (else the HTML
 * one, turned into text); multipart/mixed gives its text parts in order and skips attachments,
 * except a forwarded mail ({@code message/rfc822}), which follows under a "Forwarded message"
 * line with its own From, Date and Subject so it stays recognisable as an earlier message.
 */
final class MimeBodies {

    static final String FORWARDED_LINE = "---------- Forwarded message ---------";

    /** A forwarded mail inside a forwarded mail inside ...: beyond this, the rest is left out. */
    private static final int MAX_DEPTH = 12;

    private MimeBodies() {
    }

    static String text(Part part) throws MessagingException, IOException {
        return text(part, 0).strip();
    }

    private static String text(Part part, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return "";
        }
        ContentType type = contentType(part);
        String primary = type.getPrimaryType().toLowerCase(Locale.ROOT);
        String sub = type.getSubType().toLowerCase(Locale.ROOT);
        if (primary.equals("multipart")) {
            Multipart multipart = multipart(part);
            if (multipart == null) {
                return "";
            }
            return sub.equals("alternative") ? alternative(multipart, depth) : inOrder(multipart, depth);
        }
        if (primary.equals("message") && sub.equals("rfc822")) {
            Object content = part.getContent();
            return content instanceof Message forwarded ? forwarded(forwarded, depth) : "";
        }
        if (primary.equals("text") && sub.equals("html")) {
            return HtmlText.toText(decodedText(part, type));
        }
        if (primary.equals("text") && (sub.equals("plain") || depth == 0)) {
            String text = decodedText(part, type);
            if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
                text = FlowedText.unflow(text, "yes".equalsIgnoreCase(type.getParameter("delsp")));
            }
            return text.replace("\r\n", "\n");
        }
        return "";
    }

    /** The plain-text alternative if there is one with text, else the richest one that gives text. */
    private static String alternative(Multipart multipart, int depth) throws MessagingException, IOException {
        String fallback = "";
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            ContentType type = contentType(part);
            String text = text(part, depth + 1);
            if (type.match("text/plain") && !text.isBlank()) {
                return text;
            }
            if (!text.isBlank()) {
                fallback = text; // later alternatives are the richer ones (RFC 2046 5.1.4)
            }
        }
        return fallback;
    }

    private static String inOrder(Multipart multipart, int depth) throws MessagingException, IOException {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (isAttachment(part)) {
                continue;
            }
            String text = text(part, depth + 1).strip();
            if (!text.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(text);
            }
        }
        return out.toString();
    }

    /** A file attached, not a part of the message's text; a forwarded mail is never skipped. */
    private static boolean isAttachment(Part part) throws MessagingException {
        ContentType type = contentType(part);
        if (type.match("message/rfc822") || type.getPrimaryType().equalsIgnoreCase("multipart")) {
            return false;
        }
        String disposition = disposition(part);
        if (Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            return true;
        }
        return !(type.match("text/plain") || type.match("text/html"));
    }

    private static String forwarded(Message message, int depth) throws MessagingException, IOException {
        StringBuilder out = new StringBuilder(FORWARDED_LINE).append('\n');
        String from = MimeMessages.header(message, "From");
        String date = MimeMessages.header(message, "Date");
        String subject = MimeMessages.subject(message);
        if (!from.isEmpty()) {
            out.append("From: ").append(MimeMessages.decodedHeader(from)).append('\n');
        }
        if (!date.isEmpty()) {
            out.append("Date: ").append(date).append('\n');
        }
        if (!subject.isEmpty()) {
            out.append("Subject: ").append(subject).append('\n');
        }
        return out.append('\n').append(text(message, depth + 1)).toString();
    }

    /** The decoded bytes of a text part in its declared charset, falling back rather than failing. */
    private static String decodedText(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (MessagingException | IOException e) {
            // An unknown Content-Transfer-Encoding (the raw bytes are closer to the text than
            // nothing at all) or damaged base64 (what decodes is kept).
            if (!(part instanceof MimePart mime)) {
                throw e;
            }
            bytes = raw(mime);
            if ("base64".equalsIgnoreCase(mime.getEncoding())) {
                bytes = LenientBase64.decode(bytes);
            }
        }
        return TextBytes.decode(bytes, type.getParameter("charset"));
    }

    private static byte[] raw(MimePart part) throws MessagingException, IOException {
        InputStream in = part instanceof jakarta.mail.internet.MimeBodyPart body ? body.getRawInputStream()
                : part instanceof jakarta.mail.internet.MimeMessage message ? message.getRawInputStream() : null;
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return in.readAllBytes();
        }
    }

    private static Multipart multipart(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        return content instanceof Multipart multipart ? multipart : null;
    }

    /** The part's type, text/plain when missing or unreadable (RFC 2045's default). */
    static ContentType contentType(Part part) throws MessagingException {
        String raw = part.getContentType();
        if (raw != null) {
            try {
                return new ContentType(raw);
            } catch (ParseException e) {
                int semicolon = raw.indexOf(';');
                try {
                    return new ContentType((semicolon < 0 ? raw : raw.substring(0, semicolon)).strip());
                } catch (ParseException ignored) {
                    // falls through to the default
                }
            }
        }
        return new ContentType("text", "plain", null);
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null; // an unreadable disposition: decide by the type
        }
    }
}
