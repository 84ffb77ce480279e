package app.nudge.cli;

import app.nudge.i18n.Texts;
import app.nudge.mail.MailFiles;
import app.nudge.mail.UnreadableMessageException;
import app.nudge.replies.IncomingMessage;
import java.io.IOException;
import java.io.InputStream;

/** {@code -} as a file name: the text piped or typed in, read as pasted text. */
final class StandardInput {

    private StandardInput() {
    }

    static IncomingMessage pasted(InputStream in) throws UnreadableMessageException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MailFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UnreadableMessageException(Texts.t("cli.stdin.unreadable", "reason", CliMessages.reason(e)), e);
        }
        if (bytes.length > MailFiles.MAX_BYTES) {
            throw new UnreadableMessageException(Texts.t("cli.stdin.tooBig", "size", 25));
        }
        String text = MailFiles.pastedText(bytes);
        if (text.isBlank()) {
            throw new UnreadableMessageException(Texts.t("cli.stdin.empty"));
        }
        return MailFiles.pasted(text);
    }
}
