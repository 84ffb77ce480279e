package app.nudge.mail;

import app.nudge.i18n.Texts;
import app.nudge.replies.IncomingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.Chunk;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/**
 * Outlook's {@code .msg} files, read by Apache POI's HSMF. A message received from the internet
 * keeps its transport headers: the sender, the Date with its offset and the automation headers come
 * from them; a message without them (drafts, messages within one Exchange organisation) falls back
 * to the sender's SMTP address property and the submit time at UTC.
 */
final class OutlookMessages {

    /** PidTagSenderSmtpAddress and PidTagSentRepresentingSmtpAddress: Exchange senders' SMTP address. */
    private static final List<Integer> SMTP_ADDRESS_IDS = List.of(0x5D01, 0x5D02);

    /** The compound-document (OLE2) signature every .msg starts with. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private OutlookMessages() {
    }

    static boolean isCompoundDocument(byte[] bytes) {
        if (bytes.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (bytes[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    static IncomingMessage read(Path file, byte[] bytes) throws UnreadableMessageException {
        if (!isCompoundDocument(bytes)) {
            throw new UnreadableMessageException(Texts.t("inbox.file.notOutlook", "file", file));
        }
        MAPIMessage msg;
        try {
            msg = new MAPIMessage(new ByteArrayInputStream(bytes));
            msg.setReturnNullOnMissingChunk(true);
            if (msg.has7BitEncodingStrings()) {
                msg.guess7BitEncoding();
            }
        } catch (IOException | RuntimeException e) {
            // RuntimeException: POI reports damaged streams as RecordFormatException and kin.
            throw new UnreadableMessageException(Texts.t("inbox.file.outlookDamaged", "file", file), e);
        }
        try {
            return toIncoming(file, msg);
        } catch (ChunkNotFoundException | RuntimeException e) {
            throw new UnreadableMessageException(Texts.t("inbox.file.outlookDamaged", "file", file), e);
        }
    }

    private static IncomingMessage toIncoming(Path file, MAPIMessage msg) throws ChunkNotFoundException,
            UnreadableMessageException {
        String messageClass = msg.getStringFromChunk(msg.getMainChunks().getMessageClass());
        String transport = msg.getStringFromChunk(msg.getMainChunks().getMessageHeaders());
        String subject = msg.getSubject();
        String textBody = msg.getTextBody();
        String htmlBody = msg.getHtmlBody();
        boolean isMessage = messageClass == null
                ? subject != null || textBody != null || htmlBody != null || transport != null
                : isMailClass(messageClass);
        if (!isMessage) {
            throw new UnreadableMessageException(messageClass == null ? Texts.t("inbox.file.notOutlook", "file", file)
                    : Texts.t("inbox.file.notOutlookClass", "file", file, "type", messageClass));
        }
        InternetHeaders headers = headers(transport);
        if ((subject == null || subject.isBlank()) && headers.getHeader("Subject", null) != null) {
            subject = MimeMessages.decodedHeader(headers.getHeader("Subject", null));
        }
        String[] sender = sender(msg, headers);
        return new IncomingMessage(subject, sender[0], sender[1], date(msg, headers), body(textBody, htmlBody),
                automationHeaders(headers), IncomingMessage.Source.FILE);
    }

    /** Mail, meeting requests (an invitation to a round) and delivery reports; not contacts, tasks or notes. */
    private static boolean isMailClass(String messageClass) {
        String c = messageClass.strip().toUpperCase(Locale.ROOT);
        return c.equals("IPM") || c.startsWith("IPM.NOTE") || c.startsWith("IPM.SCHEDULE.MEETING")
                || c.startsWith("IPM.POST") || c.startsWith("REPORT.");
    }

    private static InternetHeaders headers(String transport) {
        if (transport == null || transport.isBlank()) {
            return new InternetHeaders();
        }
        try {
            // Outlook keeps the headers as they came over SMTP; a blank line ends them.
            byte[] bytes = (transport.strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            return new InternetHeaders(new ByteArrayInputStream(bytes));
        } catch (MessagingException e) {
            return new InternetHeaders();
        }
    }

    private static String[] sender(MAPIMessage msg, InternetHeaders headers) throws ChunkNotFoundException {
        String displayName = msg.getDisplayFrom();
        String from = headers.getHeader("From", ", ");
        if (from != null) {
            String[] parsed = MimeMessages.parseSender(from);
            if (!parsed[0].isEmpty()) {
                return new String[] {parsed[0], parsed[1].isEmpty() && displayName != null ? displayName : parsed[1]};
            }
        }
        String address = msg.getStringFromChunk(msg.getMainChunks().getEmailFromChunk());
        if (address == null || !address.contains("@")) {
            address = smtpAddress(msg); // an Exchange sender's address is an X.500 name, not SMTP
        }
        return new String[] {address == null ? "" : address.strip().toLowerCase(Locale.ROOT),
                displayName == null ? "" : displayName.strip()};
    }

    private static String smtpAddress(MAPIMessage msg) {
        for (Chunk chunk : msg.getMainChunks().getChunks()) {
            if (chunk instanceof StringChunk string && SMTP_ADDRESS_IDS.contains(chunk.getChunkId())
                    && string.getValue() != null && string.getValue().contains("@")) {
                return string.getValue();
            }
        }
        return null;
    }

    /** The Date transport header at its own offset, else the time Outlook recorded, at UTC. */
    private static ZonedDateTime date(MAPIMessage msg, InternetHeaders headers) {
        String header = headers.getHeader("Date", null);
        ZonedDateTime fromHeader = header == null ? null : MailDates.parse(header);
        if (fromHeader != null) {
            return fromHeader;
        }
        try {
            Calendar recorded = msg.getMessageDate();
            return recorded == null ? null : recorded.toInstant().atZone(ZoneOffset.UTC);
        } catch (ChunkNotFoundException | RuntimeException e) {
            return null;
        }
    }

    private static String body(String text, String html) {
        if (text != null && !text.isBlank()) {
            return text.replace("\r\n", "\n").strip();
        }
        if (html != null && !html.isBlank()) {
            return HtmlText.toText(html).strip();
        }
        return "";
    }

    private static Map<String, String> automationHeaders(InternetHeaders headers) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : MimeMessages.AUTOMATION_HEADERS) {
            String value = headers.getHeader(name, ", ");
            if (value != null && !value.isBlank()) {
                found.put(name, value.replaceAll("\\r?\\n[ \\t]*", " ").strip());
            }
        }
        return found;
    }
}
