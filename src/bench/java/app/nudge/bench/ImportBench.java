package app.nudge.bench;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.exchange.ExchangeService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 8, target 3: {@code nudge import} of 10,000 applications with 10 events each, in 5 s at
 * most. Times {@link ExchangeService#importFrom} (read, check, store in one transaction) into a
 * fresh database file: one warm-up run, then the median of {@link #MEASURED_RUNS}, each into its
 * own new file. Opening the database (and migrating it) is not timed: the CLI does it for any
 * command.
 *
 * <p>Run it with: {@code mvn -B -Pbench -DskipTests package exec:exec -Dbench.args=import}
 */
public final class ImportBench {

    static final int COUNT = 10_000;
    static final int EVENTS = 10;
    private static final int MEASURED_RUNS = 3;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        measure().forEach(System.out::println);
    }

    static List<Row> measure() throws Exception {
        Path folder = Files.createTempDirectory("nudge-import-bench");
        try {
            Path file = folder.resolve("demo.json");
            DemoData.write(file, new DemoData(42, LocalDate.of(2026, 12, 1)).withEvents(COUNT, EVENTS));
            System.out.printf("exchange file: %,d bytes%n", Files.size(file));
            importOnce(file, folder.resolve("warm-up"));
            double[] millis = new double[MEASURED_RUNS];
            for (int run = 0; run < MEASURED_RUNS; run++) {
                millis[run] = importOnce(file, folder.resolve("run-" + run));
                System.out.printf("import run %d: %.0f ms%n", run + 1, millis[run]);
            }
            Arrays.sort(millis);
            return List.of(Row.millis("Import of 10,000 applications x 10 events", millis[MEASURED_RUNS / 2], 5000));
        } finally {
            deleteTree(folder);
        }
    }

    /** One import into a new database file in {@code dbFolder}; the time of the import alone, in ms. */
    private static double importOnce(Path file, Path dbFolder) throws Exception {
        return importOnce(file, new DatabasePath(dbFolder.resolve("nudge")));
    }

    /** One import into {@code data} (a new file or schema); the time of the import alone, in ms. */
    static double importOnce(Path file, DatabasePath data) throws Exception {
        try (Database db = Database.openOrCreate(data);
             InputStream in = Files.newInputStream(file)) {
            ExchangeService exchange = new ExchangeService(db, HolidayCalendars.shared()::isSupported);
            long start = System.nanoTime();
            int imported = exchange.importFrom(in).size();
            double ms = (System.nanoTime() - start) / 1e6;
            if (imported != COUNT) {
                throw new IllegalStateException("imported " + imported + ", expected " + COUNT);
            }
            return ms;
        }
    }

    static void deleteTree(Path folder) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
