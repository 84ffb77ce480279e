package app.nudge.mail;

/**
 * A message that cannot be read: the message is one line a user can act on, naming the file when
 * there is one (never an exception class). The cause, when kept, is for logs and for
 * {@link #connectionLost()}.
 */
public final class UnreadableMessageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableMessageException(String reason) {
        super(reason);
    }

    public UnreadableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /**
     * Whether reading failed because the mail server's folder or connection closed meanwhile
     * (Jakarta Mail's FolderClosedException / StoreClosedException), not because of the message:
     * the inbox reports that as a connection problem rather than a bad message.
     */
    public boolean connectionLost() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof jakarta.mail.FolderClosedException || t instanceof jakarta.mail.StoreClosedException) {
                return true;
            }
        }
        return false;
    }
}
