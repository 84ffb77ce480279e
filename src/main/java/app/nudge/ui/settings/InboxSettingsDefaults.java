package app.nudge.ui.settings;

import app.nudge.mail.imap.CredentialStore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The settings dialog's inbox connection when the app passes none: one credential store per run,
 * found on first use on a daemon thread (the OS store's trial may take seconds, or fail: then memory).
 * The app's wiring should pass the same CredentialStore its InboxWatch uses.
 */
final class InboxSettingsDefaults {

    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "nudge-inbox-settings");
        thread.setDaemon(true);
        return thread;
    });
    private static CredentialStore credentials;

    private InboxSettingsDefaults() {
    }

    static InboxConnection connection() {
        return InboxConnection.standard(InboxSettingsDefaults::credentials, BACKGROUND);
    }

    private static synchronized CredentialStore credentials() {
        if (credentials == null) {
            credentials = CredentialStore.forThisComputer();
        }
        return credentials;
    }
}
