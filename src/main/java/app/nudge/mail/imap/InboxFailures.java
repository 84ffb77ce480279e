package app.nudge.mail.imap;

import app.nudge.i18n.Texts;
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
            return new InboxProblem(InboxProblem.Kind.LOGIN_REFUSED, Texts.t("inbox.loginRefused",
                    "user", address.user(), "host", address.host()));
        }
        if (has(e, CertificateException.class) || has(e, SSLException.class) || mentions(e, "verify identity")) {
            return new InboxProblem(InboxProblem.Kind.UNTRUSTED, Texts.t("inbox.untrusted", "server", server,
                    "host", address.host()), e);
        }
        String why = Texts.t(has(e, UnknownHostException.class) ? "inbox.why.noHost"
                : has(e, ConnectException.class) ? "inbox.why.refused"
                : has(e, SocketTimeoutException.class) ? "inbox.why.timeout"
                : has(e, NoRouteToHostException.class) ? "inbox.why.noRoute" : "inbox.why.noConnection");
        return new InboxProblem(InboxProblem.Kind.UNREACHABLE, Texts.t("inbox.unreachable", "server", server,
                "address", address, "reason", why), e);
    }

    /** A failure once logged in: the folder is missing, or the connection went away. */
    static InboxProblem whileReading(Exception e, InboxAddress address) {
        if (e instanceof FolderNotFoundException) {
            return noFolder(address);
        }
        return new InboxProblem(InboxProblem.Kind.LOST, Texts.t("inbox.lost", "host", address.host(),
                "folder", address.folder()), e);
    }

    static InboxProblem noFolder(InboxAddress address) {
        return new InboxProblem(InboxProblem.Kind.NO_FOLDER, Texts.t("inbox.noFolder", "folder", address.folder(),
                "host", address.host(), "user", address.user()));
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return Causes.has(e, type);
    }

    private static boolean mentions(Throwable e, String words) {
        return Causes.anyMatch(e, t -> t.getMessage() != null
                && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(words));
    }
}
