package app.nudge.ui.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.i18n.Texts;
import app.nudge.insights.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The periods the report dialog offers in one keystroke; an agency usually asks for last month. */
public enum ReportPeriodChoice {
    /** The previous calendar month, whole. */
    LAST_MONTH,
    /** From the 1st of this month to today. */
    THIS_MONTH,
    /** Today and the 29 days before it. */
    LAST_30_DAYS,
    /** The days typed in From and To. */
    CUSTOM;

    /** The days this choice stands for on {@code today}; empty for {@link #CUSTOM}, which has none of its own. */
    public Optional<Period> period(LocalDate today) {
        return switch (this) {
            case LAST_MONTH -> {
                YearMonth month = YearMonth.from(today).minusMonths(1);
                yield Optional.of(new Period(month.atDay(1), month.atEndOfMonth()));
            }
            case THIS_MONTH -> Optional.of(new Period(today.withDayOfMonth(1), today));
            case LAST_30_DAYS -> Optional.of(Period.lastDays(30, today));
            case CUSTOM -> Optional.empty();
        };
    }

    /** The words on its radio button: "Last month (October 2026)". */
    public String label(LocalDate today) {
        return switch (this) {
            case LAST_MONTH -> t("report.choice.LAST_MONTH", "month", month(today.minusMonths(1)));
            case THIS_MONTH -> t("report.choice.THIS_MONTH", "month", month(today));
            case LAST_30_DAYS, CUSTOM -> t("report.choice." + name());
        };
    }

    private static String month(LocalDate day) {
        return Texts.current().date("format.monthYearLong", day);
    }
}
