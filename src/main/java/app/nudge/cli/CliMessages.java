package app.nudge.cli;

import app.nudge.common.FileReasons;
import java.io.IOException;

/**
 * What went wrong with a file, in a few words, for a message that names the file itself (the
 * general failure-to-line rules are {@link app.nudge.common.ErrorMessages}).
 */
final class CliMessages {

    private CliMessages() {
    }

    /** What went wrong with a file, in words, without naming it: "permission denied". */
    static String reason(IOException e) {
        return FileReasons.of(e);
    }
}
