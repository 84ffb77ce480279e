package app.nudge.interop.ics;

import app.nudge.common.AtomicFiles;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.store.Database;
import biweekly.ICalendar;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps {@code nudge.ics} beside the database equal to the latest plan, so a calendar app can
 * subscribe to the file. Runs on the database thread, never on the FX thread (the app hands it the
 * newest plan every few seconds, not every re-plan), and writes atomically (a calendar reading the
 * file never sees half of it).
 */
public final class CalendarFeed implements Consumer<PlanSnapshot> {

    public static final String FILE_NAME = "nudge.ics";
    private static final Logger LOG = Logger.getLogger(CalendarFeed.class.getName());

    private final Supplier<Database> database;
    private final Clock clock;

    public CalendarFeed(Supplier<Database> database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public static Path fileBeside(Database db) {
        return db.path().folder().resolve(FILE_NAME);
    }

    @Override
    public void accept(PlanSnapshot snapshot) {
        Database db = database.get();
        Path file = fileBeside(db);
        try {
            ICalendar calendar = StoredPlanCalendar.build(db, snapshot.applications(), snapshot.actions(), clock);
            AtomicFiles.writePrivate(file, out -> IcsFiles.write(calendar, out));
        } catch (IOException | RuntimeException e) {
            // The calendar file is a convenience: failing to write it must not stop the plan reaching the board.
            LOG.log(Level.WARNING, "Could not write " + file, e);
        }
    }
}
