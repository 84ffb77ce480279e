package app.nudge.common;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The one place that turns a failure into the line shown to the user, by the app and the command
 * line alike. Known failures ({@link UserFacing}, file problems) give one clear line naming the
 * field or file; anything else gives a plain generic sentence, and its full detail goes to the log.
 */
public final class ErrorMessages {

    /** Shown when a failure has no text written for the user. */
    public static String generic() {
        return Texts.t("common.error.generic");
    }

    private static final Logger LOG = Logger.getLogger(ErrorMessages.class.getName());

    /**
     * A last guard on texts that claim to be for the user but still carry a database's words: an H2
     * error code ("[23505-252]"), a statement, a Java class name or a stack frame.
     */
    private static final Pattern NOT_FOR_USERS = Pattern.compile(String.join("|",
            "\\[\\d{5}-\\d+]",                                       // H2's "[23505-252]"
            "(?i:SQL statement)",
            "\\b(?:SELECT|INSERT|UPDATE|DELETE|MERGE)\\b.*\\b(?:FROM|INTO|SET|WHERE|VALUES)\\b",
            "\\b(?:java|javax|javafx|org|com|app)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]",  // a qualified class name
            "\\b[A-Z]\\w*(?:Exception|Error)\\b",                      // a simple class name
            "\\bat [\\w.$]+\\("));                                      // a stack frame

    private ErrorMessages() {
    }

    /** The failure inside the wrappers that futures and executors add around it. */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof InvocationTargetException || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** One line for the user about {@code error}; the log gets the whole story when the line is generic. */
    public static String of(Throwable error) {
        if (error == null) {
            return generic();
        }
        Throwable cause = unwrap(error);
        String line = known(cause);
        if (line == null || line.isBlank() || NOT_FOR_USERS.matcher(line).find()) {
            LOG.log(Level.WARNING, "A failure shown to the user as the generic message", error);
            return generic();
        }
        return line.strip();
    }

    private static String known(Throwable cause) {
        if (cause instanceof UserFacing facing) {
            return facing.userMessage();
        }
        if (cause instanceof NoSuchFileException e) {
            return Texts.t("common.error.noFile", "file", e.getFile());
        }
        if (cause instanceof AccessDeniedException e) {
            return Texts.t("common.error.denied", "file", e.getFile());
        }
        if (cause instanceof FileAlreadyExistsException e) {
            return Texts.t("common.error.exists", "file", e.getFile());
        }
        if (cause instanceof FileSystemException e && e.getFile() != null) {
            return e.getReason() == null ? Texts.t("common.error.readWrite", "file", e.getFile())
                    : Texts.t("common.error.readWriteBecause", "file", e.getFile(), "reason", e.getReason());
        }
        if (cause instanceof IOException) {
            LOG.log(Level.WARNING, "A file problem shown to the user in general words", cause);
            return Texts.t("common.error.someFile");
        }
        return null;
    }
}
