package app.nudge.store;

import app.nudge.common.UserFacing;

/**
 * A database problem the user can act on: missing, already open, damaged, too new. The message
 * says what happened and what to do, in plain words.
 */
public class StoreException extends RuntimeException implements UserFacing {

    private static final long serialVersionUID = 1L;

    /** What kind of problem, so the UI and the command line can offer the right way out. */
    public enum Kind {
        MISSING, IN_USE, DAMAGED, TOO_NEW, FAILED,
        /** The file or its folder cannot be written: a command that writes refuses before writing. */
        READ_ONLY,
        /** The server cannot be reached (down, no network): worth retrying; nothing was changed. */
        OFFLINE,
        /** The server asks for a password that neither ~/.pgpass nor PGPASSWORD gave (or refused it). */
        NEEDS_PASSWORD
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    @Override
    public String userMessage() {
        return getMessage();
    }

    public Kind kind() {
        return kind;
    }
}
