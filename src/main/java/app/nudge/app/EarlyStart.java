package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.common.NamedThreads;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.board.BoardCards;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The data side of start-up, begun by {@link Main} before JavaFX starts: on the database thread it
 * opens the database and makes the first plan while the toolkit and the window are being built on
 * the other core. The app adopts the thread, the open database and the plan when its window is
 * up, so the board fills at once instead of starting to open the data only then.
 *
 * @param databaseThread the app's one database thread, already running the work
 * @param opening        the database, opened (or the reason it could not be)
 * @param firstPlan      the plan made right after opening, for the day it was made, with its cards
 */
record EarlyStart(DatabasePath path, ExecutorService databaseThread, CompletableFuture<Database> opening,
                  CompletableFuture<FirstPlan> firstPlan) {

    /** The first plan and the board's cards for it, both built before the window is up. */
    record FirstPlan(PlanSnapshot plan, BoardCards cards) {
    }

    static EarlyStart begin(DatabasePath path, Clock clock, Locale locale) {
        ExecutorService databaseThread = NamedThreads.databaseThread();
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                // A schema on a server gets its daily JSON backup in the local folder (DataSession takes it).
                () -> StoreOpening.open(path, null), databaseThread);
        CompletableFuture<FirstPlan> firstPlan = opening.thenApplyAsync(
                db -> {
                    StorePlanner planner = new StorePlanner(() -> db, HolidayCalendars.shared(), locale);
                    LocalDate today = LocalDate.now(clock);
                    // The check before opening read everything already: planned from that, not read twice.
                    PlanSnapshot plan = db.takeCheckedContent().map(read -> planner.plan(today, read))
                            .orElseGet(() -> planner.plan(today));
                    return new FirstPlan(plan, BoardCards.of(plan));
                }, databaseThread);
        return new EarlyStart(path, databaseThread, opening, firstPlan);
    }
}
