package app.nudge.mail;

import app.nudge.i18n.Texts;
import app.nudge.replies.IncomingMessage;
import jakarta.mail.Address;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jakarta Mail messages (parsed from an {@code .eml} file, or fetched over IMAP) as an
 * {@link IncomingMessage}: the one place that knows how a MIME message becomes what the reader reads.
 */
public final class MimeMessages {

    /** The headers that say a message was sent by a machine, kept by lower-case name. */
    public static final List<String> AUTOMATION_HEADERS = List.of("auto-submitted", "x-autoreply",
            "x-autorespond", "precedence", "list-id", "list-unsubscribe", "x-auto-response-suppress");

    private MimeMessages() {
    }

    /**
     * The message as the reader sees it.
     * <ul>
     *   <li>subject: RFC 2047 decoded, empty when none;</li>
     *   <li>sender: the first From address, lower case, and its display name (decoded); a From
     *       header that does not parse strictly is read leniently;</li>
     *   <li>sentAt: the Date header at the offset it was written with (not turned into UTC or
     *       the JVM's zone), else Jakarta's own reading of it at UTC, else null;</li>
     *   <li>text: the whole body as plain text (see {@link MimeBodies}): multipart/alternative
     *       prefers text/plain, HTML is turned into text with quotes as "> " lines, attachments
     *       are skipped except a forwarded mail; charsets and transfer encodings that are wrong or
     *       unknown fall back instead of failing;</li>
     *   <li>headers: {@link #AUTOMATION_HEADERS} present in the message.</li>
     * </ul>
     * Reading over IMAP fetches the body; the message's flags are not changed by this method
     * (open the folder READ_ONLY so that the server does not set \Seen either).
     *
     * @param message the message; not modified
     * @param source  where it came from (FILE for a dropped file, INBOX for IMAP)
     * @throws UnreadableMessageException when the message's structure cannot be read at all;
     *         {@link UnreadableMessageException#connectionLost()} tells when the cause was the
     *         server's folder or connection closing rather than the message
     */
    public static IncomingMessage toIncoming(Message message, IncomingMessage.Source source)
            throws UnreadableMessageException {
        try {
            String[] sender = sender(message);
            ZonedDateTime sentAt = MailDates.parse(nullIfEmpty(header(message, "Date")), sentDate(message));
            return new IncomingMessage(subject(message), sender[0], sender[1], sentAt, MimeBodies.text(message),
                    automationHeaders(message), source);
        } catch (FolderClosedException | StoreClosedException e) {
            throw new UnreadableMessageException(Texts.t("inbox.message.closed"), e);
        } catch (MessagingException | IOException | RuntimeException e) {
            // RuntimeException: Jakarta Mail's parsers throw IllegalArgumentException and friends on
            // some malformed input; a bad message must be refused in words, not crash the caller.
            throw new UnreadableMessageException(Texts.t("inbox.message.structure"), e);
        }
    }

    /** The subject, RFC 2047 decoded where it can be, unfolded; empty when none. */
    static String subject(Message message) throws MessagingException {
        String subject;
        try {
            subject = message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            subject = decodedHeader(header(message, "Subject"));
        }
        return subject == null ? "" : unfold(subject);
    }

    /** {address (lower case), display name}, empty strings when there is no sender. */
    private static String[] sender(Message message) throws MessagingException {
        String raw = header(message, "From");
        if (raw.isEmpty()) {
            raw = header(message, "Sender");
        }
        return parseSender(raw);
    }

    /** {address (lower case), display name} of the first address in a From header's text. */
    static String[] parseSender(String raw) {
        if (raw.isBlank()) {
            return new String[] {"", ""};
        }
        InternetAddress address = firstAddress(raw);
        if (address == null) {
            return new String[] {"", decodedHeader(raw)};
        }
        String name = address.getPersonal();
        return new String[] {address.getAddress() == null ? "" : address.getAddress().toLowerCase(Locale.ROOT),
                name == null ? "" : unfold(name)};
    }

    private static InternetAddress firstAddress(String raw) {
        InternetAddress strict = firstWithAt(raw, true);
        if (strict != null) {
            return strict;
        }
        // Not RFC 5322 ("Ana Ruiz, Acme <ana@acme.example>" with its comma unquoted): the name is
        // what stands before the first address-like word.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<?([^<>\\s\",;:]+@[^<>\\s\",;:]+)>?").matcher(raw);
        if (m.find()) {
            try {
                String name = raw.substring(0, m.start()).replace("\"", "").strip();
                return new InternetAddress(m.group(1), decodedHeader(name));
            } catch (UnsupportedEncodingException e) {
                return null;
            }
        }
        return firstWithAt(raw, false);
    }

    private static InternetAddress firstWithAt(String raw, boolean strict) {
        try {
            for (Address a : InternetAddress.parseHeader(raw, strict)) {
                if (a instanceof InternetAddress internet && internet.getAddress() != null
                        && internet.getAddress().contains("@")) {
                    return internet;
                }
            }
        } catch (AddressException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static java.util.Date sentDate(Message message) {
        try {
            return message.getSentDate();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> automationHeaders(Message message) throws MessagingException {
        Map<String, String> found = new LinkedHashMap<>();
        for (String name : AUTOMATION_HEADERS) {
            String value = header(message, name);
            if (!value.isEmpty()) {
                found.put(name, value);
            }
        }
        return found;
    }

    /** All values of a header joined by ", ", unfolded; empty when absent. */
    static String header(jakarta.mail.Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        if (values == null || values.length == 0) {
            return "";
        }
        return unfold(String.join(", ", values));
    }

    /** RFC 2047 encoded words decoded where they can be, the text as it stands elsewhere. */
    static String decodedHeader(String raw) {
        try {
            return unfold(MimeUtility.decodeText(raw));
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return unfold(raw);
        }
    }

    private static String unfold(String value) {
        return value.replaceAll("\\r?\\n[ \\t]*", " ").strip();
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
