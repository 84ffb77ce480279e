package app.nudge.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.nudge.replies.IncomingMessage;
import jakarta.mail.Flags;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link InboxReader} against a real IMAP server (GreenMail) in the test JVM. */
@Timeout(30)
class InboxReaderTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private TestImapServer server;

    @BeforeEach
    void start() {
        server = TestImapServer.plain();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private InboxReader reader(MessageConverter converter) {
        return new InboxReader(server.address("localhost"), Optional.empty(), converter,
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    private InboxReader reader() {
        return reader(MessageConverter.STANDARD);
    }

    @Test
    void readsOnlyTheMessagesReceivedSinceTheDate() throws Exception {
        server.put("Old news", "From last month.", NOW.minus(40, ChronoUnit.DAYS), NOW.minus(40, ChronoUnit.DAYS), new Flags());
        server.put("Next steps", "Can we talk on Monday?", NOW.minus(2, ChronoUnit.DAYS), NOW.minus(2, ChronoUnit.DAYS), new Flags());
        server.put("Offer", "We are happy to offer.", NOW.minus(1, ChronoUnit.DAYS), NOW, new Flags());

        InboxReader.Found found = reader().readSince(TestImapServer.PASSWORD,
                LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(7), ZoneOffset.UTC);

        assertThat(found.messages()).extracting(m -> m.message().subject()).containsExactly("Next steps", "Offer");
        assertThat(found.messages()).allSatisfy(m -> {
            assertThat(m.message().source()).isEqualTo(IncomingMessage.Source.INBOX);
            assertThat(m.key().uidValidity()).isEqualTo(found.uidValidity());
        });
        assertThat(found.messages().get(0).message().text()).contains("Can we talk on Monday?");
        assertThat(found.messages().get(0).message().fromAddress()).isEqualTo("recruiter@acme.example");
    }

    @Test
    void aMessageWithoutADateIsReadWithNoSentDate() throws Exception {
        server.put("No date here", "Thanks for applying.", null, NOW, new Flags());

        List<InboxMessage> found = reader().readSince(TestImapServer.PASSWORD,
                LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1), ZoneOffset.UTC).messages();

        assertThat(found).hasSize(1);
        assertThat(found.get(0)).satisfies(m -> {
            assertThat(m.message().subject()).isEqualTo("No date here");
            assertThat(m.message().sentAt()).isNull();
        });
    }

    @Test
    void noFlagChangesOnTheServerSeenIncluded() throws Exception {
        server.put("Unread", "Not opened yet.", NOW, NOW, new Flags());
        server.put("Read", "Opened already.", NOW, NOW, new Flags(Flags.Flag.SEEN));
        Flags flaggedAnswered = new Flags(Flags.Flag.FLAGGED);
        flaggedAnswered.add(Flags.Flag.ANSWERED);
        server.put("Flagged", "Important.", NOW, NOW, flaggedAnswered);
        Map<Long, Flags> before = server.flagsByUid();

        reader().readSince(TestImapServer.PASSWORD, LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1), ZoneOffset.UTC);
        reader().check(TestImapServer.PASSWORD);

        Map<Long, Flags> after = server.flagsByUid();
        assertThat(after).hasSize(3).isEqualTo(before);
        assertThat(after.values()).filteredOn(f -> f.contains(Flags.Flag.SEEN)).hasSize(1);
    }

    @Test
    void aRefusedLoginIsOneLineNamingTheUserAndNeverThePassword() {
        assertThatThrownBy(() -> reader().check("wrong password"))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.LOGIN_REFUSED);
                    assertThat(p.userMessage()).contains("refused the login for jane@example.com")
                            .doesNotContain("wrong password").doesNotContain("\n");
                });
    }

    @Test
    void aMissingFolderIsSaidSo() {
        InboxReader reader = new InboxReader(InboxAddress.parse("imap://jane%40example.com@localhost:" + server.port() + "/Jobs"),
                Optional.empty(), MessageConverter.STANDARD);
        assertThatThrownBy(() -> reader.check(TestImapServer.PASSWORD))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.NO_FOLDER);
                    assertThat(p.userMessage()).contains("'Jobs' does not exist");
                });
    }

    @Test
    void aServerThatIsNotThereCannotBeReached() {
        int port = server.port();
        server.stop();
        InboxReader reader = new InboxReader(InboxAddress.parse("imap://jane%40example.com@localhost:" + port + "/INBOX"),
                Optional.empty(), MessageConverter.STANDARD, Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThatThrownBy(() -> reader.check(TestImapServer.PASSWORD))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.UNREACHABLE);
                    assertThat(p.userMessage()).startsWith("Cannot reach the mail server localhost:" + port);
                });
    }

    @Test
    void theServerGoingAwayMidReadGivesNothingHalfAndSaysTheConnectionWasLost() throws Exception {
        for (int i = 1; i <= 3; i++) {
            server.put("Message " + i, "Body " + i, NOW, NOW, new Flags());
        }
        int[] converted = {0};
        InboxReader reader = reader(m -> {
            if (++converted[0] == 1) {
                server.stop(); // the server goes away after the first message was copied
            }
            return MessageConverter.STANDARD.toIncoming(m);
        });

        assertThatThrownBy(() -> reader.readSince(TestImapServer.PASSWORD,
                LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(1), ZoneOffset.UTC))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.LOST);
                    assertThat(p.userMessage()).contains("was lost while reading INBOX");
                });
        assertThat(converted[0]).isEqualTo(1);
    }
}
