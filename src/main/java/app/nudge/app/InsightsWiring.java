package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.i18n.Texts;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRows;
import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import app.nudge.report.ActivityReportFiles;
import app.nudge.schedule.PlanInputs;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.settings.UserSettings;
import app.nudge.ui.insights.ChartExport;
import app.nudge.ui.insights.InsightsViewModel;
import app.nudge.ui.insights.InsightsWindow;
import app.nudge.ui.report.ActivityReportDialog;
import app.nudge.ui.report.ActivityReportViewModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Insights window (Ctrl+I) and the activity report (Ctrl+Shift+R), joined to the plan and the
 * settings. Both read the latest plan the scheduler published, so they show the board's data and
 * never read the database themselves; figures and files are made on {@link ReportInputs#background()}.
 */
final class InsightsWiring {

    static final KeyCombination INSIGHTS_KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REPORT_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ReportInputs inputs;
    private final HolidayCalendars holidays;
    private final Locale locale;
    private final Clock clock;
    private final Executor ui;
    /** The last plan published; written by the scheduler's listener, read by the background worker. */
    private volatile PlanSnapshot plan = new PlanSnapshot(LocalDate.EPOCH, List.of(), List.of());
    private volatile UserSettings settings = UserSettings.defaults();
    /** The open Insights window and its model; on the JavaFX thread. */
    private Stage insightsWindow;
    private InsightsViewModel insights;

    InsightsWiring(ReportInputs inputs, HolidayCalendars holidays, Locale locale, Clock clock, Executor ui) {
        this.inputs = inputs;
        this.holidays = holidays;
        this.locale = locale;
        this.clock = clock;
        this.ui = ui;
    }

    /** A new plan (any thread): an open Insights window shows the new figures. */
    void planned(PlanSnapshot snapshot) {
        plan = snapshot;
        ui.execute(this::refreshOpenWindow);
    }

    /** The settings as stored now (the name on the report, the preset and calendars of the windows). */
    void settingsChanged(UserSettings values) {
        settings = values;
        ui.execute(this::refreshOpenWindow);
    }

    private void refreshOpenWindow() {
        if (insightsWindow != null && insightsWindow.isShowing()) {
            insights.refresh();
        }
    }

    /** The figures of a period from the last plan; on the background worker. */
    InsightsReport insights(Period period) {
        PlanSnapshot now = plan;
        return PlanInputs.fromSettings(settings, locale).insights(holidays)
                .compute(now.applications(), now.actions(), period, LocalDateTime.now(clock));
    }

    /** The acts of a period from the last plan, for the name in Settings; on the background worker. */
    ActivityReport activity(Period period) {
        return ActivityRows.report(plan.applications(), period, LocalDateTime.now(clock), settings.yourName());
    }

    /** Opens the Insights window, or brings the open one to the front. On the JavaFX thread. */
    Stage openInsights(Window owner) {
        if (insightsWindow != null && insightsWindow.isShowing()) {
            insightsWindow.toFront();
            insightsWindow.requestFocus();
            return insightsWindow;
        }
        insights = new InsightsViewModel(this::insights, inputs.background(), ui, clock);
        insightsWindow = InsightsWindow.show(owner, insights,
                new ChartExport(inputs.pictures(), inputs.pictureFiles(), inputs.background(), ui));
        return insightsWindow;
    }

    /** Opens the activity report dialog. On the JavaFX thread. */
    Stage openActivityReport(Window owner) {
        return ActivityReportDialog.show(owner, new ActivityReportViewModel(this::activity, ActivityReportFiles::write,
                inputs.reportFiles(), inputs.opener(), clock, inputs.background(), ui));
    }

    /** The toolbar's "Reports" menu: Insights and Activity report…, with their keys shown. */
    MenuButton toolbarMenu(Supplier<Window> owner) {
        MenuItem openInsights = new MenuItem(Texts.t("app.reports.insights"));
        openInsights.setId("openInsights");
        openInsights.setAccelerator(INSIGHTS_KEY);
        openInsights.setOnAction(e -> openInsights(owner.get()));
        MenuItem activityReport = new MenuItem(Texts.t("app.reports.activity"));
        activityReport.setId("openActivityReport");
        activityReport.setAccelerator(REPORT_KEY);
        activityReport.setOnAction(e -> openActivityReport(owner.get()));
        MenuButton menu = new MenuButton(Texts.t("app.reports"), null, openInsights, activityReport);
        menu.setId("reports");
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        menu.setAccessibleText(Texts.t("app.reports.accessible"));
        menu.setTooltip(new Tooltip(Texts.t("app.reports.tooltip")));
        return menu;
    }
}
