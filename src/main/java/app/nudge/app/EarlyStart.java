package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.common.NamedThreads;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.CheckedContent;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.board.BoardCards;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;

/**
 * The data side of start-up, begun by {@link Main} before JavaFX starts: on the database thread it
 * opens the database while the toolkit and the window are being built on the other core. As soon as
 * the file's check has read every application and setting, a thread of its own plans them and makes
 * the board's cards (the first look), while the check goes on reading every table and index in full
 * and the file is then opened for writing. The app shows the first look at once and adopts the
 * thread, the open database and the plan when they are ready.
 *
 * @param databaseThread the app's one database thread, already running the work
 * @param opening        the database, opened (or the reason it could not be)
 * @param firstLook      the cards planned from the check's read, or null when there was none (an older
 *                       schema, a server); shown only, as the open may still fail
 * @param firstPlan      the plan for the open database, made right after opening, with its cards
 */
record EarlyStart(DatabasePath path, ExecutorService databaseThread, CompletableFuture<Database> opening,
                  CompletableFuture<FirstPlan> firstLook, CompletableFuture<FirstPlan> firstPlan) {

    private static final Logger LOG = Logger.getLogger(EarlyStart.class.getName());

    /** A plan and the board's cards for it, built before the window is up. */
    record FirstPlan(PlanSnapshot plan, BoardCards cards) {

        static FirstPlan of(PlanSnapshot plan) {
            return new FirstPlan(plan, BoardCards.of(plan));
        }
    }

    static EarlyStart begin(DatabasePath path, Clock clock, Locale locale) {
        ExecutorService databaseThread = NamedThreads.databaseThread();
        LocalDate today = LocalDate.now(clock);
        CompletableFuture<CheckedContent> read = new CompletableFuture<>();
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                // A schema on a server gets its daily JSON backup in the local folder (DataSession takes it).
                () -> path.isServer() ? StoreOpening.open(path, null) : StoreOpening.openWithFirstLook(path, read::complete),
                databaseThread);
        opening.whenComplete((db, error) -> read.complete(null)); // no first look came: none will
        // One job, on a daemon thread of its own that ends with it.
        java.util.concurrent.Executor planThread = job -> Thread.ofPlatform().daemon().name("nudge-first-look").start(job);
        CompletableFuture<FirstPlan> firstLook = read.thenApplyAsync(content -> content == null ? null
                : FirstPlan.of(StorePlanner.planOf(content, today, HolidayCalendars.shared(), locale)), planThread);
        // On the database thread as the open ends, before any queued change can run: the plan offered
        // to the scheduler is of the data as opened.
        CompletableFuture<FirstPlan> firstPlan = opening.thenApply(db -> lookOrPlan(firstLook, db, today, locale));
        return new EarlyStart(path, databaseThread, opening, firstLook, firstPlan);
    }

    /** The first look's plan (waited for: it is nearly made), else a plan of the open database. */
    private static FirstPlan lookOrPlan(CompletableFuture<FirstPlan> firstLook, Database db, LocalDate today, Locale locale) {
        FirstPlan look = null;
        try {
            look = firstLook.join();
        } catch (RuntimeException failed) {
            LOG.warning(() -> "The first look could not be planned; planning again: " + failed);
        }
        if (look != null) {
            db.takeCheckedContent(); // what the look was planned from: not kept for nothing
            return look;
        }
        StorePlanner planner = new StorePlanner(() -> db, HolidayCalendars.shared(), locale);
        return FirstPlan.of(db.takeCheckedContent().map(content -> planner.plan(today, content)).orElseGet(() -> planner.plan(today)));
    }
}
