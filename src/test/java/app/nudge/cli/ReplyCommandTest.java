package app.nudge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.EventType;
import app.nudge.replies.Evidence;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.Reading;
import app.nudge.replies.ReadingContext;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nudge reply} through the command line, with a fake reader (the real one is built on
 * another branch): what it reads, what it prints, and what --record stores.
 */
@Timeout(60)
class ReplyCommandTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path folder;

    private String db;
    private Path eml;
    /** What the fake reader answers, from the message and the stored applications. */
    private BiFunction<IncomingMessage, List<Application>, ReplyProposal> answer;
    private IncomingMessage seen;
    private ReadingContext seenContext;
    private List<Application> seenApplications;

    @BeforeEach
    void importWorkedExampleAndWriteAReply() throws IOException {
        Path example = folder.resolve("example.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, example);
        }
        db = folder.resolve("nudge").toString();
        assertEquals(Cli.OK, run(null, "import", example.toString(), "--db", db).exitCode());
        eml = folder.resolve("reply.eml");
        Files.writeString(eml, String.join("\r\n", "From: Pat Lee <Pat@Acme.example>",
                "Date: Tue, 1 Dec 2026 23:30:00 -0800", "Subject: Re: Business Analyst", "",
                "Thanks for your note. We will decide by December 12.", ""));
        answer = (message, apps) -> proposal(message, MatchKind.EMAIL, "acme-ba", ReplyKind.REPLY_RECEIVED,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 12), null, "We will decide by December 12.");
    }

    @Test
    void printsTheMatchTheKindTheDatesAndTheEvidence() {
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", db);
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertEquals("Application: acme-ba (Acme Corp \u2013 Business Analyst), matched by the sender's email address\n"
                + "Kind: They replied (no decision yet) [REPLY_RECEIVED], dated 1 Dec 2026; new decision by 12 Dec 2026\n"
                + "Evidence: \u201CWe will decide by December 12.\u201D\n", r.out());
        assertEquals("", r.err());
        // the reader got the parsed file, the stored applications, and today, zone and locale
        assertEquals("pat@acme.example", seen.fromAddress());
        assertEquals(IncomingMessage.Source.FILE, seen.source());
        assertEquals(new ReadingContext(TODAY, ZONE, Locale.UK), seenContext);
        assertEquals(List.of("acme-ba", "globex-pm"), seenApplications.stream().map(Application::id).toList());
    }

    @Test
    void readsPastedTextFromStandardInputWithTodayGiven() {
        CliRunner.Result r = run("Hi,\nplease check back with me on Monday.\n", "reply", "-", "--db", db,
                "--today", "2026-12-03");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertEquals(IncomingMessage.Source.PASTED, seen.source());
        assertEquals("Hi,\nplease check back with me on Monday.\n", seen.text());
        assertEquals(LocalDate.of(2026, 12, 3), seenContext.today());
    }

    @Test
    void jsonIsOneObjectWithTheEventInTheExchangeFormat() throws IOException {
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", db, "--json");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("applicationId", "match", "candidates", "kind", "event", "round", "evidence"),
                iterate(json.fieldNames()));
        assertEquals("acme-ba", json.get("applicationId").asText());
        assertEquals("email", json.get("match").asText());
        assertEquals("[\"acme-ba\"]", json.get("candidates").toString());
        assertEquals("REPLY_RECEIVED", json.get("kind").asText());
        assertEquals("{\"type\":\"REPLY_RECEIVED\",\"on\":\"2026-12-01\",\"newDecisionBy\":\"2026-12-12\","
                + "\"note\":\"Re: Business Analyst\"}", json.get("event").toString());
        assertTrue(json.get("round").isNull());
        assertEquals("[\"We will decide by December 12.\"]", json.get("evidence").toString());
    }

    @Test
    void jsonOfARoundAndOfAnAmbiguousMatch() throws IOException {
        answer = (message, apps) -> proposal(message, MatchKind.AMBIGUOUS, null, ReplyKind.NEXT_ROUND,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalTime.of(14, 0), "We will decide by December 12.");
        JsonNode json = new ObjectMapper().readTree(run(null, "reply", eml.toString(), "--db", db, "--json").out());
        assertTrue(json.get("applicationId").isNull());
        assertEquals("ambiguous", json.get("match").asText());
        assertEquals("[\"acme-ba\",\"globex-pm\"]", json.get("candidates").toString());
        assertTrue(json.get("event").isNull());
        assertEquals("{\"endedAt\":\"2026-12-08T14:00\",\"decisionExpectedBy\":null,\"talkingPoint\":\"\",\"interviewers\":[]}",
                json.get("round").toString());
    }

    @Test
    void recordAddsTheEventOnceWithTheSubjectAsItsNote() throws IOException {
        Application before = stored("acme-ba");
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", db, "--record");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertTrue(r.out().endsWith("Recorded on acme-ba: REPLY_RECEIVED on 1 Dec 2026 (new decision by 12 Dec 2026),"
                + " note \u201CRe: Business Analyst\u201D\n"), r.out());
        Application after = stored("acme-ba");
        assertEquals(before.events().size() + 1, after.events().size());
        assertEquals(before.events(), after.events().subList(0, before.events().size()));
        var added = after.events().get(after.events().size() - 1);
        assertEquals(EventType.REPLY_RECEIVED, added.type());
        assertEquals(LocalDate.of(2026, 12, 12), added.newDecisionBy());
        assertEquals("Re: Business Analyst", added.note());
        assertEquals(before.withEvents(after.events()), after, "nothing else changed");
        assertEquals(stored("globex-pm"), storedBefore("globex-pm"));

        // the same message again: recorded once, not twice
        CliRunner.Result again = run(null, "reply", eml.toString(), "--db", db, "--record");
        assertEquals(Cli.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("Nothing recorded: acme-ba already has REPLY_RECEIVED"), again.out());
        assertEquals(after, stored("acme-ba"));
    }

    @Test
    void recordWithJsonKeepsStandardOutputOneObject() throws IOException {
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", db, "--record", "--json");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        assertEquals("acme-ba", new ObjectMapper().readTree(r.out()).get("applicationId").asText());
        assertTrue(r.err().startsWith("Recorded on acme-ba"), r.err());
    }

    @Test
    void recordsARoundForANextRound() throws IOException {
        answer = (message, apps) -> proposal(message, MatchKind.EMAIL, "globex-pm", ReplyKind.NEXT_ROUND,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalTime.of(14, 0), "We will decide by December 12.");
        Application before = stored("globex-pm");
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", db, "--record");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        Application after = stored("globex-pm");
        assertEquals(before.interviews().size() + 1, after.interviews().size());
        assertEquals(LocalDate.of(2026, 12, 8).atTime(14, 0), after.interviews().get(after.interviews().size() - 1).endedAt());
        assertEquals(before.events(), after.events());
    }

    @Test
    void recordStoresNothingWhenTheMatchIsNotUniqueOrNothingIsSaid() throws IOException {
        List<Application> before = all();
        answer = (message, apps) -> proposal(message, MatchKind.AMBIGUOUS, null, ReplyKind.REPLY_RECEIVED,
                LocalDate.of(2026, 12, 1), null, null, null);
        CliRunner.Result ambiguous = run(null, "reply", eml.toString(), "--db", db, "--record");
        assertEquals(Cli.OK, ambiguous.exitCode());
        assertTrue(ambiguous.out().contains("Nothing recorded: several applications fit (acme-ba, globex-pm)"), ambiguous.out());
        answer = (message, apps) -> proposal(message, MatchKind.NONE, null, ReplyKind.REPLY_RECEIVED,
                LocalDate.of(2026, 12, 1), null, null, null);
        assertTrue(run(null, "reply", eml.toString(), "--db", db, "--record").out()
                .contains("Nothing recorded: no application matches this message"));
        answer = (message, apps) -> proposal(message, MatchKind.EMAIL, "acme-ba", ReplyKind.NOT_A_REPLY,
                LocalDate.of(2026, 12, 1), null, null, null);
        CliRunner.Result notAReply = run(null, "reply", eml.toString(), "--db", db, "--record");
        assertEquals(Cli.OK, notAReply.exitCode());
        assertTrue(notAReply.out().contains("Nothing recorded: this message is not a reply"), notAReply.out());
        assertEquals(before, all());
    }

    @Test
    void recordStoresNothingWhenTheRulesRefuseTheChange() throws IOException {
        List<Application> before = all();
        // a decision date before the reply itself: ApplicationRules refuses it
        answer = (message, apps) -> proposal(message, MatchKind.EMAIL, "acme-ba", ReplyKind.REPLY_RECEIVED,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 2), null, null);
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", db, "--record");
        assertEquals(Cli.BAD_INPUT, r.exitCode());
        assertTrue(r.out().contains("Nothing recorded: "), r.out());
        assertTrue(r.out().contains("newDecisionBy"), r.out());
        assertEquals(before, all());
    }

    @Test
    void badFilesAreOneLineExitTwoAndTouchNothing() throws IOException {
        List<Application> before = all();
        Path notMail = folder.resolve("notes.eml");
        Files.writeString(notMail, "just words\n");
        Path fakeMsg = folder.resolve("fake.msg");
        Files.writeString(fakeMsg, "From: a@b.example\n\nhello\n");
        for (String[] args : List.of(new String[] {"reply", folder.resolve("missing.eml").toString()},
                new String[] {"reply", folder.toString()}, new String[] {"reply", notMail.toString()},
                new String[] {"reply", fakeMsg.toString()})) {
            String[] withDb = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--db", db, "--record")).toArray(String[]::new);
            CliRunner.Result r = run(null, withDb);
            assertEquals(Cli.BAD_INPUT, r.exitCode(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
        CliRunner.Result empty = run("", "reply", "-", "--db", db);
        assertEquals(Cli.BAD_INPUT, empty.exitCode());
        assertEquals("standard input is empty: paste the reply's text, or give a file\n", empty.err());
        assertNull(seen, "the reader was never asked");
        assertEquals(before, all());
    }

    @Test
    void aMissingDatabaseIsExitThreeAndIsNotCreated() {
        String missing = folder.resolve("none").toString();
        CliRunner.Result r = run(null, "reply", eml.toString(), "--db", missing, "--record");
        assertEquals(Cli.DATABASE_PROBLEM, r.exitCode());
        assertFalse(Files.exists(Path.of(missing + ".mv.db")));
        assertEquals(Cli.DATABASE_PROBLEM, run(null, "reply", eml.toString(), "--db", missing).exitCode());
    }

    @Test
    void usageMistakesNameTheOption() {
        assertEquals("FILE: missing\n", run(null, "reply", "--db", db).err());
        assertEquals("--today: not a date (YYYY-MM-DD): soon\n", run(null, "reply", eml.toString(), "--today", "soon").err());
        CliRunner.Result help = run(null, "reply", "--help");
        assertEquals(Cli.OK, help.exitCode());
        assertTrue(help.out().startsWith("usage: nudge reply FILE|-"), help.out());
    }

    // ---- helpers

    private CliRunner.Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            InputStream in = stdin == null ? InputStream.nullInputStream()
                    : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
            Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
            Cli cli = new Cli(new CliContext(o, e, clock, Locale.UK, in));
            cli.register(new ReplyCommand(context -> (message, applications) -> {
                seen = message;
                seenContext = context;
                seenApplications = applications;
                return answer.apply(message, applications);
            }));
            code = cli.run(args);
        }
        return new CliRunner.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static ReplyProposal proposal(IncomingMessage message, MatchKind kind, String id, ReplyKind replyKind,
                                          LocalDate date, LocalDate named, LocalTime time, String sentence) {
        List<String> candidates = id != null ? List.of(id)
                : kind == MatchKind.AMBIGUOUS ? List.of("acme-ba", "globex-pm") : List.of();
        Evidence evidence = null;
        if (sentence != null && message.text().contains(sentence)) {
            int start = message.text().indexOf(sentence);
            evidence = new Evidence(sentence, start, start + sentence.length());
        }
        return new ReplyProposal(message, new ReplyMatch(kind, id, candidates),
                new Reading(replyKind, date, named, time, evidence, evidence));
    }

    private List<Application> all() {
        try (Database d = Database.openReadOnly(DatabasePath.of(db))) {
            return new ApplicationRepository(d).findAll();
        }
    }

    private Application stored(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private Application storedBefore(String id) throws IOException {
        // the worked example as imported: re-import it into a second database
        Path example = folder.resolve("example2.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            Files.copy(in, example);
        }
        String other = folder.resolve("other").toString();
        assertEquals(Cli.OK, run(null, "import", example.toString(), "--db", other).exitCode());
        try (Database d = Database.openReadOnly(DatabasePath.of(other))) {
            return new ApplicationRepository(d).find(id).orElseThrow();
        }
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
