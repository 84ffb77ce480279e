package app.nudge.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Interviewed" means a round whose endedAt is not in the future (issue 16's definitions): the
 * moment counts, not only the day. A round booked for 14:00 today is not held at 13:46, and is at
 * 14:00; the day-only entry points count every round of the day (the end of that day).
 */
class HeldRoundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** Applied 2 Nov; one round booked for today 14:00. */
    private static final Application GLOBEX = new Application("globex", "Globex", "Analyst", "", LocalDate.of(2026, 11, 2),
            "", "", "", false, false, "", List.of(),
            List.of(new InterviewRound(LocalDateTime.of(2026, 11, 30, 14, 0), null, "", List.of("Sam Roe"))), List.of());

    private static final Insights INSIGHTS = new Insights(PlannedWindows.none(), "STANDARD");

    @Test
    void aRoundLaterTodayIsNotInterviewedYetInTheFunnelNorInTheWeeks() {
        InsightsReport before = INSIGHTS.compute(List.of(GLOBEX), List.of(), Period.all(), TODAY.atTime(13, 46));
        assertEquals(1, before.funnel().applications(), "counted on its first round's date, held or not");
        assertEquals(0, before.funnel().interviewed(), "14:00 is still to come at 13:46");
        assertEquals(0, before.weeks().stream().mapToInt(Week::interviews).sum());

        InsightsReport at = INSIGHTS.compute(List.of(GLOBEX), List.of(), Period.all(), TODAY.atTime(14, 0));
        assertEquals(1, at.funnel().interviewed(), "ended at 14:00: not in the future at 14:00");
        assertEquals(1, at.weeks().stream().mapToInt(Week::interviews).sum());

        assertEquals(1, INSIGHTS.compute(List.of(GLOBEX), List.of(), Period.all(), TODAY).funnel().interviewed(),
                "the day-only form takes the end of the day");
    }

    @Test
    void aRoundLaterTodayIsNotAnActYetAndTheApplicationStaysApplied() {
        Period november = new Period(LocalDate.of(2026, 11, 1), TODAY);
        ActivityReport before = ActivityRows.report(List.of(GLOBEX), november, TODAY.atTime(13, 46), "Jane");
        assertEquals(List.of(Act.APPLIED), before.rows().stream().map(ActivityRow::act).toList());
        assertEquals(Standing.APPLIED, before.rows().get(0).result());
        assertEquals(TODAY, before.madeOn());

        ActivityReport after = ActivityRows.report(List.of(GLOBEX), november, TODAY.atTime(15, 30), "Jane");
        assertEquals(List.of(Act.APPLIED, Act.INTERVIEW), after.rows().stream().map(ActivityRow::act).toList());
        assertEquals(Standing.INTERVIEWING, after.rows().get(0).result());
    }
}
