package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

/** The periods the Insights window offers; "custom" takes its days from the two date fields. */
public enum PeriodChoice {
    LAST_30_DAYS,
    LAST_90_DAYS,
    ALL,
    CUSTOM;

    /** The words in the list, read when shown (insights.choice.*). */
    @Override
    public String toString() {
        return t("insights.choice." + name());
    }
}
