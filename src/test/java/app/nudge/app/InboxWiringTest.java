package app.nudge.app;

import app.nudge.mail.imap.CredentialStore;
import app.nudge.mail.imap.DeliveredMessages;
import app.nudge.mail.imap.InboxReader;
import app.nudge.mail.imap.InboxWatch;
import app.nudge.mail.imap.MemoryCredentialStore;
import app.nudge.mail.imap.MessageConverter;
import app.nudge.schedule.Ticker;
import app.nudge.settings.InboxSettings;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watched inbox follows the settings: on starts one watch (and looks at once), the same
 * settings again start nothing, a new address replaces the watch, off closes it; a failed check
 * reaches the board's problem line; nothing is ever recorded (the wiring has no way to).
 */
@Timeout(30)
class InboxWiringTest {

    @TempDir
    Path folder;

    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<InboxWatch> made = new ArrayList<>();
    /** Timers running now, by period: a watch's timer stops when the watch closes. */
    private final List<Duration> running = new CopyOnWriteArrayList<>();
    private final Ticker ticker = new Ticker() {
        @Override
        public AutoCloseable every(Duration period, Runnable task) {
            running.add(period); // the test checks by hand; no timer fires
            return () -> running.remove(period);
        }

        @Override
        public long nanoTime() {
            return 0;
        }
    };

    private InboxWiring wiring() {
        CredentialStore store = new MemoryCredentialStore();
        return new InboxWiring(() -> store, Runnable::run, (address, credentials) -> {
            credentials.save(address, "secret");
            // A port nobody listens on: each check fails fast with a reason, on this thread.
            InboxReader reader = new InboxReader(address, Optional.empty(), MessageConverter.STANDARD,
                    Duration.ofSeconds(2), Duration.ofSeconds(2));
            InboxWatch watch = new InboxWatch(reader, credentials,
                    new DeliveredMessages(folder.resolve(DeliveredMessages.FILE_NAME), address), ticker,
                    Clock.systemUTC(), Runnable::run);
            made.add(watch);
            return watch;
        }, messages -> { }, problems::add);
    }

    private static String closedPortAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return "imap://jane@localhost:" + port + "/INBOX";
    }

    @Test
    void turnedOnItWatchesOnceAndSaysWhyACheckFailed() throws Exception {
        InboxWiring inbox = wiring();
        InboxSettings on = new InboxSettings(true, closedPortAddress(), 5);

        inbox.apply(on);
        inbox.apply(on);

        assertEquals(1, made.size(), "the same settings again start no second watch");
        assertEquals(List.of(Duration.ofMinutes(5)), running, "checked every 5 minutes");
        assertTrue(inbox.watching());
        assertEquals(1, problems.size(), "the first look happens at once: " + problems);
        assertTrue(problems.getFirst().startsWith("Inbox: "), problems.getFirst());
        assertFalse(problems.getFirst().contains("secret"), "never the password: " + problems.getFirst());
    }

    @Test
    void aNewAddressReplacesTheWatchAndOffClosesIt() throws Exception {
        InboxWiring inbox = wiring();
        inbox.apply(new InboxSettings(true, closedPortAddress(), 5));
        inbox.apply(new InboxSettings(true, closedPortAddress(), 15));
        assertEquals(2, made.size());
        assertEquals(List.of(Duration.ofMinutes(15)), running, "the first watch's timer stopped");

        inbox.apply(new InboxSettings(false, closedPortAddress(), 15));
        assertFalse(inbox.watching());
        assertEquals(List.of(), running, "off: no timer left");
    }

    @Test
    void theSystemsCredentialStoreIsNotAskedUntilTheInboxIsUsed() throws Exception {
        int[] asked = new int[1];
        InboxWiring inbox = new InboxWiring(() -> {
            asked[0]++;
            return new MemoryCredentialStore();
        }, Runnable::run, (address, credentials) -> {
            throw new AssertionError("no watch while the inbox is off");
        }, messages -> { }, problems::add);

        inbox.apply(new InboxSettings(false, closedPortAddress(), 5));
        assertEquals(0, asked[0], "off: the store (and its unlock prompt) is left alone");
    }

    @Test
    void anAddressThatDoesNotReadIsSaidAndNothingIsWatched() {
        InboxWiring inbox = wiring();
        inbox.apply(new InboxSettings(true, "imap://jane@mail.example.com/INBOX", 5));

        assertFalse(inbox.watching());
        assertEquals(0, made.size());
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith("Inbox: "), problems.getFirst());
    }
}
