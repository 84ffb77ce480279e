package app.nudge.ui.insights;

/** The periods the Insights window offers; "custom" takes its days from the two date fields. */
public enum PeriodChoice {
    LAST_30_DAYS("Last 30 days"),
    LAST_90_DAYS("Last 90 days"),
    ALL("All time"),
    CUSTOM("Custom dates");

    private final String words;

    PeriodChoice(String words) {
        this.words = words;
    }

    @Override
    public String toString() {
        return words;
    }
}
