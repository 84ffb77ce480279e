package app.nudge.mail.imap;

import app.nudge.common.UserFacing;

/**
 * Why reading the inbox failed, in one line written for the user. The text never holds the
 * password (it is never given to this class) nor the server's raw answer (which may echo what was sent).
 */
public final class InboxProblem extends RuntimeException implements UserFacing {

    /** What kind of failure, so the command line picks its exit code and the watch its status. */
    public enum Kind {
        /** The address itself cannot be used (bad form, plain imap:// to another computer, a password in it). */
        BAD_ADDRESS,
        /** The server answered but refused the user name and password. */
        LOGIN_REFUSED,
        /** No connection could be made (unknown host, refused, timed out). */
        UNREACHABLE,
        /** The server's TLS certificate is not trusted or does not name the host. */
        UNTRUSTED,
        /** The folder does not exist on the server. */
        NO_FOLDER,
        /** The connection went away while reading. */
        LOST
    }

    private final Kind kind;

    public InboxProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public InboxProblem(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
