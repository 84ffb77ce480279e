package app.nudge.mail.imap;

import app.nudge.common.Causes;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * Turns what Jakarta Mail throws into one {@link InboxProblem} line. The server's own words are
 * never shown: an answer to a failed login may repeat what the client sent.
 */
final class InboxFailures {

    private InboxFailures() {
    }

    /** A failure while connecting and logging in. */
    static InboxProblem whileConnecting(Exception e, InboxAddress address) {
        String server = address.host() + ":" + address.port();
        if (e instanceof AuthenticationFailedException) {
            return new InboxProblem(InboxProblem.Kind.LOGIN_REFUSED, "The server refused the login for " + address.user()
                    + " at " + address.host() + " (check the user name and password)");
        }
        if (has(e, CertificateException.class) || has(e, SSLException.class) || mentions(e, "verify identity")) {
            return new InboxProblem(InboxProblem.Kind.UNTRUSTED, "The TLS certificate of " + server + " is not trusted"
                    + " or does not name " + address.host() + "; for a server with its own certificate, give that"
                    + " certificate (nudge inbox --cafile PEM)", e);
        }
        String why = has(e, UnknownHostException.class) ? "no such host"
                : has(e, ConnectException.class) ? "the connection was refused"
                : has(e, SocketTimeoutException.class) ? "it did not answer in time"
                : has(e, NoRouteToHostException.class) ? "no route to it" : "no connection could be made";
        return new InboxProblem(InboxProblem.Kind.UNREACHABLE, "Cannot reach the mail server " + server + " for "
                + address + ": " + why, e);
    }

    /** A failure once logged in: the folder is missing, or the connection went away. */
    static InboxProblem whileReading(Exception e, InboxAddress address) {
        if (e instanceof FolderNotFoundException) {
            return noFolder(address);
        }
        return new InboxProblem(InboxProblem.Kind.LOST, "The connection to " + address.host() + " was lost while reading "
                + address.folder() + "; nothing was taken from this check", e);
    }

    static InboxProblem noFolder(InboxAddress address) {
        return new InboxProblem(InboxProblem.Kind.NO_FOLDER, "The folder '" + address.folder() + "' does not exist at "
                + address.host() + " for " + address.user());
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return Causes.has(e, type);
    }

    private static boolean mentions(Throwable e, String words) {
        return Causes.anyMatch(e, t -> t.getMessage() != null
                && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(words));
    }
}
