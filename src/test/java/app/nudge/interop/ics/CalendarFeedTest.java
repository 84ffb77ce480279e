package app.nudge.interop.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.exchange.ExchangeService;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nudge.ics beside the database follows every plan the scheduler publishes. */
class CalendarFeedTest {

    @TempDir
    Path folder;

    @Test
    void eachPlanRewritesTheFileBesideTheDatabase() throws Exception {
        try (Database db = TempDatabase.open(folder)) {
            CalendarFeed feed = new CalendarFeed(() -> db, Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));
            StorePlanner planner = new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US);
            Path file = folder.resolve(CalendarFeed.FILE_NAME);

            feed.accept(planner.plan(LocalDate.of(2026, 11, 23)));
            assertEquals(0, Biweekly.parse(Files.readString(file)).first().getEvents().size(), "empty store, empty calendar");

            try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
                new ExchangeService(db, HolidayCalendars.shared()::isSupported).importFrom(in);
            }
            PlanSnapshot snapshot = planner.plan(LocalDate.of(2026, 11, 23));
            feed.accept(snapshot);
            ICalendar calendar = Biweekly.parse(Files.readString(file)).first();
            assertEquals(snapshot.actions().size(), calendar.getEvents().size());
            assertTrue(snapshot.actions().size() > 0);
            List<String> leftovers = Files.list(folder).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp")).toList();
            assertFalse(leftovers.iterator().hasNext(), "no temporary file left: " + leftovers);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals(app.nudge.common.OwnerOnly.FILE, Files.getPosixFilePermissions(file),
                        "the feed names companies and contacts: readable by the user only");
            }
        }
    }
}
