package app.nudge.mail.imap;

import app.nudge.i18n.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One IMAP folder: {@code imaps://USER@HOST[:PORT]/FOLDER}. TLS always, except plain
 * {@code imap://} to this computer (a local bridge such as Proton's or a test server), because a
 * password sent in clear over a network can be read by anyone on it. The address never holds the
 * password: that lives in the {@link CredentialStore}.
 *
 * @param secure whether the connection is TLS from the start ({@code imaps})
 */
public record InboxAddress(boolean secure, String user, String host, int port, String folder) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1");

    public InboxAddress {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(folder, "folder");
    }

    /** Parses what the user typed; a one-line {@link InboxProblem} (BAD_ADDRESS) naming it otherwise. */
    public static InboxAddress parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw bad(text, Texts.t("inbox.address.form"));
        }
        int scheme = text.indexOf("://");
        String protocol = scheme < 0 ? "" : text.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!protocol.equals("imaps") && !protocol.equals("imap")) {
            throw bad(text, Texts.t("inbox.address.scheme"));
        }
        int authorityEnd = text.indexOf('/', scheme + 3);
        String authority = authorityEnd < 0 ? text.substring(scheme + 3) : text.substring(scheme + 3, authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at <= 0) {
            throw bad(text, Texts.t("inbox.address.noUser"));
        }
        if (authority.substring(0, at).contains(":")) {
            // Said without repeating the text: it holds the password.
            throw new InboxProblem(InboxProblem.Kind.BAD_ADDRESS, Texts.t("inbox.address.password",
                    "address", protocol + "://" + "…@" + authority.substring(at + 1)));
        }
        // A user name that is an email address may be typed as it is: every '@' before the last
        // one belongs to the user (imaps://jane@example.com@imap.example.com/INBOX).
        String rest = authority.substring(0, at).replace("@", "%40") + text.substring(scheme + 3 + at);
        URI uri;
        try {
            uri = new URI(protocol + "://" + rest);
        } catch (URISyntaxException e) {
            throw bad(text, Texts.t("inbox.address.invalid", "reason", e.getReason()));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw bad(text, Texts.t("inbox.address.noServer"));
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1); // an IPv6 literal; toString puts the brackets back
        }
        String user = decode(text, uri.getRawUserInfo());
        if (user.isBlank()) {
            throw bad(text, Texts.t("inbox.address.noUser"));
        }
        boolean secure = protocol.equals("imaps");
        if (!secure && !LOCAL_HOSTS.contains(host)) {
            throw bad(text, Texts.t("inbox.address.plain"));
        }
        int port = uri.getPort() < 0 ? (secure ? 993 : 143) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw bad(text, Texts.t("inbox.address.port"));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw bad(text, Texts.t("inbox.address.query"));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String folder = decode(text, path.startsWith("/") ? path.substring(1) : path);
        if (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return new InboxAddress(secure, user, host, port, folder.isBlank() ? "INBOX" : folder);
    }

    public boolean isLocal() {
        return LOCAL_HOSTS.contains(host);
    }

    /** The address as the user would type it again (the user's '@' encoded). */
    @Override
    public String toString() {
        boolean defaultPort = port == (secure ? 993 : 143);
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return (secure ? "imaps" : "imap") + "://" + user.replace("%", "%25").replace("@", "%40") + "@" + hostPart
                + (defaultPort ? "" : ":" + port) + "/" + folder;
    }

    /** A key for remembering things about this folder (messages delivered, the password). */
    public String accountKey() {
        return user + "@" + host + ":" + port;
    }

    private static String decode(String typed, String raw) {
        if (raw == null) {
            return "";
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(typed, Texts.t("inbox.address.escape"));
        }
    }

    private static InboxProblem bad(String typed, String why) {
        return new InboxProblem(InboxProblem.Kind.BAD_ADDRESS, Texts.t("inbox.address.bad", "address", typed, "reason", why));
    }
}
