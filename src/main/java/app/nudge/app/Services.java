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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final Supplier<Database> database;
    /** On a server: the other desktops' changes and the server's outages (nothing for a file). */
    private final ServerFollow serverFollow;
    private final List<Runnable> changedElsewhere = new CopyOnWriteArrayList<>();

    /** @param uiExecutor where the server's state is reported to the window */
    Services(Supplier<Database> database, Executor databaseExecutor, Executor uiExecutor, Clock clock, Ticker ticker,
             Locale locale) {
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
        this.database = database;
        // Changes made on another desktop take the path of this one's own: forget the early plan, then
        // re-plan the changed applications alone (StorePlanner reads them again from the store).
        serverFollow = new ServerFollow(databaseExecutor, uiExecutor, clock, new ServerFollow.Changes() {
            @Override
            public void applications(Set<String> ids) {
                applications.changedElsewhere(ids); // undo never names what the other desktop's change made impossible
                firstPlan.forget();
                scheduler.replan(ids);
            }

            @Override
            public void everything() {
                firstPlan.forget();
                scheduler.replan();
                changedElsewhere.forEach(Runnable::run);
            }
        });
        scheduler.addListener(snapshot -> serverFollow.planned());
    }

    /** Called on the database thread when another desktop may have changed anything (settings, templates). */
    void onChangedElsewhere(Runnable listener) {
        changedElsewhere.add(listener);
    }

    ServerFollow serverFollow() {
        return serverFollow;
    }

    /** A plan made at start-up from the data as it is: the first re-plan uses it unless something changed. */
    void offerFirstPlan(PlanSnapshot snapshot) {
        firstPlan.offer(snapshot);
    }

    /** Once the database is open: the first plan, then the timers. */
    void start() {
        serverFollow.follow(database.get()); // first: its re-plan once listening may fold into the first plan
        scheduler.start();
    }

    /** After the database was reopened (a restore, another file): its undo history and plan are stale. */
    void reload() {
        applications.forgetHistory(); // its before/after states belong to the data just replaced
        scheduler.replan();
        serverFollow.follow(database.get());
    }

    /**
     * Stops the timers. The calendar file catches up first: its write is queued on the database
     * executor, so call this before the database closes there.
     */
    void close() throws Exception {
        serverFollow.close();
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
