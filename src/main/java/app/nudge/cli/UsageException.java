package app.nudge.cli;

/** Bad command-line input: exit code 2, the message names the option or field. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
