package app.nudge.ui.settings;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
import app.nudge.mail.imap.CredentialStore;
import app.nudge.mail.imap.InboxAddress;
import app.nudge.mail.imap.InboxReader;
import app.nudge.mail.imap.MessageConverter;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the settings' inbox section does outside the view: test a connection and keep the password
 * in the credential store. Both run on {@code background} (never the JavaFX thread: a server or a
 * D-Bus secret service may take seconds to answer). Tests pass a fake.
 */
public interface InboxConnection {

    /** Connects, logs in and opens the folder read-only; completes with one line saying how it went. */
    CompletableFuture<String> test(InboxAddress address, Optional<String> typedPassword);

    /** Keeps the password for the address (in the OS credential store when there is one). */
    CompletableFuture<Void> keepPassword(InboxAddress address, String password);

    /**
     * A real server, with a password kept in memory for this view only and tested on a thread of its
     * own: for views built without the app's wiring (tests, a dialog shown on its own).
     */
    static InboxConnection forThisRun() {
        app.nudge.mail.imap.MemoryCredentialStore memory = new app.nudge.mail.imap.MemoryCredentialStore();
        return standard(() -> memory, job -> Thread.ofPlatform().daemon().name("nudge-inbox-test").start(job));
    }

    /** The real one: the app's credential store (found on first use, off the JavaFX thread) and a real server. */
    static InboxConnection standard(Supplier<CredentialStore> credentials, Executor background) {
        return new InboxConnection() {
            @Override
            public CompletableFuture<String> test(InboxAddress address, Optional<String> typedPassword) {
                return CompletableFuture.supplyAsync(() -> {
                    Optional<String> password = typedPassword.or(() -> credentials.get().password(address));
                    if (password.isEmpty()) {
                        return Texts.t("settings.inbox.passwordFirst", "user", address.user());
                    }
                    try {
                        new InboxReader(address, Optional.empty(), MessageConverter.STANDARD).check(password.get());
                        return Texts.t("settings.inbox.connected", "folder", address.folder(), "host", address.host());
                    } catch (RuntimeException e) {
                        return ErrorMessages.of(e);
                    }
                }, background);
            }

            @Override
            public CompletableFuture<Void> keepPassword(InboxAddress address, String password) {
                return CompletableFuture.runAsync(() -> credentials.get().save(address, password), background);
            }
        };
    }
}
