package app.nudge.app;

import app.nudge.mail.MailFiles;
import app.nudge.mail.UnreadableMessageException;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.ReadingContext;
import app.nudge.replies.ReplyProposer;
import app.nudge.replies.ReplyReading;
import app.nudge.ui.replies.EmailFileChooser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Where replies come from: the email-file reader (MailFiles::read),
 * the proposer, the open dialog and the thread that reads and proposes. Tests pass their own.
 */
public record ReplyInputs(Function<Path, IncomingMessage> reader, ReplyProposer proposer,
                          EmailFileChooser chooser, Executor background) {

    /** The app's: the standard reading, dated "today" by the app's clock at each message. */
    public static ReplyInputs standard(Clock clock, Locale locale) {
        // One reader per day, so that a folder's messages share its index of the applications.
        AtomicReference<ReplyReading> today = new AtomicReference<>();
        ReplyProposer reading = (message, all) -> today.updateAndGet(current -> current != null
                && current.context().today().equals(LocalDate.now(clock)) ? current
                : new ReplyReading(new ReadingContext(LocalDate.now(clock), clock.getZone(), locale)))
                .propose(message, all);
        Function<Path, IncomingMessage> reader = path -> {
            try {
                return MailFiles.read(path);
            } catch (UnreadableMessageException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
        return new ReplyInputs(reader, reading, EmailFileChooser.system(),
                job -> Thread.ofPlatform().daemon().name("nudge-replies").start(job));
    }
}
