package app.nudge.mail.imap;

import app.nudge.i18n.Texts;
import app.nudge.common.ErrorMessages;
import app.nudge.replies.IncomingMessage;
import app.nudge.schedule.Ticker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches one IMAP folder: checks every few minutes (the {@link Ticker}, so tests move time by hand)
 * and on demand, on its own thread (never the JavaFX thread, never the database thread), and hands
 * each message not handed over before to the message listeners, once. It records nothing: the app
 * shows the messages as proposals and the user decides.
 *
 * <p>A check is all or nothing: when the connection fails midway, nothing of that check is handed
 * over and nothing is remembered, so the next check takes every message again. Messages are
 * remembered only after the listeners took them: a crash in between proposes a message again (the
 * user can dismiss it) rather than losing it.
 *
 * <p>Listeners run on the watch's thread; a JavaFX view must move to its own thread itself.
 */
public final class InboxWatch implements AutoCloseable {

    /** The default period between checks. */
    public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(5);
    /** How far back the watch looks: replies older than this were surely seen by the user already. */
    public static final Duration LOOK_BACK = Duration.ofDays(14);

    private static final Logger LOG = Logger.getLogger(InboxWatch.class.getName());

    private final InboxReader reader;
    private final CredentialStore credentials;
    private final DeliveredMessages delivered;
    private final Ticker ticker;
    private final Executor pollThread;
    private final ExecutorService ownThread;
    private final Clock clock;
    private final List<Consumer<List<IncomingMessage>>> messageListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<InboxStatus>> statusListeners = new CopyOnWriteArrayList<>();

    private CompletableFuture<InboxStatus> inFlight;
    private AutoCloseable timer;
    private volatile InboxStatus status = InboxStatus.notYetChecked();

    /**
     * The app's watch of {@code address}: the standard reader (no extra certificate), delivered
     * messages remembered in the data folder's {@value DeliveredMessages#FILE_NAME}. Call
     * {@link #start} with the settings' period; {@link #close} when the watch is turned off or the app ends.
     */
    public static InboxWatch create(InboxAddress address, CredentialStore credentials, java.nio.file.Path dataFolder,
                                    Ticker ticker, Clock clock) {
        return new InboxWatch(new InboxReader(address, Optional.empty(), MessageConverter.STANDARD), credentials,
                new DeliveredMessages(dataFolder.resolve(DeliveredMessages.FILE_NAME), address), ticker, clock);
    }

    /** For the app: checks run on a thread of the watch's own. */
    public InboxWatch(InboxReader reader, CredentialStore credentials, DeliveredMessages delivered, Ticker ticker, Clock clock) {
        this(reader, credentials, delivered, ticker, clock, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "nudge-inbox");
            thread.setDaemon(true); // a server that hangs until its timeout must not keep the app from exiting
            return thread;
        }), true);
    }

    /** For tests: checks run on {@code pollThread} (a direct executor makes a check finish inside the call). */
    public InboxWatch(InboxReader reader, CredentialStore credentials, DeliveredMessages delivered, Ticker ticker,
                      Clock clock, Executor pollThread) {
        this(reader, credentials, delivered, ticker, clock, pollThread, false);
    }

    private InboxWatch(InboxReader reader, CredentialStore credentials, DeliveredMessages delivered, Ticker ticker,
                       Clock clock, Executor pollThread, boolean owned) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.delivered = Objects.requireNonNull(delivered, "delivered");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pollThread = Objects.requireNonNull(pollThread, "pollThread");
        this.ownThread = owned ? (ExecutorService) pollThread : null;
    }

    /** Called with each batch of new messages (never empty), on the watch's thread. */
    public void onMessages(Consumer<List<IncomingMessage>> listener) {
        messageListeners.add(Objects.requireNonNull(listener));
    }

    /** Called after every check with its outcome, on the watch's thread. */
    public void onStatus(Consumer<InboxStatus> listener) {
        statusListeners.add(Objects.requireNonNull(listener));
    }

    public InboxStatus status() {
        return status;
    }

    public InboxAddress address() {
        return reader.address();
    }

    /** Checks every {@code period} from now on (the first check comes after one period; call checkNow for one at once). */
    public synchronized void start(Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
        stopTimer();
        timer = ticker.every(period, this::checkNow);
    }

    /**
     * Checks now ("Check now"), unless a check is already running: then that check's outcome is
     * the answer. Never blocks the caller (unless the tests' direct executor was given).
     */
    public synchronized CompletableFuture<InboxStatus> checkNow() {
        if (inFlight != null && !inFlight.isDone()) {
            return inFlight;
        }
        CompletableFuture<InboxStatus> check = new CompletableFuture<>();
        inFlight = check;
        try {
            pollThread.execute(() -> check.complete(poll()));
        } catch (RuntimeException rejected) { // closed
            check.complete(status);
        }
        return check;
    }

    private InboxStatus poll() {
        InboxStatus outcome;
        try {
            Optional<String> password = credentials.password(reader.address());
            if (password.isEmpty()) {
                outcome = failed(Texts.t("inbox.noPassword", "user", reader.address().user(),
                        "host", reader.address().host()));
            } else {
                Instant since = clock.instant().minus(LOOK_BACK);
                InboxReader.Found found = reader.read(password.get(), since, key -> !delivered.contains(key));
                List<IncomingMessage> fresh = found.messages().stream().map(InboxMessage::message).toList();
                if (!fresh.isEmpty()) {
                    messageListeners.forEach(listener -> listener.accept(fresh));
                }
                remember(found);
                outcome = new InboxStatus(Optional.of(clock.instant()), Optional.empty(), fresh.size());
            }
        } catch (RuntimeException e) {
            outcome = failed(ErrorMessages.of(e));
        }
        status = outcome;
        InboxStatus told = outcome;
        statusListeners.forEach(listener -> {
            try {
                listener.accept(told);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An inbox status listener failed", e);
            }
        });
        return outcome;
    }

    private void remember(InboxReader.Found found) {
        try {
            delivered.remember(found.uidValidity(), found.messages().stream().map(InboxMessage::key).toList(), found.listed());
        } catch (IOException e) {
            // Kept in memory for this run; after a restart these may be proposed again (never lost).
            LOG.warning("Cannot save which inbox messages were proposed: " + e.getClass().getSimpleName());
        }
    }

    private InboxStatus failed(String reason) {
        return new InboxStatus(Optional.of(clock.instant()), Optional.of(reason), 0);
    }

    private void stopTimer() {
        if (timer != null) {
            try {
                timer.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "stopping the inbox timer", e);
            }
            timer = null;
        }
    }

    /** Stops checking. A check in progress ends by itself (each server answer has a timeout). */
    @Override
    public synchronized void close() {
        stopTimer();
        if (ownThread != null) {
            ownThread.shutdown();
        }
    }
}
