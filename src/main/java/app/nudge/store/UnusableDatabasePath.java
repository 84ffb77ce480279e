package app.nudge.store;

import app.nudge.common.UserFacing;

/**
 * A database location that cannot be used as it is named: a character H2 would read as part of its
 * connection settings, a folder where a file is needed, a name too long for the file system. Its
 * message is one line for the user; the command line answers it as bad input (exit 2).
 */
public final class UnusableDatabasePath extends IllegalArgumentException implements UserFacing {

    private static final long serialVersionUID = 1L;

    public UnusableDatabasePath(String message) {
        super(message);
    }

    @Override
    public String userMessage() {
        return getMessage();
    }
}
