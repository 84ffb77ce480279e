package app.nudge.interop.ics;

import app.nudge.compose.Composer;
import app.nudge.compose.TemplateOverrides;
import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import biweekly.ICalendar;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A plan's calendar with the user's stored settings: their name and edited templates make the
 * summaries the same subjects the app drafts. Reads the store: call on the database thread.
 */
public final class StoredPlanCalendar {

    private StoredPlanCalendar() {
    }

    public static ICalendar build(Database db, List<Application> applications, List<PlannedAction> plan, Clock clock) {
        SettingsRepository settings = new SettingsRepository(db);
        Map<String, String> stored = settings.all();
        Composer composer = new Composer(TemplateOverrides.layered(TemplateOverrides.fromSettings(stored)));
        Settings you = settings.load();
        return PlanCalendar.build(applications, plan, composer, you, clock.instant(), java.time.LocalDate.now(clock));
    }
}
