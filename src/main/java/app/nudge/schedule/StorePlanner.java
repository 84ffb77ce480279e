package app.nudge.schedule;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import app.nudge.domain.Application;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Plans from what the database holds, with the user's settings. Runs on the database thread. */
public final class StorePlanner implements Planner {

    private final Supplier<Database> database;
    private final HolidayCalendars holidays;
    private final Locale locale;

    public StorePlanner(Supplier<Database> database, HolidayCalendars holidays, Locale locale) {
        this.database = database;
        this.holidays = holidays;
        this.locale = locale;
    }

    @Override
    public PlanSnapshot plan(LocalDate today) {
        Database db = database.get();
        PlanInputs inputs = PlanInputs.fromSettings(new SettingsRepository(db).all(), locale);
        List<Application> applications = new ApplicationRepository(db).findAll();
        return new PlanSnapshot(today, applications,
                FollowUpPolicy.plan(applications, today, inputs.calendars(holidays), inputs.intervals()));
    }
}
