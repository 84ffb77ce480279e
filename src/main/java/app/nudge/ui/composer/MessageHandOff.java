package app.nudge.ui.composer;

import app.nudge.compose.HtmlDraft;
import app.nudge.compose.Mailto;
import app.nudge.i18n.Texts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands the message over to where it is sent from: the clipboard (plain text and HTML) or the
 * mail app. Each says in the status line what it did; a mail app that cannot take the message
 * gets it copied instead.
 */
final class MessageHandOff {

    private final ClipboardPort clipboard;
    private final MailLauncher mail;
    private final Executor uiExecutor;
    private final Consumer<String> status;

    MessageHandOff(ClipboardPort clipboard, MailLauncher mail, Executor uiExecutor, Consumer<String> status) {
        this.clipboard = clipboard;
        this.mail = mail;
        this.uiExecutor = uiExecutor;
        this.status = status;
    }

    void copySubject(String subject) {
        clipboard.put(subject, null);
        status.accept(Texts.t("composer.copied.subject"));
    }

    void copyBody(String body) {
        clipboard.put(body, HtmlDraft.toHtml(body));
        status.accept(Texts.t("composer.copied.body"));
    }

    /** Subject and body together, as plain text and as HTML. */
    void copyAll(String subject, String body) {
        String label = Texts.t("composer.copyAll.subject");
        String plain = label + " " + subject + "\n\n" + body;
        clipboard.put(plain, "<p><b>" + HtmlDraft.toHtml(label).replaceAll("</?p>", "") + "</b> "
                + HtmlDraft.toHtml(subject).replaceAll("</?p>", "") + "</p>" + HtmlDraft.toHtml(body));
        status.accept(Texts.t("composer.copied.all"));
    }

    /** Completes on the JavaFX thread once the status line says how it went. */
    CompletableFuture<Void> openInMailApp(String address, String subject, String body) {
        String uri = Mailto.build(address, subject, body);
        return mail.open(uri).toCompletableFuture().handleAsync((outcome, error) -> {
            if (error == null && outcome.ok()) {
                status.accept(Texts.t("composer.mail.opened"));
            } else {
                copyAll(subject, body);
                status.accept(ComposerTexts.mailFailed(error == null ? outcome.problem() : Texts.t("composer.mail.didNotStart")));
            }
            return null;
        }, uiExecutor);
    }
}
