package app.nudge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.CheckedContent;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first plan of a start is made from what the file check before opening read, instead of
 * reading every application again: it must be the very plan a fresh read gives, and the read must
 * never be handed out once anything was written or read after the open.
 */
class FirstPlanFromCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    private DatabasePath fileWithApplications() {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).saveAll(new DemoData(11, TODAY).withEvents(300, 6));
            new SettingsRepository(db).put("country", "DE");
        }
        return path;
    }

    @Test
    void theCheckedReadPlansExactlyAsAFreshReadDoes() {
        DatabasePath path = fileWithApplications();
        try (Database db = Database.openOrCreate(path)) {
            CheckedContent read = db.takeCheckedContent().orElseThrow();
            assertEquals(300, read.applications().size());
            assertEquals("DE", read.settings().get("country"));
            StorePlanner planner = new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US);
            PlanSnapshot fromCheck = planner.plan(TODAY, read);
            PlanSnapshot fresh = planner.plan(TODAY);
            assertEquals(fresh.applications(), fromCheck.applications());
            assertEquals(fresh.actions(), fromCheck.actions());
            assertFalse(fromCheck.actions().isEmpty(), "the demo data has actions to plan");
        }
    }

    @Test
    void theReadIsHandedOutOnceAndNeverAfterAWriteOrARead() {
        DatabasePath path = fileWithApplications();
        try (Database db = Database.openOrCreate(path)) {
            assertTrue(db.takeCheckedContent().isPresent());
            assertTrue(db.takeCheckedContent().isEmpty(), "handed out once");
        }
        try (Database db = Database.openOrCreate(path)) {
            new SettingsRepository(db).put("country", "FR");
            assertTrue(db.takeCheckedContent().isEmpty(), "stale after a write");
        }
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).findAll();
            assertTrue(db.takeCheckedContent().isEmpty(), "not kept once someone read for themselves");
        }
    }

    @Test
    void theFirstLookComesBeforeTheFileIsOpenedForWriting_andPlansAsTheOpenDatabaseDoes() throws Exception {
        DatabasePath path = fileWithApplications();
        Path file = path.file();
        byte[] before = java.nio.file.Files.readAllBytes(file);
        java.util.List<CheckedContent> looks = new java.util.ArrayList<>();
        try (Database db = Database.openOrCreateWithFirstLook(path, look -> {
            looks.add(look);
            try {
                assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(file)),
                        "given while the file is still only read: nothing of it changed yet");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            assertEquals(1, looks.size(), "one look, before the open ends");
            StorePlanner planner = new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US);
            PlanSnapshot fromLook = StorePlanner.planOf(looks.get(0), TODAY, HolidayCalendars.shared(), Locale.US);
            PlanSnapshot fresh = planner.plan(TODAY);
            assertEquals(fresh.applications(), fromLook.applications());
            assertEquals(fresh.actions(), fromLook.actions(), "planned with the stored country (DE), as the database's plan");
        }
    }

    @Test
    void aNewFilesFirstLookHoldsNothing() {
        java.util.List<CheckedContent> looks = new java.util.ArrayList<>();
        try (Database db = Database.openOrCreateWithFirstLook(new DatabasePath(folder.resolve("new")), looks::add)) {
            assertEquals(1, looks.size(), "a new file is made first, then checked as any other");
            assertTrue(looks.get(0).applications().isEmpty());
        }
    }

    @Test
    void aNewFileIsCheckedToo_andHoldsNothing() {
        try (Database db = Database.openOrCreate(new DatabasePath(folder.resolve("new")))) {
            assertTrue(db.takeCheckedContent().orElseThrow().applications().isEmpty());
        }
    }
}
