package app.nudge.mail;

import app.nudge.i18n.Texts;
import app.nudge.common.FileReasons;
import app.nudge.replies.IncomingMessage;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A message the user dropped or opened: an {@code .eml} (or any file that is an RFC 822 mail), an
 * Outlook {@code .msg}, or a text file read as pasted text. Every refusal is one line naming the
 * file, in words ({@link UnreadableMessageException}); nothing here writes anything.
 */
public final class MailFiles {

    /** Above this a file is refused before it is read: no reply is that big, and memory is finite. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    /** An RFC 5322 header line: a name of printable characters but ':' and space, then ':'. */
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+[ \\t]*:.*");

    private MailFiles() {
    }

    /**
     * The message in {@code file}, with source {@link IncomingMessage.Source#FILE}.
     *
     * @throws UnreadableMessageException missing, a folder, empty, over 25 MB, not a mail, a
     *         {@code .msg} that is not an Outlook message, or not readable; the message names the file
     */
    public static IncomingMessage read(Path file) throws UnreadableMessageException {
        byte[] bytes = bytesOf(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".msg") || OutlookMessages.isCompoundDocument(bytes)) {
            return OutlookMessages.read(file, bytes);
        }
        if (looksLikeMail(bytes)) {
            return mime(file, bytes);
        }
        if (name.endsWith(".eml")) {
            throw new UnreadableMessageException(Texts.t("inbox.file.noHeaders", "file", file));
        }
        if (isBinary(bytes)) {
            throw new UnreadableMessageException(Texts.t("inbox.file.notMail", "file", file));
        }
        return new IncomingMessage("", "", "", null, pastedText(bytes), Map.of(), IncomingMessage.Source.FILE);
    }

    /**
     * Text the user pasted (or piped in): when it starts with a mail's header lines, as a mail
     * client copies a whole message ("From: … / Sent: … / Subject: …", then a blank line), those
     * headers give the sender, subject and date, and the text after them is the body, exactly as
     * pasted; otherwise the whole text is the body, with no sender and no date.
     */
    public static IncomingMessage pasted(String text) {
        String body = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int blank = body.indexOf("\n\n");
        if (blank < 0 || !looksLikeMail(bytes)) {
            return IncomingMessage.pasted(body);
        }
        try {
            // Only the header block goes through the mail parser; the body keeps its characters.
            byte[] headers = body.substring(0, blank + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            MimeMessage head = new MimeMessage(sessionFor(headers), new ByteArrayInputStream(headers));
            IncomingMessage read = MimeMessages.toIncoming(head, IncomingMessage.Source.PASTED);
            return new IncomingMessage(read.subject(), read.fromAddress(), read.fromName(), read.sentAt(),
                    body.substring(blank + 2), read.headers(), IncomingMessage.Source.PASTED);
        } catch (jakarta.mail.MessagingException | UnreadableMessageException | RuntimeException e) {
            return IncomingMessage.pasted(body); // headers it cannot read: still the text the user gave
        }
    }

    /**
     * A mail session for parsing {@code message}: header lines written raw in UTF-8 (as RFC 6532
     * allows, and as a text editor saves "Subject: … – thank you") are read as UTF-8; other raw
     * 8-bit headers as before, one byte a character (the mail parser's default read "–" as "â€“").
     */
    private static Session sessionFor(byte[] message) {
        int end = 0;
        while (end < message.length && !(message[end] == '\n' && (end + 1 < message.length && message[end + 1] == '\n'
                || end + 2 < message.length && message[end + 1] == '\r' && message[end + 2] == '\n'))) {
            end++;
        }
        Properties properties = new Properties();
        if (TextBytes.isUtf8(java.util.Arrays.copyOf(message, end))) {
            properties.setProperty("mail.mime.allowutf8", "true");
        }
        return Session.getInstance(properties);
    }

    /** Text the user pasted or piped in, as bytes of unknown charset: UTF-8, else windows-1252. */
    public static String pastedText(byte[] bytes) {
        return TextBytes.guess(bytes).replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] bytesOf(Path file) throws UnreadableMessageException {
        if (Files.isDirectory(file)) {
            throw new UnreadableMessageException(Texts.t("inbox.file.folder", "file", file));
        }
        if (!Files.exists(file)) {
            throw new UnreadableMessageException(Texts.t("inbox.file.missing", "file", file));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableMessageException(Texts.t("inbox.file.tooBig", "file", file));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1); // the file may grow meanwhile
            }
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableMessageException(Texts.t("inbox.file.tooBig", "file", file));
            }
            if (new String(bytes, TextBytes.WINDOWS_1252).isBlank()) {
                throw new UnreadableMessageException(Texts.t("inbox.file.empty", "file", file));
            }
            return bytes;
        } catch (IOException e) {
            throw new UnreadableMessageException(Texts.t("inbox.file.unreadable", "file", file, "reason", FileReasons.of(e)), e);
        }
    }

    private static IncomingMessage mime(Path file, byte[] bytes) throws UnreadableMessageException {
        try {
            MimeMessage message = new MimeMessage(sessionFor(bytes), new ByteArrayInputStream(bytes));
            return MimeMessages.toIncoming(message, IncomingMessage.Source.FILE);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            throw new UnreadableMessageException(Texts.t("inbox.file.damagedHeaders", "file", file), e);
        } catch (UnreadableMessageException e) {
            throw new UnreadableMessageException(Texts.t("inbox.file.notReadable", "file", file, "reason", e.getMessage()), e);
        }
    }

    /**
     * Whether the bytes start like an RFC 822 message: header lines (after an optional mbox
     * "From " line) up to a blank line, among them From or Date.
     */
    static boolean looksLikeMail(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), TextBytes.WINDOWS_1252);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3); // a UTF-8 byte order mark, as windows-1252
        }
        String[] lines = head.split("\r?\n", -1);
        int i = lines.length > 0 && lines[0].startsWith("From ") ? 1 : 0;
        boolean sawFromOrDate = false;
        boolean sawHeader = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            if (sawHeader && (line.startsWith(" ") || line.startsWith("\t"))) {
                continue; // a folded header's next line
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            sawHeader = true;
            String name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
            sawFromOrDate |= name.equals("from") || name.equals("date");
        }
        return sawFromOrDate;
    }

    private static boolean isBinary(byte[] bytes) {
        if (TextBytes.isUtf16(bytes)) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
