package app.nudge.safety;

import app.nudge.cli.CliRunner;
import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import app.nudge.exchange.ExchangeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The files the crash tests import, made with the project's own demo generator and writer:
 * <ul>
 *   <li>{@code before.json}: 500 applications ({@code demo-0..demo-499}) and settings of its own,
 *       already stored in {@link #beforeDatabase} before each import is killed;</li>
 *   <li>{@code big.json}: {@code bigCount} applications {@code demo-250...}, so an import both
 *       replaces 250 stored ones (with other roles and contacts) and adds the rest, and other
 *       settings;</li>
 *   <li>{@code small.json}: 300 applications, for the first creation of a database;</li>
 *   <li>{@code tiny.json}: one application interviewed TODAY (so {@code draft} finds a thank-you
 *       for it), the small import after each case.</li>
 * </ul>
 */
final class CrashFixture {

    /** The day the demo data is dated around and the commands plan for. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Untouched by big.json and in small.json; its interview is TODAY, so a thank-you is planned. */
    static final String DRAFT_ID = "demo-13";
    static final String TINY_ID = "crash-check-1";
    private static final int BEFORE_COUNT = 500;
    private static final int OVERLAP = 250;

    final Path beforeJson;
    final Path bigJson;
    final Path smallJson;
    final Path tinyJson;
    /** A database holding before.json, made once; each case works on a copy of its file. */
    final Path beforeDatabase;

    private CrashFixture(Path folder) {
        beforeJson = folder.resolve("before.json");
        bigJson = folder.resolve("big.json");
        smallJson = folder.resolve("small.json");
        tinyJson = folder.resolve("tiny.json");
        beforeDatabase = folder.resolve("before-db").resolve("nudge");
    }

    static CrashFixture write(Path folder, int bigCount) throws IOException {
        CrashFixture fixture = new CrashFixture(folder);
        Files.createDirectories(folder);
        write(fixture.beforeJson, new Settings("Sam Roe", "sam@example.org", "", "Sam", "US", "PATIENT"),
                new DemoData(1, TODAY).applications(BEFORE_COUNT));
        if (bigCount > 0) {
            List<Application> big = new DemoData(2, TODAY).applications(OVERLAP + bigCount);
            DemoData.write(fixture.bigJson, big.subList(OVERLAP, big.size()));
        }
        new DemoData(3, TODAY).write(fixture.smallJson, 300);
        write(fixture.tinyJson, new Settings("Tia Check", "", "", "", "US", "STANDARD"),
                List.of(Application.of(TINY_ID, "Check Ltd", "Tester").withInterviews(List.of(
                        new InterviewRound(TODAY.atTime(10, 0), null, "", List.of())))));
        CliRunner.Result made = new CliRunner(TODAY, Locale.US)
                .run("import", fixture.beforeJson.toString(), "--db", fixture.beforeDatabase.toString());
        if (made.exitCode() != 0) {
            throw new IllegalStateException("the before-database could not be made: " + made.err());
        }
        return fixture;
    }

    private static void write(Path file, Settings settings, List<Application> applications) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExchangeWriter().write(settings, applications, out);
        }
    }

    /** The before-database's file: H2 adds ".mv.db" to the name it is given. */
    Path beforeDatabaseFile() {
        return beforeDatabase.resolveSibling(beforeDatabase.getFileName() + ".mv.db");
    }
}
