package app.nudge.bench;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.exchange.ServerCopy;
import app.nudge.schedule.Scheduler;
import app.nudge.schedule.StorePlanner;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Issue 17: the same three measures on a PostgreSQL server and, beside them, on an H2 file: the
 * first frame with data at 10,000 applications, the re-plan after one event at 10,000 (≤ 50 ms),
 * and the import of 10,000 × 10 events (≤ 10 s). The server is the one NUDGE_TEST_PG names (with
 * NUDGE_TEST_PG_PASSWORD), as {@code .ci/pg-server.sh start} prints: a local server, so the figures
 * leave the network out. Each run uses a new schema.
 *
 * <p>Run it with: {@code eval "$(bash .ci/pg-server.sh start)"; mvn -B -Pbench -DskipTests package
 * exec:exec -Dbench.args=server}
 */
final class ServerBench {

    private static final int COUNT = 10_000;
    private static final int IMPORT_RUNS = 3;
    private static final int EVENTS_MEASURED = 300;
    private static final int STARTUP_ROUNDS = Integer.parseInt(System.getenv().getOrDefault("NUDGE_BENCH_ROUNDS", "5"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Executor SAME_THREAD = Runnable::run;

    private ServerBench() {
    }

    static List<Row> measure() throws Exception {
        String server = System.getenv("NUDGE_TEST_PG");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("No server: eval \"$(bash .ci/pg-server.sh start)\" first");
        }
        Path folder = Files.createTempDirectory("nudge-server-bench");
        Path pgpass = folder.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:*:" + System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", "") + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        String run = UUID.randomUUID().toString().substring(0, 6);
        try {
            Path json = folder.resolve("demo.json");
            DemoData.write(json, new DemoData(42, TODAY).withEvents(COUNT, 10));
            List<Row> rows = new ArrayList<>();
            for (boolean onServer : new boolean[] {false, true}) {
                String where = onServer ? "PostgreSQL" : "H2";
                int[] n = {0};
                java.util.function.Supplier<DatabasePath> fresh = () -> onServer
                        ? DatabasePath.onServer(ServerAddress.parse(server + "?schema=bench_" + run + "_" + n[0]++), folder)
                        : new DatabasePath(folder.resolve("h2-" + n[0]++).resolve("nudge"));
                double[] imports = new double[IMPORT_RUNS];
                ImportBench.importOnce(json, fresh.get()); // warm-up
                for (int i = 0; i < IMPORT_RUNS; i++) {
                    imports[i] = ImportBench.importOnce(json, fresh.get());
                    System.out.printf(Locale.ROOT, "%s import run %d: %.0f ms%n", where, i + 1, imports[i]);
                }
                rows.add(Row.millis(where + ": import of 10,000 applications x 10 events (median of 3)",
                        StartupBench.median(imports), 10_000));
                DatabasePath data = fresh.get();
                ImportBench.importOnce(json, data);
                rows.add(Row.millis(where + ": re-plan after one event, 10,000 applications (median of " + EVENTS_MEASURED + ")",
                        replanAfterOneEvent(data), 50));
                if (onServer) {
                    rows.addAll(copyAndStandIn(data));
                }
                rows.add(firstFrame(where, data, onServer ? Map.of("PGPASSWORD",
                        System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", "")) : Map.of()));
            }
            return rows;
        } finally {
            ImportBench.deleteTree(folder);
        }
    }

    /** The app's way, as ReplanBench: record an event through the service, whose listener re-plans that id. */
    private static double replanAfterOneEvent(DatabasePath data) {
        try (Database db = Database.openOrCreate(data)) {
            List<String> ids = new ApplicationRepository(db).findAll().stream().map(Application::id).toList();
            ApplicationService applications = new ApplicationService(() -> new ApplicationRepository(db), SAME_THREAD);
            Scheduler scheduler = new Scheduler(new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US),
                    Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new ReplanBench.IdleTicker(), SAME_THREAD);
            applications.onApplicationsChanged(scheduler::replan);
            scheduler.replan();
            double[] millis = new double[EVENTS_MEASURED];
            for (int i = 0; i < 100 + EVENTS_MEASURED; i++) {
                long start = System.nanoTime();
                applications.recordEvent(ids.get(i % ids.size()), Event.followUp(TODAY, Channel.EMAIL)).join();
                if (i >= 100) {
                    millis[i - 100] = (System.nanoTime() - start) / 1e6;
                }
            }
            return StartupBench.median(millis);
        }
    }

    /**
     * This computer's copy of the schema (written after opening and at close, on the database
     * thread) and the read-only stand-in built from it at a start while the server is away: the
     * wait before such a start shows the plan.
     */
    private static List<Row> copyAndStandIn(DatabasePath data) {
        ServerCopy copy = new ServerCopy(data, country -> true);
        double[] writes = new double[IMPORT_RUNS];
        try (Database db = Database.openOrCreate(data)) {
            for (int i = 0; i < IMPORT_RUNS; i++) {
                long start = System.nanoTime();
                copy.write(db);
                writes[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] standIns = new double[IMPORT_RUNS];
        for (int i = 0; i < IMPORT_RUNS; i++) {
            long start = System.nanoTime();
            try (Database standIn = copy.openStandIn("read-only").orElseThrow().database()) {
                standIns[i] = (System.nanoTime() - start) / 1e6;
                if (new ApplicationRepository(standIn).count() != COUNT) {
                    throw new IllegalStateException("the stand-in does not hold the 10,000 applications");
                }
            }
        }
        return List.of(Row.reference("PostgreSQL: this computer's copy of 10,000 applications x 10 events, written (median of "
                        + IMPORT_RUNS + ")", StartupBench.median(writes)),
                Row.reference("PostgreSQL away at start: read-only stand-in built from that copy (median of " + IMPORT_RUNS + ")",
                        StartupBench.median(standIns)));
    }

    private static Row firstFrame(String where, DatabasePath data, Map<String, String> environment) throws Exception {
        String db = data.isServer() ? data.server().toString() : data.base().toString();
        try (VirtualDisplay display = VirtualDisplay.ensure()) {
            StartupBench.runChild(display, List.of(NudgeProbe.class.getName(), "--db", db), environment); // warm-up
            double[] frames = new double[STARTUP_ROUNDS];
            for (int i = 0; i < STARTUP_ROUNDS; i++) {
                frames[i] = StartupBench.runChild(display, List.of(NudgeProbe.class.getName(), "--db", db), environment)
                        .get("FIRST_FRAME");
                System.out.printf(Locale.ROOT, "%s first frame run %d: %.0f ms%n", where, i + 1, frames[i]);
            }
            return Row.reference(where + ": start-up to the first frame with data, 10,000 applications (median of "
                    + STARTUP_ROUNDS + ")", StartupBench.median(frames));
        }
    }
}
