package app.nudge.cli;

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
            throw new UnreadableMessageException("standard input cannot be read (" + CliMessages.reason(e) + ")", e);
        }
        if (bytes.length > MailFiles.MAX_BYTES) {
            throw new UnreadableMessageException("standard input is over 25 MB, too big to be a reply");
        }
        String text = MailFiles.pastedText(bytes);
        if (text.isBlank()) {
            throw new UnreadableMessageException("standard input is empty: paste the reply's text, or give a file");
        }
        return MailFiles.pasted(text);
    }
}
