package app.nudge.insights;

import app.nudge.domain.Application;
import java.time.LocalDate;
import java.util.List;

/**
 * The acts of the activity report (docs/insights.md): one row per act dated in the period, oldest
 * first; on one day by employer (case ignored), then application id, then the order recorded
 * (applied, then rounds, then events).
 */
public final class ActivityRows {

    private ActivityRows() {
    }

    /**
     * @param today the day "result so far" is taken on; rounds ending after it are not yet acts
     */
    public static ActivityReport report(List<Application> applications, Period period, LocalDate today,
                                        String userName) {
        throw new UnsupportedOperationException("PLACEHOLDER: the report branch replaces this");
    }
}
