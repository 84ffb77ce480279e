package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.interop.csv.CsvImports;
import app.nudge.interop.csv.StoreCsvImports;
import app.nudge.interop.ics.CalendarFeed;
import app.nudge.schedule.FirstPlanCache;
import app.nudge.schedule.LatestEvery;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.Scheduler;
import app.nudge.schedule.StorePlanner;
import app.nudge.schedule.Ticker;
import app.nudge.service.ApplicationService;
import app.nudge.service.SettingsService;
import app.nudge.service.TemplateService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The service half of the app's object graph: the services every change goes through, the planner
 * and its scheduler, CSV imports and the calendar file beside the database. Nothing here knows a
 * view; {@link Wiring} joins the views to it. All store work runs on the one database executor.
 */
final class Services {

    /** How often nudge.ics catches up with the plan. */
    static final Duration CALENDAR_PERIOD = Duration.ofSeconds(5);

    private final ApplicationService applications;
    private final SettingsService settings;
    private final TemplateService templates;
    private final CsvImports csvImports;
    private final FirstPlanCache firstPlan;
    private final Scheduler scheduler;
    private final LatestEvery<PlanSnapshot> calendarFeed;
    private final HolidayCalendars holidays = HolidayCalendars.shared();

    Services(Supplier<Database> database, Executor databaseExecutor, Clock clock, Ticker ticker, Locale locale) {
        applications = new ApplicationService(() -> new ApplicationRepository(database.get()), databaseExecutor);
        settings = new SettingsService(() -> new SettingsRepository(database.get()), databaseExecutor);
        templates = new TemplateService(() -> new SettingsRepository(database.get()), databaseExecutor);
        firstPlan = new FirstPlanCache(new StorePlanner(database, holidays, locale));
        scheduler = new Scheduler(firstPlan, clock, ticker, databaseExecutor);
        // Forgetting comes first: the re-plan a change asks for must not get the plan made before it.
        applications.onApplicationsChanged(ids -> firstPlan.forget());
        settings.onChange(firstPlan::forget);
        // A change to one application updates the plan for it alone; settings change every action: plan all.
        applications.onApplicationsChanged(scheduler::replan);
        settings.onChange(scheduler::replan);
        // A CSV import writes through the store in one transaction (not application by application),
        // as one change of the undo history, then re-plans.
        csvImports = new StoreCsvImports(database, databaseExecutor, clock, () -> {
            firstPlan.forget();
            scheduler.replan();
        }, applications::changeTogether);
        // nudge.ics beside the database follows the plan: the newest one, at most every few seconds,
        // on the database thread (with 100,000 applications a write takes far longer than a re-plan).
        calendarFeed = new LatestEvery<>(new CalendarFeed(database, clock), ticker, CALENDAR_PERIOD, databaseExecutor);
        scheduler.addListener(calendarFeed);
    }

    /** A plan made at start-up from the data as it is: the first re-plan uses it unless something changed. */
    void offerFirstPlan(PlanSnapshot snapshot) {
        firstPlan.offer(snapshot);
    }

    /** Once the database is open: the first plan, then the timers. */
    void start() {
        scheduler.start();
    }

    /** After the database was reopened (a restore, another file): its undo history and plan are stale. */
    void reload() {
        applications.forgetHistory(); // its before/after states belong to the data just replaced
        scheduler.replan();
    }

    /**
     * Stops the timers. The calendar file catches up first: its write is queued on the database
     * executor, so call this before the database closes there.
     */
    void close() throws Exception {
        scheduler.close();
        calendarFeed.flush();
        calendarFeed.close();
    }

    ApplicationService applications() {
        return applications;
    }

    SettingsService settings() {
        return settings;
    }

    TemplateService templates() {
        return templates;
    }

    CsvImports csvImports() {
        return csvImports;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    HolidayCalendars holidays() {
        return holidays;
    }
}
