package app.nudge.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.safety.CrashTally.Outcome;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "the same for the first creation of a database": {@code nudge import small.json --db
 * NEW/data/nudge} where there is no database yet, killed with SIGKILL at 50 moments from the JVM's
 * start to its exit, most of them after the first file appears (where the schema is made). After
 * each kill there must be either no database file (read commands say so with exit 3, and the next
 * import makes one that works) or a database on which every command works and which holds exactly
 * the import. Whatever the kill left beside it must be gone after the next import.
 *
 * <p>Black box, as {@link ImportKillIT}: {@code -Dcrash.kills=5}, {@code -Dcrash.seed=S}.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FirstCreationKillIT {

    private static final int KILLS = Integer.getInteger("crash.kills", 50);
    private static final long SEED = Long.getLong("crash.seed", 14);

    @TempDir
    Path work;

    private CrashFixture fixture;
    private final EveryCommand commands = new EveryCommand(CrashFixture.TODAY, CrashFixture.DRAFT_ID);

    @Test
    void aFirstCreationKilledAtAnyMomentLeavesNoDatabaseOrAWholeOne() throws Exception {
        long began = System.nanoTime();
        fixture = CrashFixture.write(work.resolve("fixture"), 0);

        String expected = null;
        RunLength length = new RunLength();
        long firstEntry = 0;
        for (int run = 1; run <= 2; run++) {
            Path root = Files.createDirectories(work.resolve("full-" + run));
            AtomicLong firstEntryAt = new AtomicLong(-1);
            long runMillis;
            Thread watching;
            try (WatchService watcher = root.getFileSystem().newWatchService()) {
                root.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
                CliChild child = startImport(root, "full-" + run);
                watching = watchFirstEntry(watcher, child, firstEntryAt);
                assertEquals(0, child.awaitExit(300), "an un-killed first import works: " + child.stderr());
                runMillis = child.elapsedMillis();
            }
            watching.join(TimeUnit.SECONDS.toMillis(10)); // closing the watcher ended its wait
            length.observed(runMillis);
            firstEntry += firstEntryAt.get() < 0 ? runMillis / 2 : firstEntryAt.get();
            EveryCommand.Answers full = commands.readCommands(database(root), work.resolve("scratch-full-" + run));
            assertTrue(full.allWorked(), "every command works after an un-killed first import: " + full.problems());
            if (expected != null) {
                assertEquals(expected, full.export(), "two un-killed first imports leave the same data");
            }
            expected = full.export();
            Trees.delete(root);
        }
        long meanMillis = length.millis();
        long firstEntryMillis = firstEntry / 2;
        System.out.printf("FirstCreationKillIT: an un-killed first import takes %d ms (JVM start to exit);"
                + " its first file appears at %d ms%n", meanMillis, firstEntryMillis);

        // 70 % of the kills from a little before the first file appears (the schema, then the data),
        // the rest anywhere, JVM start included.
        double hotFrom = (firstEntryMillis - meanMillis / 20) / (double) meanMillis;
        List<Double> moments = KillMoments.weighted(SEED, KILLS, hotFrom, 0.7);
        CrashTally tally = new CrashTally("FirstCreationKillIT");
        for (int i = 0; i < moments.size(); i++) {
            Path root = Files.createDirectories(work.resolve("case-" + i));
            CliChild child = startImport(root, "case-" + i);
            long moment = length.moment(moments.get(i));
            boolean running = child.killAt(moment);
            if (!running) {
                length.observed(child.endedAtMillis());
            }
            List<String> problems = new ArrayList<>();
            if (!running && child.exitCode() != 0) {
                problems.add("the import ended by itself with exit " + child.exitCode() + ": " + child.stderr());
            }
            List<String> left = EveryCommand.listing(root);
            long checking = System.nanoTime();
            Outcome data = judge(root, work.resolve("scratch-" + i), expected, problems);
            long checkMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - checking);
            Outcome outcome = problems.isEmpty() ? data : Outcome.FAILED;
            tally.add(new CrashTally.Case(i, moment, running, outcome, checkMillis,
                    CrashTally.detail(problems, data, "in its folder", left.isEmpty() ? List.of("nothing") : left)));
            if (outcome == Outcome.FAILED) {
                Trees.keepFailed(root, "first-creation-case-" + i, tally.failures().size() - 1, 3);
            }
            Trees.delete(root);
            Trees.delete(work.resolve("scratch-" + i));
        }
        System.out.println(tally.summary() + String.format(" (%d s in all, seed %d)",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began), SEED));
        assertTrue(tally.failures().isEmpty(), tally.failureReport());
    }

    /**
     * NO_DATABASE or AFTER when the case holds; otherwise the problems say why. Either way a small
     * import follows, after which only the data and its backups may be in the folder.
     */
    private Outcome judge(Path root, Path scratch, String expected, List<String> problems) throws IOException {
        Path db = database(root);
        Outcome data;
        if (!Files.exists(file(db))) {
            // A read command must say "no database" and make none; then the import is simply run again.
            commands.expect(problems, 3, "export", "--db", db.toString());
            if (Files.exists(file(db))) {
                problems.add("export made a database where there was none");
            }
            commands.expect(problems, 0, "import", fixture.smallJson.toString(), "--db", db.toString());
            data = Outcome.NO_DATABASE;
        } else {
            data = null; // AFTER once the export shows it holds exactly the import
        }
        EveryCommand.Answers answers = commands.readCommands(db, scratch);
        problems.addAll(answers.problems());
        if (expected.equals(answers.export())) {
            data = data == null ? Outcome.AFTER : data;
        } else if (answers.export() != null) {
            problems.add("the database does not hold exactly the import ("
                    + EveryCommand.applicationCount(answers.export()) + " applications of its "
                    + EveryCommand.applicationCount(expected) + ")");
        }
        problems.addAll(commands.smallImport(db, fixture.tinyJson, CrashFixture.TINY_ID));
        List<String> stray = EveryCommand.listing(root).stream()
                .filter(name -> !name.equals("data/")
                        && !(name.startsWith("data/")
                                && ImportKillIT.isNamedByTheStore(name.substring("data/".length()))))
                .toList();
        if (!stray.isEmpty()) {
            problems.add("after the next import the folder still holds " + stray);
        }
        return data;
    }

    /** Records when the first entry appears in the watched folder (in ms after the child's start). */
    private static Thread watchFirstEntry(WatchService watcher, CliChild child, AtomicLong firstEntryAt) {
        Thread thread = new Thread(() -> {
            try {
                watcher.take();
                firstEntryAt.compareAndSet(-1, child.elapsedMillis());
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // the child ended first, or the test is over
            }
        }, "first-entry-watch");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static Path database(Path root) {
        return root.resolve("data").resolve("nudge");
    }

    private static Path file(Path db) {
        return db.resolveSibling("nudge.mv.db");
    }

    /** Its output goes to a folder beside {@code root}: only the command writes into root. */
    private CliChild startImport(Path root, String name) throws IOException {
        return CliChild.start(work.resolve("log-" + name), work.resolve("xdg"), "import", fixture.smallJson.toString(),
                "--db", database(root).toString());
    }
}
