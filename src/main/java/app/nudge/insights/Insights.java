package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.util.List;

/**
 * Computes an {@link InsightsReport} from the whole history (docs/insights.md has the definitions:
 * attempt numbers and answers are worked out on the whole history, then the period picks what it
 * counts).
 */
public final class Insights {

    private final PlannedWindows windows;
    private final String presetName;

    /**
     * @param windows    the planned window of each follow-up (in window or late)
     * @param presetName the preset the search uses, the one row of {@link DecisionTimes#byPreset()}
     */
    public Insights(PlannedWindows windows, String presetName) {
        this.windows = windows;
        this.presetName = presetName;
    }

    /**
     * @param plan  today's plan (for "due next week"); may be empty
     * @param today the day things in the future are counted from (a round ending after it is not yet held)
     */
    public InsightsReport compute(List<Application> applications, List<PlannedAction> plan, Period period,
                                  LocalDate today) {
        throw new UnsupportedOperationException("PLACEHOLDER: the insights branch replaces this");
    }
}
