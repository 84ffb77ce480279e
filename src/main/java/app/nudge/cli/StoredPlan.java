package app.nudge.cli;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.Application;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.PlannedAction;
import app.nudge.schedule.PlanInputs;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.time.LocalDate;
import java.util.List;

/** The stored applications and their plan for today with the stored settings, as the app shows it. */
record StoredPlan(List<Application> applications, List<PlannedAction> actions) {

    static StoredPlan read(Database db, LocalDate today, CliContext context, HolidayCalendars holidays) {
        PlanInputs inputs = PlanInputs.fromSettings(new SettingsRepository(db).all(), context.locale());
        List<Application> applications = new ApplicationRepository(db).findAll();
        return new StoredPlan(applications,
                FollowUpPolicy.plan(applications, today, inputs.calendars(holidays), inputs.intervals()));
    }
}
