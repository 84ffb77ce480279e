/**
 * Reading one IMAP folder, read-only (issue 15, "Watch the inbox"): {@link app.nudge.mail.imap.InboxAddress}
 * (imaps only, plain imap to this computer), {@link app.nudge.mail.imap.InboxReader} (EXAMINE, BODY.PEEK,
 * timeouts, --cafile trust, one-line {@link app.nudge.mail.imap.InboxProblem}s),
 * {@link app.nudge.mail.imap.InboxWatch} (periodic and on-demand checks on its own thread, each message
 * handed over once) and {@link app.nudge.mail.imap.CredentialStore} (the OS store, else memory). No
 * JavaFX, no SQL; nothing here records anything.
 */
package app.nudge.mail.imap;
