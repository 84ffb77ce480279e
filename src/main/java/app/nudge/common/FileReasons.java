package app.nudge.common;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What went wrong with a file, in a few words, for a message that names the file itself. Never the
 * exception's own message: for most file exceptions that is only the path again, or a class name.
 */
public final class FileReasons {

    private static final Logger LOG = Logger.getLogger(FileReasons.class.getName());

    private FileReasons() {
    }

    /** Texts.t("common.file.denied"), Texts.t("common.file.missing")...; the exception itself goes to the log. */
    public static String of(IOException e) {
        LOG.log(Level.FINE, "A file problem, shown in words", e);
        if (e instanceof NoSuchFileException) {
            return Texts.t("common.file.missing");
        }
        if (e instanceof AccessDeniedException) {
            return Texts.t("common.file.denied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Texts.t("common.file.exists");
        }
        if (e instanceof NotDirectoryException) {
            return Texts.t("common.file.notFolder");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Texts.t("common.file.notEmpty");
        }
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            // The operating system's own words ("Read-only file system", "No space left on device").
            return TerminalText.oneLine(f.getReason());
        }
        LOG.log(Level.WARNING, "A file problem shown to the user in general words", e);
        return Texts.t("common.file.other");
    }
}
