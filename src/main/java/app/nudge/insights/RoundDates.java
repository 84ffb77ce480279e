package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The interview dates of an application's rounds, oldest first (scheduled rounds included). */
final class RoundDates {

    private RoundDates() {
    }

    static LocalDate[] of(Application app) {
        List<InterviewRound> rounds = app.interviews();
        LocalDate[] dates = new LocalDate[rounds.size()];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = rounds.get(i).date();
        }
        if (dates.length > 1) {
            Arrays.sort(dates);
        }
        return dates;
    }

    /** The interview date of the latest round dated on or before {@code day}; null when none is. */
    static LocalDate latestOnOrBefore(LocalDate[] dates, LocalDate day) {
        LocalDate latest = null;
        for (LocalDate date : dates) {
            if (date.isAfter(day)) {
                break;
            }
            latest = date;
        }
        return latest;
    }
}
