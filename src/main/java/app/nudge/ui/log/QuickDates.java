package app.nudge.ui.log;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The decision dates people say at the end of an interview, counted from the day it was said. */
public final class QuickDates {

    private QuickDates() {
    }

    /**
     * The day "by Friday" means, said on {@code day}: the next Friday after it. Said on a Friday it
     * means a week later (nobody promises a decision by the end of the interview day), and on a
     * weekend the coming Friday.
     */
    public static LocalDate byFriday(LocalDate day) {
        return day.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    }

    /** "End of next week": the Friday of the calendar week (Monday to Sunday) after the one {@code day} is in. */
    public static LocalDate endOfNextWeek(LocalDate day) {
        return day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4);
    }

    /** "In two weeks": 14 days after {@code day}. */
    public static LocalDate inTwoWeeks(LocalDate day) {
        return day.plusDays(14);
    }
}
