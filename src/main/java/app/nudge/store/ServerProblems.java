package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.common.Causes;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgreSQL's failures in our own words, chosen from the SQLSTATE class alone (the server's own
 * text can carry statements and names); the whole failure goes to the log. The twin of
 * {@link H2Problems} for a server.
 */
final class ServerProblems {

    private static final Logger LOG = Logger.getLogger(ServerProblems.class.getName());
    /** SQLSTATE 08004: the server (or the driver for it) rejected the connection. */
    private static final String REJECTED = "08004";

    private ServerProblems() {
    }

    /** The SQLSTATE of the first {@link SQLException} in {@code e}'s causes, or "" without one. */
    static String state(Throwable e) {
        return Causes.first(e, t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(t -> ((SQLException) t).getSQLState()).orElse("");
    }

    /** Whether the failure means the server could not be reached or the link broke (worth a retry). */
    static boolean isOffline(Throwable e) {
        String state = state(e);
        if (state.equals(REJECTED)) {
            return false; // the server answered and refused: trying again will not help
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || (state.isEmpty() && Causes.has(e, java.io.IOException.class));
    }

    /** Whether the server refused the user or asked for a password it did not get. */
    static boolean isPasswordProblem(Throwable e) {
        String state = state(e);
        return state.equals("28P01") || state.equals("28000") || (state.equals(REJECTED) && refusedWhileAskingForPassword(e));
    }

    /** Whether the server asked for a password and none was found (no ~/.pgpass entry, no PGPASSWORD, none typed). */
    static boolean isMissingPassword(Throwable e) {
        return state(e).equals(REJECTED) && refusedWhileAskingForPassword(e);
    }

    /**
     * pgjdbc refuses to connect with 08004 when the server asks for a password and none was given
     * (no ~/.pgpass entry, no PGPASSWORD, none typed): the commonest case of all for a password asked
     * at connect time. 08004 has other causes (sslmode=require and a server without TLS, an unknown
     * authentication type), and the driver's text cannot tell them apart: it is translated to the
     * JVM's language (Russian, for one, translates the SCRAM one). Where the refusal was raised does:
     * only the driver's password request ({@code AuthenticationPluginManager.withPassword}, whose
     * callback throws when the password is null) is on the stack. Inside it, the other 08004s need
     * a password already given and options Nudge does not pass (channelBinding).
     */
    private static boolean refusedWhileAskingForPassword(Throwable e) {
        return Causes.anyMatch(e, t -> t instanceof SQLException sql && REJECTED.equals(sql.getSQLState())
                && Arrays.stream(t.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith("org.postgresql.")
                        && frame.getClassName().endsWith(".AuthenticationPluginManager")));
    }

    /** A few words for a sentence ("the server cannot be reached"), and the failure logged under {@code doing}. */
    static String words(String doing, Throwable e) {
        String state = state(e);
        LOG.log(Level.WARNING, "Failed " + doing + " (SQLSTATE " + state + ")", e);
        if (isOffline(e)) {
            return Texts.t("store.serverWhy.unreachable");
        }
        if (isPasswordProblem(e)) {
            return Texts.t("store.serverWhy.login");
        }
        if (state.equals(REJECTED)) {
            return Texts.t("store.serverWhy.rejected");
        }
        return switch (state.length() >= 2 ? state.substring(0, 2) : "") {
            case "3D" -> Texts.t("store.serverWhy.noDatabase");
            case "42" -> state.equals("42501") ? Texts.t("store.serverWhy.notAllowed")
                    : Texts.t("store.serverWhy.schema");
            case "40" -> Texts.t("store.serverWhy.conflict");
            case "53" -> Texts.t("store.serverWhy.space");
            case "22", "23" -> Texts.t("store.serverWhy.value");
            case "25" -> Texts.t("store.serverWhy.readOnly");
            default -> Texts.t("store.serverWhy.unexpected");
        };
    }

    /** Whether the server's name could not be looked up (a typo, or no network at all). */
    static boolean nameNotFound(Throwable e) {
        return Causes.has(e, java.net.UnknownHostException.class);
    }
}
