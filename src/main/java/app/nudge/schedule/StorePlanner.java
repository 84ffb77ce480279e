package app.nudge.schedule;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.Application;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.CheckedContent;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Plans from what the database holds, with the user's settings. Runs on the database thread.
 *
 * <p>A whole plan reads every application and the settings. An {@link #update} reads only the
 * changed applications and reuses the settings and calendars of the last whole plan: the caller
 * plans everything again after a settings change (see {@link Scheduler}).
 */
public final class StorePlanner implements Planner {

    /** Beyond this many changes at once, reading everything is no slower than reading each one. */
    static final int MOST_CHANGES_TO_UPDATE = 500;

    private final Supplier<Database> database;
    private final HolidayCalendars holidays;
    private final Locale locale;

    /** What the last whole plan was computed with; touched only on the database thread. */
    private Basis basis;

    private record Basis(Database db, PlanInputs inputs, CalendarChooser calendars) {
    }

    public StorePlanner(Supplier<Database> database, HolidayCalendars holidays, Locale locale) {
        this.database = database;
        this.holidays = holidays;
        this.locale = locale;
    }

    @Override
    public PlanSnapshot plan(LocalDate today) {
        Database db = database.get();
        Map<String, String> settings = new SettingsRepository(db).all();
        return plan(db, settings, new ApplicationRepository(db).findAll(), today);
    }

    /**
     * The whole plan from what the check before opening read ({@link Database#takeCheckedContent()}):
     * the same rows a {@link #plan(LocalDate)} would read again, as nothing was written since.
     */
    public PlanSnapshot plan(LocalDate today, CheckedContent read) {
        return plan(database.get(), read.settings(), read.applications(), today);
    }

    /**
     * The whole plan of {@code read} alone, touching no database (any thread): what {@link #plan(LocalDate,
     * CheckedContent)} gives, made while the database is still being opened. A planner {@link #adopt}s it.
     */
    public static PlanSnapshot planOf(CheckedContent read, LocalDate today, HolidayCalendars holidays, Locale locale) {
        PlanInputs inputs = PlanInputs.fromSettings(read.settings(), locale);
        return planWith(inputs, inputs.calendars(holidays), read.applications(), today);
    }

    private PlanSnapshot plan(Database db, Map<String, String> settings, List<Application> applications, LocalDate today) {
        PlanInputs inputs = PlanInputs.fromSettings(settings, locale);
        CalendarChooser calendars = inputs.calendars(holidays);
        PlanSnapshot snapshot = planWith(inputs, calendars, applications, today);
        basis = new Basis(db, inputs, calendars);
        return snapshot;
    }

    private static PlanSnapshot planWith(PlanInputs inputs, CalendarChooser calendars, List<Application> applications,
                                         LocalDate today) {
        return new PlanSnapshot(today, applications, FollowUpPolicy.plan(applications, today, calendars, inputs.intervals()));
    }

    /** The settings and calendars as stored now: what {@code made} was planned with (nothing changed since). */
    @Override
    public void adopt(PlanSnapshot made) {
        Database db = database.get();
        PlanInputs inputs = PlanInputs.fromSettings(new SettingsRepository(db).all(), locale);
        basis = new Basis(db, inputs, inputs.calendars(holidays));
    }

    /**
     * Reads only the changed applications. Plans everything instead when {@code previous} is of
     * another day, when no whole plan of this database was made yet (the file was switched), or
     * when so many changed that one read of everything is cheaper.
     */
    @Override
    public PlanSnapshot update(PlanSnapshot previous, Set<String> changedIds, LocalDate today) {
        Database db = database.get();
        Basis last = basis;
        if (previous == null || !previous.today().equals(today) || last == null || last.db() != db
                || changedIds.size() > MOST_CHANGES_TO_UPDATE) {
            return plan(today);
        }
        ApplicationRepository repository = new ApplicationRepository(db);
        List<Application> stored = new ArrayList<>(changedIds.size());
        for (String id : changedIds) {
            repository.find(id).ifPresent(stored::add);
        }
        return PlanUpdate.apply(previous, changedIds, stored, last.calendars(), last.inputs().intervals());
    }
}
