package app.nudge.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;

import app.nudge.replies.IncomingMessage;
import jakarta.mail.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link InboxWatch} with a fake timer against a real IMAP server: each message handed over once. */
@Timeout(30)
class InboxWatchTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    Path dataFolder;

    private TestImapServer server;
    private FakeTicker ticker;
    private final MemoryCredentialStore credentials = new MemoryCredentialStore();
    private final List<List<String>> batches = new ArrayList<>();
    private final List<InboxStatus> statuses = new ArrayList<>();

    @BeforeEach
    void start() {
        server = TestImapServer.plain();
        ticker = new FakeTicker(NOW);
        credentials.save(server.address("localhost"), TestImapServer.PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private InboxWatch watch(MessageConverter converter) {
        InboxAddress address = server.address("localhost");
        InboxReader reader = new InboxReader(address, Optional.empty(), converter, Duration.ofSeconds(5), Duration.ofSeconds(5));
        InboxWatch watch = new InboxWatch(reader, credentials,
                new DeliveredMessages(dataFolder.resolve(DeliveredMessages.FILE_NAME), address), ticker, ticker, Runnable::run);
        watch.onMessages(batch -> batches.add(batch.stream().map(IncomingMessage::subject).toList()));
        watch.onStatus(statuses::add);
        return watch;
    }

    private InboxWatch watch() {
        return watch(MessageConverter.STANDARD);
    }

    private void put(String subject) throws Exception {
        server.put(subject, "Body of " + subject, NOW, NOW, new Flags());
    }

    @Test
    void eachMessageIsHandedOverOnceAcrossPolls() throws Exception {
        put("First");
        put("Second");
        InboxWatch watch = watch();
        watch.start(Duration.ofMinutes(5));

        ticker.advance(Duration.ofMinutes(4));
        assertThat(batches).isEmpty(); // not yet time

        ticker.advance(Duration.ofMinutes(1));
        assertThat(batches).containsExactly(List.of("First", "Second"));

        put("Third");
        ticker.advance(Duration.ofMinutes(5));
        ticker.advance(Duration.ofMinutes(5));
        assertThat(batches).containsExactly(List.of("First", "Second"), List.of("Third"));
        assertThat(statuses).hasSize(3).allSatisfy(s -> assertThat(s.ok()).isTrue());
        assertThat(watch.status().lastChecked()).contains(NOW.plus(15, ChronoUnit.MINUTES));
        assertThat(watch.status().newMessages()).isZero();

        watch.close();
        ticker.advance(Duration.ofMinutes(30));
        assertThat(statuses).hasSize(3); // closed: no more checks
    }

    @Test
    void aRestartDoesNotHandOverTheSameMessagesAgain() throws Exception {
        put("Before restart");
        InboxWatch first = watch();
        first.checkNow();
        first.close();
        assertThat(batches).containsExactly(List.of("Before restart"));
        Path file = dataFolder.resolve(DeliveredMessages.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain(TestImapServer.PASSWORD);

        put("After restart");
        InboxWatch second = watch(); // a new run: what was handed over is read back from the file
        second.start(Duration.ofMinutes(5));
        ticker.advance(Duration.ofMinutes(5));
        ticker.advance(Duration.ofMinutes(5));

        assertThat(batches).containsExactly(List.of("Before restart"), List.of("After restart"));
    }

    @Test
    void checkNowAnswersWithTheOutcome() throws Exception {
        put("Now please");
        InboxWatch watch = watch();

        InboxStatus status = watch.checkNow().get();

        assertThat(status.ok()).isTrue();
        assertThat(status.newMessages()).isEqualTo(1);
        assertThat(status.lastChecked()).contains(NOW);
        assertThat(batches).containsExactly(List.of("Now please"));
    }

    @Test
    void theServerStoppingMidPollHandsOverNothingAndSaysWhy() throws Exception {
        put("One");
        InboxWatch watch = watch(message -> {
            IncomingMessage read = MessageConverter.STANDARD.toIncoming(message);
            if (read.subject().equals("Two")) {
                server.stop(); // between fetches: "Two" was copied, "Three" never will be
            }
            return read;
        });
        watch.checkNow();
        assertThat(batches).containsExactly(List.of("One"));
        String remembered = Files.readString(dataFolder.resolve(DeliveredMessages.FILE_NAME));
        put("Two");
        put("Three");

        InboxStatus status = watch.checkNow().get();

        assertThat(status.ok()).isFalse();
        assertThat(status.error().orElseThrow()).contains("was lost while reading INBOX").doesNotContain("\n");
        assertThat(batches).containsExactly(List.of("One")); // nothing of the failed check, not "Two" alone
        assertThat(Files.readString(dataFolder.resolve(DeliveredMessages.FILE_NAME))).isEqualTo(remembered);

        InboxStatus next = watch.checkNow().get(); // the server is gone: said so, nothing handed over
        assertThat(next.error().orElseThrow()).startsWith("Cannot reach the mail server localhost:");
        assertThat(batches).hasSize(1);
    }

    @Test
    void aRefusedLoginIsTheStatusAndNothingIsHandedOver() throws Exception {
        put("Hidden");
        credentials.save(server.address("localhost"), "not the password");
        InboxStatus status = watch().checkNow().get();

        assertThat(status.error()).contains("The server refused the login for jane@example.com at localhost"
                + " (check the user name and password)");
        assertThat(batches).isEmpty();
    }

    @Test
    void withoutAPasswordItAsksForOneInSettings() throws Exception {
        credentials.forget(server.address("localhost"));
        InboxStatus status = watch().checkNow().get();
        assertThat(status.error().orElseThrow()).contains("No password is kept for jane@example.com");
        assertThat(batches).isEmpty();
    }
}
