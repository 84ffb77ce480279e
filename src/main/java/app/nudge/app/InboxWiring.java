package app.nudge.app;

import app.nudge.i18n.Texts;
import app.nudge.mail.imap.CredentialStore;
import app.nudge.mail.imap.InboxAddress;
import app.nudge.mail.imap.InboxStatus;
import app.nudge.mail.imap.InboxWatch;
import app.nudge.replies.IncomingMessage;
import app.nudge.schedule.Ticker;
import app.nudge.settings.InboxSettings;
import app.nudge.ui.settings.InboxConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The watched inbox in the running app: one credential store for the settings dialog and the watch,
 * and one watch that follows the settings (started when turned on, restarted when its address or
 * period changes, closed when turned off and when the app ends). It never records anything: each
 * batch of new messages goes to {@code offer} (the board's replies waiting for review) and each
 * check's failure to {@code problem}.
 */
final class InboxWiring implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InboxWiring.class.getName());

    /** Makes the watch of an address; tests pass one over a fake reader. */
    interface WatchFactory {
        InboxWatch watch(InboxAddress address, CredentialStore credentials);
    }

    private final WatchFactory watches;
    private final Consumer<List<IncomingMessage>> offer;
    private final Consumer<String> problem;
    private final Supplier<CredentialStore> makeCredentials;
    private final Executor background;
    /** Made on first need only: asking the system's store may load native code or show an unlock prompt. */
    private CompletableFuture<CredentialStore> credentials;
    private final InboxConnection connection;
    private InboxWatch watch;
    private InboxSettings applied = InboxSettings.defaults();

    /**
     * @param credentials makes the credential store, once, on {@code background} and only when the
     *                    inbox is first used: the OS store's trial may take seconds, and the JavaFX
     *                    thread must never wait for it
     */
    InboxWiring(Supplier<CredentialStore> credentials, Executor background, WatchFactory watches,
                Consumer<List<IncomingMessage>> offer, Consumer<String> problem) {
        this.makeCredentials = Objects.requireNonNull(credentials, "credentials");
        this.background = Objects.requireNonNull(background, "background");
        this.watches = Objects.requireNonNull(watches, "watches");
        this.offer = Objects.requireNonNull(offer, "offer");
        this.problem = Objects.requireNonNull(problem, "problem");
        // The settings dialog's calls run on the background thread, where waiting for the store is fine.
        this.connection = InboxConnection.standard(() -> credentials().join(), background);
    }

    /** The app's: the OS credential store, watches over the real server, remembered in {@code dataFolder}. */
    static InboxWiring standard(Path dataFolder, Ticker ticker, Clock clock, Consumer<List<IncomingMessage>> offer,
                                Consumer<String> problem) {
        Executor background = job -> Thread.ofPlatform().daemon().name("nudge-inbox-setup").start(job);
        return new InboxWiring(CredentialStore::forThisComputer, background,
                (address, store) -> InboxWatch.create(address, store, dataFolder, ticker, clock), offer, problem);
    }

    /** What the settings dialog uses to test a connection and keep the password: the same store. */
    InboxConnection connection() {
        return connection;
    }

    /**
     * Follows the settings: nothing changes when the inbox part is the same; otherwise the old watch
     * (if any) closes and, when watching is on and the address reads, a new one starts. Any thread.
     */
    synchronized void apply(InboxSettings settings) {
        if (settings.equals(applied)) {
            return;
        }
        applied = settings;
        closeWatch();
        if (!settings.watched()) {
            return;
        }
        InboxAddress address;
        try {
            address = InboxAddress.parse(settings.address());
        } catch (RuntimeException e) {
            problem.accept(Texts.t("app.inboxProblem", "reason", e.getMessage()));
            return;
        }
        credentials().thenRun(() -> startWatch(settings, address));
    }

    private synchronized CompletableFuture<CredentialStore> credentials() {
        if (credentials == null) {
            credentials = CompletableFuture.supplyAsync(makeCredentials, background);
        }
        return credentials;
    }

    private synchronized void startWatch(InboxSettings settings, InboxAddress address) {
        if (!settings.equals(applied) || watch != null) {
            return; // the settings changed again meanwhile
        }
        InboxWatch started = watches.watch(address, credentials().join()); // complete: this runs after it
        started.onMessages(offer);
        started.onStatus(this::report);
        started.start(Duration.ofMinutes(settings.pollMinutes()));
        watch = started;
        started.checkNow(); // the first look at once, not after a whole period
    }

    private void report(InboxStatus status) {
        status.error().ifPresent(reason -> problem.accept(Texts.t("app.inboxProblem", "reason", reason)));
    }

    /** "Check the inbox now": the outcome, or a finished future saying the inbox is not watched. */
    synchronized CompletableFuture<InboxStatus> checkNow() {
        if (watch == null) {
            return CompletableFuture.completedFuture(InboxStatus.notYetChecked());
        }
        return watch.checkNow();
    }

    synchronized boolean watching() {
        return watch != null;
    }

    private void closeWatch() {
        if (watch != null) {
            try {
                watch.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing the inbox watch", e);
            }
            watch = null;
        }
    }

    @Override
    public synchronized void close() {
        applied = InboxSettings.defaults();
        closeWatch();
    }
}
