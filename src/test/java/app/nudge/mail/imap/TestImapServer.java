package app.nudge.mail.imap;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** A real IMAP server (GreenMail) in the test JVM, on a free port, with one user and a filled INBOX. */
public final class TestImapServer implements AutoCloseable {

    public static final String USER = "jane@example.com";
    public static final String PASSWORD = "correct horse battery";

    private final GreenMail greenMail;
    private final GreenMailUser user;
    private final ServerSetup setup;

    private TestImapServer(ServerSetup setup) {
        ServerSetup dynamic = setup.dynamicPort();
        dynamic.setServerStartupTimeout(20_000); // two cores shared by several builds: GreenMail's 2 s is too tight
        this.greenMail = new GreenMail(dynamic);
        greenMail.start();
        this.setup = greenMail.getImap() != null ? greenMail.getImap().getServerSetup() : greenMail.getImaps().getServerSetup();
        this.user = greenMail.setUser(USER, USER, PASSWORD);
    }

    public static TestImapServer plain() {
        return new TestImapServer(ServerSetupTest.IMAP);
    }

    public static TestImapServer tls() {
        return new TestImapServer(ServerSetupTest.IMAPS);
    }

    public int port() {
        return setup.getPort();
    }

    /** The address of the INBOX as a user types it (the user's '@' percent-encoded). */
    public InboxAddress address(String host) {
        return InboxAddress.parse((setup.isSecure() ? "imaps" : "imap") + "://jane%40example.com@" + host + ":" + port() + "/INBOX");
    }

    MailFolder inbox() throws Exception {
        return greenMail.getManagers().getImapHostManager().getInbox(user);
    }

    /** Puts a message in the INBOX as received at {@code received}; {@code sent} null: no Date header. */
    public long put(String subject, String body, Instant sent, Instant received, Flags flags) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("recruiter@acme.example", "Rita Recruiter"));
        message.setSubject(subject);
        message.setText(body, "UTF-8");
        if (sent != null) {
            message.setSentDate(Date.from(sent));
        }
        message.saveChanges();
        if (sent == null) {
            message.removeHeader("Date");
        }
        return inbox().appendMessage(message, flags, Date.from(received));
    }

    /** Every message's flags by UID, exactly as the server keeps them. */
    public Map<Long, Flags> flagsByUid() throws Exception {
        Map<Long, Flags> flags = new LinkedHashMap<>();
        for (StoredMessage stored : inbox().getMessages()) {
            flags.put(stored.getUid(), new Flags(stored.getFlags()));
        }
        return flags;
    }

    public void stop() {
        greenMail.stop();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
