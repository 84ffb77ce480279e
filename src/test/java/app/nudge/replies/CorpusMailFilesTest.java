package app.nudge.replies;

import app.nudge.mail.MailFiles;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The app's mail reading gives the reader what each corpus message says: the sender Jakarta Mail
 * sees, a decoded body with no HTML markup, quoted-printable escapes or base64 left in it. A
 * message the reader cannot see properly would make the accuracy test measure the wrong thing.
 */
class CorpusMailFilesTest {

    private static final Pattern MARKUP = Pattern.compile("<(div|br|p|html|blockquote|table)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QP_LEFT = Pattern.compile("=[0-9A-F]{2}|=\\r?\\n");
    private static final Pattern BASE64_LINE = Pattern.compile("(?m)^[A-Za-z0-9+/]{60,}={0,2}$");

    static List<CorpusCase> cases() {
        return CorpusCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(10)
    void readsSenderAndDecodedText(CorpusCase c) throws Exception {
        MimeMessage raw = CorpusMessages.parse(c.path());
        IncomingMessage message = MailFiles.read(c.path());
        String text = message.text();
        assertAll(c.file(),
                () -> assertEquals(CorpusMessages.fromAddress(raw).toLowerCase(Locale.ROOT), message.fromAddress()),
                () -> assertFalse(text.isBlank(), "empty text"),
                () -> assertFalse(MARKUP.matcher(text).find(), "HTML markup left: " + text),
                () -> assertFalse(QP_LEFT.matcher(text).find(), "quoted-printable left: " + text),
                () -> assertFalse(BASE64_LINE.matcher(text).find(), "base64 left: " + text),
                () -> assertFalse(text.contains("\uFFFD"), "a character lost in decoding: " + text),
                () -> assertEquals(raw.getSentDate() == null, message.sentAt() == null, "Date header"));
    }
}
