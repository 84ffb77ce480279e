package app.nudge.ui.insights;

import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Insights window's state: the chosen period, the report for it and one line saying what went
 * wrong, if anything. A report is computed on {@code background} whenever the period changes or
 * {@link #refresh()} is called (the data changed) and published on {@code ui}; only the latest
 * request's answer is shown, so a slow old one never replaces a newer report. Use on the JavaFX thread.
 */
public final class InsightsViewModel {

    private static final System.Logger LOG = System.getLogger(InsightsViewModel.class.getName());

    private final Function<Period, InsightsReport> compute;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(this, "choice", PeriodChoice.LAST_90_DAYS);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>(this, "customFrom");
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>(this, "customTo");
    private final ReadOnlyObjectWrapper<InsightsReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper(this, "periodText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    /** Counts requests; an answer is published only while it belongs to the latest one. */
    private long latest;

    /**
     * @param compute    the report for a period (runs on {@code background}; may be slow, may throw)
     * @param background where reports are computed
     * @param ui         the JavaFX thread
     * @param clock      what "today" is for the last 30 / 90 days
     */
    public InsightsViewModel(Function<Period, InsightsReport> compute, Executor background, Executor ui, Clock clock) {
        this.compute = Objects.requireNonNull(compute);
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        choice.addListener((o, was, now) -> refresh());
        customFrom.addListener((o, was, now) -> refreshIfCustom());
        customTo.addListener((o, was, now) -> refreshIfCustom());
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    /** The first day of a custom period; empty means from the first thing recorded. */
    public ObjectProperty<LocalDate> customFromProperty() {
        return customFrom;
    }

    /** The last day of a custom period; empty means up to today and on. */
    public ObjectProperty<LocalDate> customToProperty() {
        return customTo;
    }

    /** The latest report; null until the first one is computed. */
    public ReadOnlyObjectProperty<InsightsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The shown report's period in words ("1 Sep 2026 to 29 Nov 2026"). */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    /** One plain line when the period cannot be used or the figures could not be worked out; else empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a report is being computed. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Computes the report of the chosen period again (the app calls this when the data changed). */
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        Period period;
        switch (choice.get() == null ? PeriodChoice.LAST_90_DAYS : choice.get()) {
            case LAST_30_DAYS -> period = Period.lastDays(30, today);
            case LAST_90_DAYS -> period = Period.lastDays(90, today);
            case ALL -> period = Period.all();
            default -> {
                LocalDate from = customFrom.get();
                LocalDate to = customTo.get();
                if (from != null && to != null && to.isBefore(from)) {
                    latest++; // an answer still on its way is for a period no longer chosen
                    working.set(false);
                    problem.set(InsightsTexts.toBeforeFrom(from, to));
                    return;
                }
                period = new Period(from, to);
            }
        }
        long request = ++latest;
        problem.set(""); // the period is right now: a line about it must not wait for the figures
        working.set(true);
        CompletableFuture.supplyAsync(() -> compute.apply(period), background)
                .whenCompleteAsync((computed, error) -> publish(request, computed, error), ui);
    }

    private void refreshIfCustom() {
        if (choice.get() == PeriodChoice.CUSTOM) {
            refresh();
        }
    }

    private void publish(long request, InsightsReport computed, Throwable error) {
        if (request != latest) {
            return;
        }
        working.set(false);
        if (error != null || computed == null) {
            LOG.log(System.Logger.Level.WARNING, "Computing insights failed", error);
            problem.set(InsightsTexts.computeFailed()); // the last report stays: better old figures than none
            return;
        }
        problem.set("");
        periodText.set(InsightsTexts.period(computed.period(), computed.today()));
        report.set(computed);
    }
}
