package app.nudge.replies;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mail written by a mail system, not by a person: bounces and delivery reports. Such a message is
 * never a reply and belongs to no application, even when it comes from the company's own mail
 * server (mailer-daemon@mail.acme.example would otherwise match Acme by its domain).
 */
final class SystemSenders {

    private SystemSenders() {
    }

    /** The mailbox names mail servers send from (RFC 5321 postmaster, the Unix mailer-daemon, bounce handlers). */
    private static final Pattern SYSTEM_MAILBOX = Pattern.compile(
            "^(mailer-daemon|mail-daemon|postmaster|bounces?|bounces?[-+.][^@]*|[^@]*[-+.]bounces?)@");

    /** The subjects mail servers give their reports, in the wordings of Postfix, Exchange, Gmail and Exim. */
    private static final Pattern SYSTEM_SUBJECT = Pattern.compile(
            "^(undeliverable|undelivered mail|delivery status notification|mail delivery (failed|failure|subsystem)"
                    + "|returned mail|delivery failure|failure notice|delivery has failed|message not delivered)\\b");

    static boolean isSystem(String fromAddress, String subject) {
        String address = fromAddress == null ? "" : fromAddress.strip().toLowerCase(Locale.ROOT);
        String flatSubject = subject == null ? "" : Flat.of(subject).strip();
        return SYSTEM_MAILBOX.matcher(address).find() || SYSTEM_SUBJECT.matcher(flatSubject).find();
    }
}
