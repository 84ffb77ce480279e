package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers behind {@link StoreCompaction}'s thresholds, on 10,000 applications: file size after
 * 1,000 single saves append-only and with H2 reusing space, the time of one save, of a compaction
 * and of the checked open. Slow (about two minutes): run with {@code -Dnudge.measure=true}.
 */
@EnabledIfSystemProperty(named = "nudge.measure", matches = "true")
class AppendOnlyGrowthMeasureTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void growthAndCompactionAtTenThousandApplications() throws Exception {
        List<Application> pool = new DemoData(42, LocalDate.of(2026, 11, 20)).applications(10_000);
        DatabasePath path = new DatabasePath(Files.createDirectories(folder.resolve("append")).resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(pool);
            StoreCompaction.compact(db);
        }
        long compactedAtStart = Files.size(path.file());
        openMillis(path); // warms the JVM up: the times below compare files, not a cold start
        double openCompacted = openMillis(path);
        DatabasePath reusing = new DatabasePath(Files.createDirectories(folder.resolve("reuse")).resolve("nudge"));
        Files.copy(path.file(), reusing.file());

        double saveAppend;
        try (Database db = Database.openOrCreate(path)) {
            saveAppend = saves(db, pool);
        }
        double saveReuse;
        try (Database db = new Database(reusing, DriverManager.getConnection("jdbc:h2:file:" + reusing.base()
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "sa", ""))) {
            saveReuse = saves(db, pool);
        }
        long grown = Files.size(path.file());
        long grownReuse = Files.size(reusing.file());
        double openGrown = openMillis(path);
        double openGrownReuse = openMillis(reusing);

        List<Application> before;
        StoreCompaction.Measure measure;
        long compactNanos;
        try (Database db = Database.openOrCreate(path)) {
            before = new ApplicationRepository(db).findAll();
            measure = StoreCompaction.measure(db);
            long start = System.nanoTime();
            StoreCompaction.compact(db);
            compactNanos = System.nanoTime() - start;
            assertEquals(before, new ApplicationRepository(db).findAll());
        }
        long compacted = Files.size(path.file());
        double openAfter = openMillis(path);
        System.out.printf("AppendOnlyGrowthMeasure: 10,000 applications: %,d KB compacted; after 1,000 saves %,d KB"
                + " append-only (H2 measure %s, live ~%,d KB, due %b), %,d KB reusing space; one save %.1f ms append-only,"
                + " %.1f ms reusing space; compaction %,d ms to %,d KB; checked open %.0f ms compacted, %.0f ms grown,"
                + " %.0f ms grown reusing space, %.0f ms after compaction%n", compactedAtStart / 1024, grown / 1024, measure, measure.liveBytes() / 1024,
                measure.due(), grownReuse / 1024, saveAppend, saveReuse, compactNanos / 1_000_000, compacted / 1024,
                openCompacted, openGrown, openGrownReuse, openAfter);
        assertTrue(measure.due(), "1,000 saves on 10,000 applications make a compaction due: " + measure);
        assertTrue(compacted < grown / 2, "compaction gives the space back");
    }

    /** 1,000 single saves (changes of stored applications, each its own commit); the mean time of one, in ms. */
    private static double saves(Database db, List<Application> pool) {
        ApplicationRepository repository = new ApplicationRepository(db);
        Random random = new Random(9);
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            Application a = repository.find(pool.get(random.nextInt(pool.size())).id()).orElseThrow();
            repository.save(a.withFlags(!a.mayCall(), a.knownDelay()));
        }
        return (System.nanoTime() - start) / 1_000_000.0 / 1_000;
    }

    /** The mean time of a checked writable open and close (what the app and every writing command do), in ms. */
    private static double openMillis(DatabasePath path) {
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            Database.openOrCreate(path).close();
        }
        return (System.nanoTime() - start) / 1_000_000.0 / 3;
    }
}
