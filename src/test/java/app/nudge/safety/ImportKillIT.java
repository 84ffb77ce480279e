package app.nudge.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.safety.CrashTally.Outcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "imports that survive any kill": {@code nudge import} of 10,000 applications (250 of
 * them replacing stored ones) runs in a child JVM on a database of 500, and is killed with SIGKILL
 * at 50 moments of its run, most of them in its last 30 % where the writes are, and at three moments
 * after its measured end. After each kill every command must work on the database, and its export
 * must be exactly the export before the import or exactly the export after an un-killed one. The
 * moments are fractions of the import's length, kept up to date by an un-killed run every ten cases
 * and by every child that ends before its kill (the load of a shared machine changes the length).
 *
 * <p>Black box: the child is the real command line, and the checks are commands too; nothing here
 * depends on how the store makes an import all-or-nothing. Tuning: {@code -Dcrash.kills=5} (cases),
 * {@code -Dcrash.applications=N}, {@code -Dcrash.seed=S} to try other moments.
 */
// Each case waits for its kill moment (on average three quarters of an import): about 10 s a case
// on a quiet 2-core machine, 40 s when five builds share it.
@Timeout(value = 45, unit = TimeUnit.MINUTES)
class ImportKillIT {

    private static final int KILLS = Integer.getInteger("crash.kills", 50);
    private static final int APPLICATIONS = Integer.getInteger("crash.applications", 10_000);
    private static final long SEED = Long.getLong("crash.seed", 14);
    private static final int PAST_THE_END = 3;
    /** An un-killed run every so many cases keeps the run's length (and "after") up to date. */
    private static final int RECALIBRATE_EVERY = 10;

    @TempDir
    Path work;

    private CrashFixture fixture;
    private final EveryCommand commands = new EveryCommand(CrashFixture.TODAY, CrashFixture.DRAFT_ID);

    @Test
    void anImportKilledAtAnyMomentLeavesExactlyTheDataBeforeOrAfterIt() throws Exception {
        long began = System.nanoTime();
        fixture = CrashFixture.write(work.resolve("fixture"), APPLICATIONS);
        EveryCommand.Answers before = commands.readCommands(fixture.beforeDatabase, work.resolve("scratch"));
        assertTrue(before.allWorked(), "the before-database works: " + before.problems());

        // Two un-killed runs: what "after" is (the same both times, or the comparison means nothing)
        // and how long an import takes from the JVM's start to its exit.
        RunLength length = new RunLength();
        String after = unkilledImport("full-1", length);
        assertEquals(after, unkilledImport("full-2", length), "two un-killed imports leave the same data");
        assertNotEquals(before.export(), after, "the import changes the data");
        System.out.printf("ImportKillIT: an un-killed import of %d applications takes %d ms (JVM start to exit)%n",
                APPLICATIONS, length.millis());

        List<Double> moments = new ArrayList<>(KillMoments.weighted(SEED, KILLS, 0.7, 0.7));
        moments.addAll(KillMoments.pastTheEnd(PAST_THE_END));
        CrashTally tally = new CrashTally("ImportKillIT");
        for (int i = 0; i < moments.size(); i++) {
            if (i > 0 && i % RECALIBRATE_EVERY == 0) {
                assertEquals(after, unkilledImport("full-at-" + i, length), "an un-killed import leaves the same data");
            }
            Path folder = work.resolve("case-" + i);
            Path db = copyOfBefore(folder);
            long moment = length.moment(moments.get(i));
            CliChild child = startImport(folder, db);
            boolean running = child.killAt(moment);
            List<String> problems = new ArrayList<>();
            if (!running) {
                length.observed(child.endedAtMillis());
                if (child.exitCode() != 0) {
                    problems.add("the import ended by itself with exit " + child.exitCode() + ": " + child.stderr());
                }
            }
            List<String> leftBeside = strayEntries(db);
            long checking = System.nanoTime();
            Outcome data = judge(db, folder, before.export(), after, problems);
            long checkMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - checking);
            Outcome outcome = problems.isEmpty() ? data : Outcome.FAILED;
            tally.add(new CrashTally.Case(i, moment, running, outcome, checkMillis,
                    CrashTally.detail(problems, data, "beside the data", leftBeside)));
            if (outcome == Outcome.FAILED) {
                Trees.keepFailed(folder, "import-case-" + i, tally.failures().size() - 1, 3);
            }
            Trees.delete(folder);
        }
        System.out.println(tally.summary() + String.format(" (%d s in all, seed %d)",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began), SEED));
        assertTrue(tally.failures().isEmpty(), tally.failureReport());
    }

    /**
     * An import run to its end on a copy of the before-database: every command must work after it.
     * Its length goes into {@code length}; returns its export.
     */
    private String unkilledImport(String name, RunLength length) throws Exception {
        Path folder = work.resolve(name);
        Path db = copyOfBefore(folder);
        CliChild child = startImport(folder, db);
        assertEquals(0, child.awaitExit(600), "an un-killed import works: " + child.stderr());
        length.observed(child.endedAtMillis());
        EveryCommand.Answers full = commands.readCommands(db, folder.resolve("scratch"));
        assertTrue(full.allWorked(), "every command works after an un-killed import: " + full.problems());
        Trees.delete(folder);
        return full.export();
    }

    /** BEFORE or AFTER when the export is exactly one of them; null (and a problem) otherwise. */
    private Outcome judge(Path db, Path folder, String before, String after, List<String> problems) throws Exception {
        EveryCommand.Answers answers = commands.readCommands(db, folder.resolve("scratch"));
        problems.addAll(answers.problems());
        Outcome data = null;
        if (before.equals(answers.export())) {
            data = Outcome.BEFORE;
        } else if (after.equals(answers.export())) {
            data = Outcome.AFTER;
        } else if (answers.export() != null) {
            problems.add("the data is neither before nor after the import ("
                    + EveryCommand.applicationCount(answers.export()) + " applications; before "
                    + EveryCommand.applicationCount(before) + ", after " + EveryCommand.applicationCount(after) + ")");
        }
        problems.addAll(commands.smallImport(db, fixture.tinyJson, CrashFixture.TINY_ID));
        List<String> stray = strayEntries(db);
        if (!stray.isEmpty()) {
            problems.add("after the next import the folder still holds " + stray);
        }
        return data;
    }

    private static List<String> strayEntries(Path db) {
        return EveryCommand.listing(db.getParent()).stream().filter(name -> !isNamedByTheStore(name)).toList();
    }

    /**
     * What may be beside the data after a working import: the file itself and its backups, in
     * {@code backups/} for a file named {@code nudge} (README, "Backups"). Anything else a kill left
     * (a temporary copy, a half-written backup) must be gone once the next import has run.
     */
    static boolean isNamedByTheStore(String entry) {
        return entry.equals("nudge.mv.db") || entry.startsWith("backups/");
    }

    private Path copyOfBefore(Path folder) throws Exception {
        Trees.copy(fixture.beforeDatabase.getParent(), folder.resolve("data"));
        return folder.resolve("data").resolve("nudge");
    }

    private CliChild startImport(Path folder, Path db) throws Exception {
        return CliChild.start(folder.resolve("log"), work.resolve("xdg"), "import", fixture.bigJson.toString(),
                "--db", db.toString());
    }
}
