package app.nudge.insights;

import static app.nudge.insights.InsightsFixture.TODAY;
import static app.nudge.insights.InsightsFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every figure of {@link Insights#compute} on {@link InsightsFixture}, expected values worked out
 * by hand (docs/insights.md). Today is Monday 23 Nov 2026.
 */
class InsightsTest {

    /** acme's follow-up of 21 Oct (event 3) was planned 19..20 Oct: late; that of 28 Oct (event 4) 28..30 Oct: in window. */
    private static final PlannedWindows FIXED = (app, index) -> {
        if (!app.id().equals("acme")) {
            return Optional.empty();
        }
        return switch (index) {
            case 3 -> Optional.of(new PlannedWindows.Window(d("2026-10-19"), d("2026-10-20")));
            case 4 -> Optional.of(new PlannedWindows.Window(d("2026-10-28"), d("2026-10-30")));
            default -> Optional.empty();
        };
    };

    private static InsightsReport compute(Period period) {
        return new Insights(FIXED, "STANDARD").compute(InsightsFixture.all(), List.of(), period, TODAY);
    }

    @Test
    void funnelOverAllTimeCountsEveryApplicationAndR1DecidesWhichAreOpen() {
        // acme, beta, rho, phi: a round held on or before today -> interviewed (4). delta's only round
        // is on 26 Nov (future): not interviewed. gamma, epsilon: no round.
        // offers: acme. rejections: gamma, rho.
        // open (R1): acme (no closing event), gamma (none), delta (its WITHDRAWN of 2 Nov is before the
        // round of 26 Nov, so it no longer counts), phi. Not open: beta (CLOSED), epsilon (WITHDRAWN,
        // no round so every event counts), rho (REJECTION_ANSWERED).
        // closed without answer: beta. withdrawn: epsilon.
        assertEquals(new Funnel(7, 4, 1, 2, 4, 1, 1), compute(Period.all()).funnel());
    }

    @Test
    void funnelOfOctoberCountsApplicationsByTheirFirstRoundsDate() {
        // First round's date: acme 5 Oct, beta 20 Oct, rho 1 Sep (its older round, recorded second),
        // phi 9 Nov, delta 26 Nov; gamma by appliedOn 1 Nov; epsilon has neither (all time only).
        // October: acme and beta. Both interviewed; acme has the offer and is open; beta closed without answer.
        assertEquals(new Funnel(2, 2, 1, 0, 1, 1, 0), compute(new Period(d("2026-10-01"), d("2026-10-31"))).funnel());
    }

    @Test
    void aRoundEndingTodayCountsAsInterviewed() {
        Application today = Application.of("t", "T", "R").withInterviews(List.of(
                new app.nudge.domain.InterviewRound(TODAY.atTime(23, 30), null, "", List.of())));
        Funnel funnel = new Insights(PlannedWindows.none(), "STANDARD")
                .compute(List.of(today), List.of(), Period.all(), TODAY).funnel();
        assertEquals(1, funnel.interviewed());
        Funnel tomorrow = new Insights(PlannedWindows.none(), "STANDARD")
                .compute(List.of(today), List.of(), Period.all(), TODAY.minusDays(1)).funnel();
        assertEquals(0, tomorrow.interviewed(), "the day before, the same round is not yet held");
    }

    @Test
    void followUpsOverAllTime() {
        FollowUpFigures f = compute(Period.all()).followUps();
        // acme: 14 Oct #1 answered the same day (0 d); 21 Oct #1 (the reply reset the count) never answered
        //   (28 Oct went out first); 28 Oct PHONE #2 answered by the offer of 2 Nov (5 d).
        // beta: 30 Oct #1, 6 Nov #2, neither answered (CLOSED is no answer).
        // gamma: 10 Nov #1 (no round) answered by the rejection of 12 Nov (2 d).
        // phi: 17 Nov EMAIL #1 not answered (the PHONE call went out after it the same day),
        //   17 Nov PHONE #2 answered by the reply of 18 Nov (1 d), though that reply was recorded first.
        // rho: 10 Sep #1, 17 Sep #2 unanswered; round 2 on 24 Sep resets: 2 Oct #1, check-back 5 Oct (3 d);
        //   the rejection of 20 Oct has no follow-up waiting.
        assertEquals(11, f.sent());
        assertEquals(5, f.answered());
        // days 0, 5, 2, 1, 3 -> sorted 0 1 2 3 5: lower half 0 1 -> 0.5, median 2, upper half 3 5 -> 4
        assertEquals(new DaySpread(5, 0, 0.5, 2.0, 4.0, 5), f.daysToAnswer());
        assertEquals(2.0, f.medianDaysToAnswer());
        // #1: acme 14 Oct (yes), acme 21 Oct, beta 30 Oct, gamma (yes), phi email, rho 10 Sep, rho 2 Oct (yes)
        // #2: acme 28 Oct (yes), beta 6 Nov, phi phone (yes), rho 17 Sep
        assertEquals(Map.of(1, new Count(7, 3), 2, new Count(4, 2)), f.byAttempt());
        assertEquals(List.of(1, 2), List.copyOf(f.byAttempt().keySet()));
        assertEquals(Map.of(Channel.EMAIL, new Count(9, 3), Channel.PHONE, new Count(2, 2)), f.byChannel());
        // FIXED: acme 21 Oct after its due day 20 Oct (late, unanswered); 28 Oct within 28..30 Oct (answered).
        assertEquals(new Count(1, 1), f.inWindow());
        assertEquals(new Count(1, 0), f.late());
        assertEquals(new Count(9, 4), f.noWindow());
    }

    @Test
    void aPeriodThatCutsBetweenAFollowUpAndItsAnswerKeepsTheAnswer() {
        FollowUpFigures f = compute(new Period(d("2026-10-25"), d("2026-10-31"))).followUps();
        // Dated inside: acme 28 Oct (#2, answered 2 Nov, outside the period: 5 d) and beta 30 Oct (#1, never).
        assertEquals(2, f.sent());
        assertEquals(1, f.answered());
        assertEquals(new DaySpread(1, 5, 5.0, 5.0, 5.0, 5), f.daysToAnswer());
        assertEquals(Map.of(1, new Count(1, 0), 2, new Count(1, 1)), f.byAttempt());
    }

    @Test
    void followUpsOfOctober() {
        FollowUpFigures f = compute(new Period(d("2026-10-01"), d("2026-10-31"))).followUps();
        // acme 14 Oct (0 d), 21 Oct, 28 Oct (5 d); beta 30 Oct; rho 2 Oct (3 d): days 0 3 5
        // -> one lower value 0, median 3, one upper value 5.
        assertEquals(5, f.sent());
        assertEquals(3, f.answered());
        assertEquals(new DaySpread(3, 0, 0.0, 3.0, 5.0, 5), f.daysToAnswer());
        assertEquals(Map.of(1, new Count(4, 2), 2, new Count(1, 1)), f.byAttempt());
        assertEquals(Map.of(Channel.EMAIL, new Count(4, 2), Channel.PHONE, new Count(1, 1)), f.byChannel());
    }

    @Test
    void aReplyRecordedBeforeASameDayFollowUpAnswersTheEarlierOneAndResetsTheCount() {
        // Round 1 Nov. Follow-up 2 Nov (#1); on 10 Nov a reply is recorded, then a follow-up:
        // the reply answers the 2 Nov one (8 d) and the 10 Nov one is #1 again, never answered.
        Application app = Application.of("x", "X", "R")
                .withInterviews(List.of(InsightsFixture.round("2026-11-01T10:00")))
                .withEvents(List.of(InsightsFixture.fu("2026-11-02", Channel.EMAIL),
                        Event.reply(d("2026-11-10"), null),
                        InsightsFixture.fu("2026-11-10", Channel.EMAIL)));
        FollowUpFigures f = new Insights(PlannedWindows.none(), "STANDARD")
                .compute(List.of(app), List.of(), Period.all(), TODAY).followUps();
        assertEquals(Map.of(1, new Count(2, 1)), f.byAttempt());
        assertEquals(new DaySpread(1, 8, 8.0, 8.0, 8.0, 8), f.daysToAnswer());
        assertEquals(new Count(2, 1), f.noWindow());
    }

    @Test
    void thankYousOnTimeAreSentByTheDayAfterTheirRound() {
        // acme 6 Oct for 5 Oct: on time. beta 22 Oct for 20 Oct: late. rho 2 Sep for 1 Sep: on time;
        // rho 26 Sep for round 2 of 24 Sep: late.
        assertEquals(new ThankYouFigures(4, 2), compute(Period.all()).thankYous());
        assertEquals(new ThankYouFigures(2, 1), compute(new Period(d("2026-10-01"), d("2026-10-31"))).thankYous());
    }

    @Test
    void decisionTimesCountFromTheLatestRoundBeforeTheDecision() {
        DecisionTimes all = compute(Period.all()).decisions();
        // acme: offer 2 Nov - round 5 Oct = 28 d (DE). rho: rejection 20 Oct - round 2 of 24 Sep = 26 d ("").
        // gamma's rejection has no round to count from.
        DaySpread both = new DaySpread(2, 26, 26.0, 27.0, 28.0, 28);
        assertEquals(both, all.all());
        assertEquals(Map.of("STANDARD", both), all.byPreset());
        assertEquals(Map.of("DE", new DaySpread(1, 28, 28.0, 28.0, 28.0, 28),
                "", new DaySpread(1, 26, 26.0, 26.0, 26.0, 26)), all.byCountry());
        assertEquals(List.of("", "DE"), List.copyOf(all.byCountry().keySet()));

        DecisionTimes october = compute(new Period(d("2026-10-01"), d("2026-10-31"))).decisions();
        assertEquals(new DaySpread(1, 26, 26.0, 26.0, 26.0, 26), october.all());
        assertEquals(List.of(""), List.copyOf(october.byCountry().keySet()));
    }

    @Test
    void weeksOfAClosedPeriodAreTheWholeWeeksItOverlaps() {
        // 10..18 Nov overlaps the weeks of Mon 9 Nov and Mon 16 Nov.
        // 9..15 Nov: phi's round (9 Nov); gamma's follow-up (10 Nov) sent; gamma's rejection (12 Nov) received.
        // 16..22 Nov: phi's two follow-ups (17 Nov); phi's reply (18 Nov); beta's CLOSED is neither.
        assertEquals(List.of(new Week(d("2026-11-09"), 1, 1, 1), new Week(d("2026-11-16"), 0, 2, 1)),
                compute(new Period(d("2026-11-10"), d("2026-11-18"))).weeks());
    }

    @Test
    void anOpenEndStopsAtTodaysWeekAndAFutureRoundIsNoInterview() {
        // delta's round on Thu 26 Nov is in today's week but after today.
        assertEquals(List.of(new Week(d("2026-11-16"), 0, 2, 1), new Week(d("2026-11-23"), 0, 0, 0)),
                compute(new Period(d("2026-11-16"), null)).weeks());
    }

    @Test
    void allTimeStartsAtTheWeekOfTheEarliestDateRecorded() {
        List<Week> weeks = compute(Period.all()).weeks();
        // rho applied Thu 20 Aug -> Mon 17 Aug; today's week Mon 23 Nov; 98 days apart = 14 weeks later.
        assertEquals(15, weeks.size());
        assertEquals(d("2026-08-17"), weeks.get(0).monday());
        assertEquals(d("2026-11-23"), weeks.get(14).monday());
        // Week of 31 Aug: rho's round of 1 Sep, its thank-you of 2 Sep.
        assertEquals(new Week(d("2026-08-31"), 1, 1, 0), weeks.get(2));
        // Week of 12 Oct: acme's follow-up and the same-day reply of 14 Oct.
        assertEquals(new Week(d("2026-10-12"), 0, 1, 1), weeks.get(8));
        assertEquals(5, weeks.stream().mapToInt(Week::interviews).sum(), "acme, beta, phi, rho x2; delta's is ahead");
    }

    @Test
    void dueNextWeekIsTomorrowToSevenDaysAheadInPlanOrder() {
        PlannedAction today = action("a", "2026-11-23");
        PlannedAction tomorrow = action("b", "2026-11-24");
        PlannedAction inSeven = action("c", "2026-11-30");
        PlannedAction inEight = action("d", "2026-12-01");
        InsightsReport report = new Insights(PlannedWindows.none(), "STANDARD")
                .compute(List.of(), List.of(today, tomorrow, inSeven, inEight), Period.all(), TODAY);
        assertEquals(List.of(tomorrow, inSeven), report.dueNextWeek());
    }

    @Test
    void nothingRecordedGivesZerosAndEmptySpreads() {
        InsightsReport report = new Insights(PlannedWindows.none(), "PATIENT")
                .compute(List.of(), List.of(), Period.all(), TODAY);
        assertEquals(new Funnel(0, 0, 0, 0, 0, 0, 0), report.funnel());
        assertEquals(DaySpread.EMPTY, report.followUps().daysToAnswer());
        assertNull(report.followUps().medianDaysToAnswer());
        assertEquals(Map.of(Channel.EMAIL, Count.NONE, Channel.PHONE, Count.NONE), report.followUps().byChannel());
        assertTrue(report.followUps().byAttempt().isEmpty());
        assertEquals(Map.of("PATIENT", DaySpread.EMPTY), report.decisions().byPreset());
        assertTrue(report.weeks().isEmpty());
    }

    private static PlannedAction action(String id, String due) {
        LocalDate day = d(due);
        return new PlannedAction(id, id, "", ActionType.FOLLOW_UP, Channel.EMAIL, null, day, day, Status.UPCOMING,
                "R8", "");
    }
}
