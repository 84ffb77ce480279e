package app.nudge.mail.imap;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OS credential store (Windows Credential Manager, macOS Keychain, the Secret Service on Linux)
 * through java-keyring. Opened only after a trial read works: on a Linux box without a D-Bus
 * secret service, or headless, the library fails in many ways (exceptions, linkage errors, a call
 * that never returns), and every one of them means "use memory instead", never a crash.
 */
final class KeyringCredentialStore implements CredentialStore {

    private static final Logger LOG = Logger.getLogger(KeyringCredentialStore.class.getName());
    /** A secret service that never answers must not hold up the start of the app. */
    private static final long TRIAL_SECONDS = 5;

    private final Keyring keyring;

    private KeyringCredentialStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The OS store when a trial read answers in time; empty otherwise (the reason is logged, once). */
    static Optional<KeyringCredentialStore> tryOpen() {
        CompletableFuture<Optional<KeyringCredentialStore>> trial = CompletableFuture.supplyAsync(() -> {
            try {
                Keyring keyring = Keyring.create();
                try {
                    keyring.getPassword("Nudge inbox", "nudge-trial");
                } catch (PasswordAccessException notFound) {
                    // the store answered: a missing entry is the expected answer
                }
                return Optional.of(new KeyringCredentialStore(keyring));
            } catch (Exception | LinkageError e) {
                LOG.log(Level.INFO, "No usable OS credential store; inbox passwords are kept for this run only: {0}",
                        e.getClass().getSimpleName());
                return Optional.empty();
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "credential store trial");
            thread.setDaemon(true); // a call that never returns must not keep the JVM alive
            thread.start();
        });
        try {
            return trial.get(TRIAL_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.info("The OS credential store did not answer; inbox passwords are kept for this run only");
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> password(InboxAddress address) {
        try {
            return Optional.ofNullable(keyring.getPassword(CredentialStore.service(address), address.user()));
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            return Optional.empty(); // none kept, or the store stopped answering: the user is asked
        }
    }

    @Override
    public void save(InboxAddress address, String password) {
        try {
            keyring.setPassword(CredentialStore.service(address), address.user(), password);
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            // Not kept: the user is asked next time. Only the kind of failure is logged, never its text.
            LOG.warning("The OS credential store did not keep the inbox password (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void forget(InboxAddress address) {
        try {
            keyring.deletePassword(CredentialStore.service(address), address.user());
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            // nothing was kept, or the store is gone: either way nothing is left to forget here
        }
    }

    @Override
    public boolean survivesRestart() {
        return true;
    }
}
