package app.nudge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.nudge.domain.Application;
import app.nudge.mail.imap.MessageConverter;
import app.nudge.mail.imap.TestImapServer;
import app.nudge.replies.Evidence;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.Reading;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Flags;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code nudge inbox} against a real IMAP server (GreenMail), with a fake reader of replies. */
@Timeout(60)
class InboxCommandTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private TestImapServer server;
    private String db;
    private String address;
    private final List<String> read = new ArrayList<>();
    private Map<String, String> environment = Map.of("NUDGE_IMAP_PASSWORD", TestImapServer.PASSWORD);
    private MessageConverter converter = MessageConverter.STANDARD;

    @BeforeEach
    void setUp() throws Exception {
        server = TestImapServer.plain();
        address = "imap://jane%40example.com@localhost:" + server.port() + "/INBOX";
        Path example = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, example);
        }
        db = folder.resolve("nudge").toString();
        assertThat(run("import", example.toString(), "--db", db).exitCode()).isZero();
        server.put("Old", "Long ago.", NOW.minus(30, ChronoUnit.DAYS), NOW.minus(30, ChronoUnit.DAYS), new Flags());
        server.put("Re: Business Analyst", "We will decide by December 12.", NOW.minus(1, ChronoUnit.DAYS), NOW, new Flags());
        server.put("Weekly newsletter", "Ten tips.", NOW, NOW, new Flags());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The fake reader: "Re: ..." belongs to acme-ba and names a decision date; anything else matches nothing. */
    private ReplyProposal propose(IncomingMessage message, List<Application> applications) {
        read.add(message.subject());
        if (!message.subject().startsWith("Re:")) {
            return new ReplyProposal(message, ReplyMatch.none(), new Reading(ReplyKind.NOT_A_REPLY, TODAY, null, null, null, null));
        }
        String sentence = "We will decide by December 12.";
        int start = message.text().indexOf(sentence);
        Evidence evidence = new Evidence(sentence, start, start + sentence.length());
        return new ReplyProposal(message, new ReplyMatch(MatchKind.EMAIL, "acme-ba", List.of("acme-ba")),
                new Reading(ReplyKind.REPLY_RECEIVED, TODAY, LocalDate.of(2026, 12, 12), null, evidence, evidence));
    }

    private CliRunner.Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Cli cli = new Cli(new CliContext(o, e, Clock.fixed(NOW, ZoneOffset.UTC), Locale.UK));
            cli.register(new InboxCommand(context -> this::propose, environment::get, question -> Optional.empty(),
                    message -> converter.toIncoming(message)));
            code = cli.run(args);
        }
        return new CliRunner.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<Application> stored() {
        try (Database d = Database.openReadOnly(DatabasePath.of(db))) {
            return new ApplicationRepository(d).findAll();
        }
    }

    @Test
    void jsonIsAnArrayOfTheMatchedMessagesSinceTheDateAndSaysHowManyWereSkipped() throws Exception {
        CliRunner.Result r = run("inbox", address, "--since", TODAY.minusDays(7).toString(), "--db", db, "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(read).containsExactly("Re: Business Analyst", "Weekly newsletter"); // not "Old"
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("applicationId").asText()).isEqualTo("acme-ba");
        assertThat(json.get(0).get("match").asText()).isEqualTo("email");
        assertThat(json.get(0).get("event").get("newDecisionBy").asText()).isEqualTo("2026-12-12");
        assertThat(r.err()).isEqualTo("2 messages since " + TODAY.minusDays(7) + "; 1 matched no application and was skipped\n");
    }

    @Test
    void textSaysWhatEachMatchedMessageSaysAndRecordsNothingWithoutRecord() {
        List<Application> before = stored();
        CliRunner.Result r = run("inbox", address, "--db", db);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Message: Re: Business Analyst\nApplication: acme-ba")
                .contains("new decision by 12 Dec 2026").doesNotContain("Weekly newsletter");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void recordRecordsTheUniqueMatchOnce() {
        assertThat(run("inbox", address, "--db", db, "--record").exitCode()).isZero();
        Application acme = stored().stream().filter(a -> a.id().equals("acme-ba")).findFirst().orElseThrow();
        assertThat(acme.events()).filteredOn(e -> "Re: Business Analyst".equals(e.note())).hasSize(1);

        CliRunner.Result again = run("inbox", address, "--db", db, "--record");
        assertThat(again.out()).contains("Nothing recorded: acme-ba already has");
        assertThat(stored()).filteredOn(a -> a.id().equals("acme-ba")).first()
                .satisfies(a -> assertThat(a.events()).filteredOn(e -> "Re: Business Analyst".equals(e.note())).hasSize(1));
    }

    @Test
    void aRefusedLoginExitsFourAndRecordsNothing() {
        environment = Map.of("NUDGE_IMAP_PASSWORD", "wrong");
        List<Application> before = stored();

        CliRunner.Result r = run("inbox", address, "--db", db, "--record");

        assertThat(r.exitCode()).isEqualTo(Cli.MAIL_SERVER_PROBLEM);
        assertThat(r.err()).isEqualTo("The server refused the login for jane@example.com at localhost"
                + " (check the user name and password)\n");
        assertThat(r.out()).isEmpty();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aServerStoppedMidReadExitsFourAndRecordsNothing() {
        List<Application> before = stored();
        converter = message -> {
            IncomingMessage read = MessageConverter.STANDARD.toIncoming(message);
            server.stop();
            return read;
        };

        CliRunner.Result r = run("inbox", address, "--db", db, "--record", "--since", TODAY.minusDays(60).toString());

        assertThat(r.exitCode()).isEqualTo(Cli.MAIL_SERVER_PROBLEM);
        assertThat(r.err()).contains("was lost while reading INBOX");
        assertThat(read).isEmpty(); // nothing was proposed from half a folder
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aServerThatIsNotThereExitsFour() {
        server.stop();
        CliRunner.Result r = run("inbox", address, "--db", db);
        assertThat(r.exitCode()).isEqualTo(Cli.MAIL_SERVER_PROBLEM);
        assertThat(r.err()).startsWith("Cannot reach the mail server localhost:" + server.port());
    }

    @Test
    void plainImapToAnotherComputerIsRefusedBeforeAnythingElse() {
        CliRunner.Result r = run("inbox", "imap://jane@imap.example.com/INBOX", "--db", db);
        assertThat(r.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("allowed only to localhost; use imaps://");
    }

    @Test
    void withoutThePasswordVariableOrATerminalItSaysHowToGiveOne() {
        environment = Map.of();
        CliRunner.Result r = run("inbox", address, "--db", db);
        assertThat(r.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("No password: set NUDGE_IMAP_PASSWORD or run 'nudge inbox' in a terminal to be asked for it\n");
    }

    @Test
    void aBadSinceNamesTheOption() {
        CliRunner.Result r = run("inbox", address, "--db", db, "--since", "last week");
        assertThat(r.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).isEqualTo("--since: not a date (YYYY-MM-DD): last week\n");
    }
}
