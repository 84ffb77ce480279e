package app.nudge.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/**
 * One line for the user from a failure: the file and what went wrong in words, never an exception
 * class, an H2 error code or an SQL statement (which a database message may carry).
 */
final class CliMessages {

    /** H2's "[90028-252]" error code and version. */
    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[\\d{5}-\\d+\\]");
    /** H2's "; SQL statement:" tail, up to the closing bracket of our own message or the end. */
    private static final Pattern SQL = Pattern.compile("\\s*\\(\\s*SQL statement:[^)]*\\)|;?\\s*SQL statement:[^)]*");
    /** A qualified class name followed by a colon: "java.io.IOException: ". */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error): ?");

    private CliMessages() {
    }

    /** A file failure in words: "/x/y.csv: permission denied". */
    static String of(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String what = reason(e);
        return file == null ? "could not read or write a file: " + what : file + ": " + what;
    }

    /** What went wrong with a file, in words, without naming it: "permission denied". */
    static String reason(IOException e) {
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "a folder that is not empty";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            what = f.getReason();
        } else {
            what = forUser(e.getMessage());
        }
        return what;
    }

    /** The message without codes, statements or class names; a plain word when nothing is left. */
    static String forUser(String message) {
        if (message == null || message.isBlank()) {
            return "no details (see the log)";
        }
        String text = H2_CODE.matcher(message).replaceAll("");
        text = SQL.matcher(text).replaceAll("");
        text = CLASS_NAME.matcher(text).replaceAll("");
        return text.strip();
    }
}
