package app.nudge.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file, in a few words, for a message that names the file itself (the
 * general failure-to-line rules are {@link app.nudge.common.ErrorMessages}).
 */
final class CliMessages {

    private CliMessages() {
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
            what = "it could not be read or written (the details are in Nudge's log)";
        }
        return what;
    }

}
