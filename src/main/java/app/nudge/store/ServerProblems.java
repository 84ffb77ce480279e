package app.nudge.store;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgreSQL's failures in our own words, chosen from the SQLSTATE class alone (the server's own
 * text can carry statements and names); the whole failure goes to the log. The twin of
 * {@link H2Problems} for a server.
 */
final class ServerProblems {

    private static final Logger LOG = Logger.getLogger(ServerProblems.class.getName());

    private ServerProblems() {
    }

    /** The SQLSTATE of the first {@link SQLException} in {@code e}'s causes, or "" without one. */
    static String state(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** Whether the failure means the server could not be reached or the link broke (worth a retry). */
    static boolean isOffline(Throwable e) {
        String state = state(e);
        return state.startsWith("08") && !state.equals(NO_PASSWORD_GIVEN) || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || (state.isEmpty() && hasCause(e, java.io.IOException.class));
    }

    /** Whether the server refused the user or asked for a password it did not get. */
    static boolean isPasswordProblem(Throwable e) {
        String state = state(e);
        return state.equals("28P01") || state.equals("28000") || state.equals(NO_PASSWORD_GIVEN);
    }

    /**
     * pgjdbc's "the server requested (SCRAM-based) password authentication, but no password was
     * provided" (no ~/.pgpass line, no PGPASSWORD): a password to ask for, not an unreachable server.
     */
    private static final String NO_PASSWORD_GIVEN = "08004";

    private static boolean hasCause(Throwable e, Class<?> kind) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A few words for a sentence ("the server cannot be reached"), and the failure logged under {@code doing}. */
    static String words(String doing, Throwable e) {
        String state = state(e);
        LOG.log(Level.WARNING, "Failed " + doing + " (SQLSTATE " + state + ")", e);
        if (isOffline(e)) {
            return "the server cannot be reached";
        }
        if (isPasswordProblem(e)) {
            return "the server did not accept the user name or password";
        }
        return switch (state.length() >= 2 ? state.substring(0, 2) : "") {
            case "3D" -> "the database does not exist on the server";
            case "42" -> state.equals("42501") ? "the server's user may not read or change this schema"
                    : "the schema is not one this version of Nudge can use";
            case "40" -> "another computer was changing the same data at that moment";
            case "53" -> "the server is out of space or memory";
            case "22", "23" -> "a value was refused by the server";
            case "25" -> "the server allows only reading";
            default -> "an unexpected server error, recorded in Nudge's log";
        };
    }
}
