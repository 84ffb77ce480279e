package app.nudge.bench;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.Scheduler;
import app.nudge.schedule.StorePlanner;
import app.nudge.schedule.Ticker;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Issue 8, target 2: the re-plan after one recorded event, 10,000 applications in 50 ms at most
 * and 100,000 in 300 ms, each with 10 events, in an H2 file.
 *
 * <p>{@link #recordEventAndReplan} goes the app's way: {@link ApplicationService#recordEvent} (read
 * the application, check it, save it in one transaction), whose change listener asks the
 * {@link Scheduler} for an update of that id, which {@link StorePlanner} answers by reading that
 * one application; the executors are synchronous, as the app's single database thread runs the
 * two one after the other. {@link #wholePlanFromDatabase} is the whole plan (every application
 * read from the file), for comparison: what each change cost before.
 *
 * <p>Run it with: {@code mvn -B -Pbench -DskipTests package exec:exec -Dbench.args=replan}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {ReplanBench.HEAP})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReplanBench {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** The heap the app is given in this bench: 100,000 applications must fit with room to spare. */
    static final String HEAP = "-Xmx1g";
    private static final Executor SAME_THREAD = Runnable::run;
    private static final int FILL_CHUNK = 10_000;

    @Param({"10000", "100000"})
    public int count;

    private Path folder;
    private Database db;
    private ApplicationService applications;
    private StorePlanner wholePlanner;
    private List<String> ids;
    private int next;
    private volatile PlanSnapshot latest;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        folder = Files.createTempDirectory("nudge-replan-bench");
        db = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        ids = fill(db, count);
        applications = new ApplicationService(() -> new ApplicationRepository(db), SAME_THREAD);
        Scheduler scheduler = new Scheduler(new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US),
                Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new IdleTicker(), SAME_THREAD);
        scheduler.addListener(snapshot -> latest = snapshot);
        applications.onApplicationsChanged(scheduler::replan); // as Wiring does
        wholePlanner = new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US);
        scheduler.replan(); // the first, whole plan: the one each update builds on
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%n%,d applications, %,d actions; heap in use after setup: %,d MB of %,d MB%n",
                latest.applications().size(), latest.actions().size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /** Bulk, in chunks of one transaction each: the way an import stores, not one save per application. */
    private static List<String> fill(Database db, int count) {
        List<Application> all = new DemoData(42, TODAY).withEvents(count, 10);
        ApplicationRepository repository = new ApplicationRepository(db);
        for (int from = 0; from < all.size(); from += FILL_CHUNK) {
            repository.saveAll(all.subList(from, Math.min(all.size(), from + FILL_CHUNK)));
        }
        List<String> result = new ArrayList<>(all.size());
        all.forEach(a -> result.add(a.id()));
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        db.close();
        ImportBench.deleteTree(folder);
    }

    /** One event on the next application in turn, then the re-plan it triggers; answers the new plan. */
    @Benchmark
    public PlanSnapshot recordEventAndReplan() {
        String id = ids.get(next);
        next = (next + 1) % ids.size();
        applications.recordEvent(id, Event.followUp(TODAY, Channel.EMAIL)).join();
        return latest;
    }

    /** The whole plan, every application read from the database: what a re-plan cost before. */
    @Benchmark
    public PlanSnapshot wholePlanFromDatabase() {
        return wholePlanner.plan(TODAY);
    }

    public static void main(String[] args) throws Exception {
        measure().forEach(System.out::println);
    }

    static List<Row> measure() throws Exception {
        Options options = new OptionsBuilder()
                .include(ReplanBench.class.getName() + "\\.")
                .build(); // forks, iterations and heap: the annotations on the class
        Collection<RunResult> results = new Runner(options).run();
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            int n = Integer.parseInt(result.getParams().getParam("count"));
            double ms = result.getPrimaryResult().getScore();
            boolean incremental = result.getParams().getBenchmark().endsWith("recordEventAndReplan");
            if (incremental) {
                rows.add(Row.millis(String.format(Locale.ROOT, "Re-plan after one event, %,d applications (JMH)", n),
                        ms, n <= 10_000 ? 50 : 300));
            } else {
                rows.add(Row.reference(String.format(Locale.ROOT,
                        "For comparison: whole plan read from the database, %,d applications (JMH)", n), ms));
            }
        }
        return rows;
    }

    /** The bench plans on request only: no periodic checks. */
    static final class IdleTicker implements Ticker {
        @Override
        public AutoCloseable every(Duration period, Runnable job) {
            return () -> { };
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }
    }
}
