package app.nudge.insights;

import static app.nudge.insights.ActivityFixture.TODAY;
import static app.nudge.insights.ActivityFixture.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The activity report's rows on {@link ActivityFixture}, every row written out by hand. */
class ActivityRowsTest {

    private static List<String> lines(ActivityReport report) {
        return report.rows().stream().map(r -> String.join(" | ", r.date().toString(), r.applicationId(), r.employer(),
                r.position(), r.contact(), r.act().name(), r.how().name(), r.detail(), r.result().name())).toList();
    }

    @Test
    void everyActOfThePeriodInOrderWithItsContactHowDetailAndResult() {
        ActivityReport report = ActivityRows.report(ActivityFixture.applications(), ActivityFixture.NOVEMBER_TO_26,
                TODAY, "  Jane Doe ");

        List<String> expected = List.of(
                "2026-11-01 | zb | Zürich Bäckerei | Baker | Łukasz Nowak | APPLIED | APPLICATION |  | REJECTED",
                "2026-11-02 | hooli | Hooli | Product Manager |  | APPLIED | APPLICATION |  | INTERVIEWING",
                "2026-11-03 | acme | Acme Corp | Analyst | Zoë Berg, Jürgen Schmidt | INTERVIEW | INTERVIEW | round 1 | INTERVIEWING",
                "2026-11-03 | acme | Acme Corp | Analyst | Zoë Berg | THANK_YOU | EMAIL | after round 1 | INTERVIEWING",
                "2026-11-03 | acme-2 | ACME corp | Data Engineer | Mei Tanaka | APPLIED | APPLICATION |  | OFFER",
                "2026-11-03 | zb | Zürich Bäckerei | Baker | Łukasz Nowak | REPLY | NOT_RECORDED | check back on 2026-11-10 | REJECTED",
                "2026-11-04 | acme | Acme Corp | Analyst | Zoë Berg, Jürgen Schmidt | THANK_YOU | EMAIL | after round 1 | INTERVIEWING",
                "2026-11-05 | hooli | Hooli | Product Manager |  | INTERVIEW | INTERVIEW | round 1 | INTERVIEWING",
                "2026-11-06 | hooli | Hooli | Product Manager |  | OUTCOME | NOT_RECORDED | rejection received | INTERVIEWING",
                "2026-11-10 | acme | Acme Corp | Analyst | Pat Lee | FOLLOW_UP | EMAIL | 1st follow-up | INTERVIEWING",
                "2026-11-10 | acme-2 | ACME corp | Data Engineer | Mei Tanaka | INTERVIEW | INTERVIEW | round 1 | OFFER",
                "2026-11-12 | hooli | Hooli | Product Manager | Sam Roe | INTERVIEW | INTERVIEW | round 2 | INTERVIEWING",
                "2026-11-12 | hooli | Hooli | Product Manager | Sam Roe | THANK_YOU | EMAIL | after round 2 | INTERVIEWING",
                "2026-11-13 | acme | Acme Corp | Analyst | Pat Lee | FOLLOW_UP | PHONE | voicemail left | INTERVIEWING",
                "2026-11-16 | acme | Acme Corp | Analyst | Pat Lee | FOLLOW_UP | PHONE | 2nd follow-up | INTERVIEWING",
                "2026-11-17 | acme | Acme Corp | Analyst | Pat Lee | REPLY | NOT_RECORDED | new decision date 2026-12-04 | INTERVIEWING",
                "2026-11-18 | initech | Initech | QA Engineer |  | INTERVIEW | INTERVIEW | round 1 | CLOSED_WITHOUT_ANSWER",
                "2026-11-18 | initech | Initech | QA Engineer |  | OUTCOME | NOT_RECORDED | closed | CLOSED_WITHOUT_ANSWER",
                "2026-11-19 | acme | Acme Corp | Analyst | Pat Lee | FOLLOW_UP | EMAIL | 1st follow-up | INTERVIEWING",
                "2026-11-20 | acme-2 | ACME corp | Data Engineer | Mei Tanaka | OUTCOME | NOT_RECORDED | offer received | OFFER",
                "2026-11-21 | acme-2 | ACME corp | Data Engineer | Mei Tanaka | OUTCOME | NOT_RECORDED | rejection received | OFFER",
                "2026-11-22 | acme-2 | ACME corp | Data Engineer | Mei Tanaka | OUTCOME | NOT_RECORDED | offer answered | OFFER",
                "2026-11-26 | zb | Zürich Bäckerei | Baker | Łukasz Nowak | OUTCOME | NOT_RECORDED | rejection received | REJECTED",
                "2026-11-26 | zb | Zürich Bäckerei | Baker | Łukasz Nowak | REPLY | NOT_RECORDED |  | REJECTED");
        assertEquals(String.join("\n", expected), String.join("\n", lines(report)));
        assertEquals("Jane Doe", report.userName());
        assertEquals(TODAY, report.madeOn());
        assertEquals(Map.of(Act.APPLIED, 3, Act.INTERVIEW, 5, Act.THANK_YOU, 3, Act.FOLLOW_UP, 4, Act.REPLY, 3,
                Act.OUTCOME, 6), report.totals());
    }

    @Test
    void bothEndsOfThePeriodAreIncludedAndTheDaysOutsideAreNot() {
        List<String> firstDay = lines(ActivityRows.report(ActivityFixture.applications(), new Period(day(1), day(1)),
                TODAY, ""));
        assertEquals(List.of("2026-11-01 | zb | Zürich Bäckerei | Baker | Łukasz Nowak | APPLIED | APPLICATION |  | REJECTED"),
                firstDay);
        List<String> lastDay = lines(ActivityRows.report(ActivityFixture.applications(), new Period(day(26), day(26)),
                TODAY, ""));
        assertEquals(2, lastDay.size(), lastDay.toString());
        // Globex: applied 1 Oct, round 15 Oct, closed 31 Oct, withdrawn 27 Nov: nothing between 1 and 26 November.
        assertTrue(ActivityRows.report(List.of(ActivityFixture.globex()), ActivityFixture.NOVEMBER_TO_26, TODAY, "")
                .isEmpty());
        assertEquals(4, ActivityRows.report(List.of(ActivityFixture.globex()), new Period(LocalDate.of(2026, 10, 1),
                day(27)), TODAY, "").rows().size(), "applied, round, closed and withdrawn once the period holds them");
    }

    @Test
    void aRoundBookedAfterTodayIsNotAnActUntilItIsHeld() {
        Period toTheEnd = new Period(day(1), day(30));
        List<String> before = lines(ActivityRows.report(List.of(ActivityFixture.acme()), toTheEnd, TODAY, ""));
        assertTrue(before.stream().noneMatch(line -> line.contains("round 2")), before.toString());
        List<String> after = lines(ActivityRows.report(List.of(ActivityFixture.acme()), toTheEnd, day(28), ""));
        assertTrue(after.contains("2026-11-28 | acme | Acme Corp | Analyst | Noor Haddad | INTERVIEW | INTERVIEW | round 2 | INTERVIEWING"),
                after.toString());
    }

    @Test
    void skippedAndSnoozedAreNotActs() {
        Application onlyBookkeeping = Application.of("x", "X", "Y").withEvents(List.of(
                Event.skipped(day(5), app.nudge.domain.ActionType.THANK_YOU), Event.snoozed(day(6), day(9)),
                Event.thankYouSkipped(day(7), "Pat")));
        assertTrue(ActivityRows.report(List.of(onlyBookkeeping), Period.all(), TODAY, "").isEmpty());
    }

    @Test
    void resultSoFarFollowsTheStandingRules() {
        assertEquals(Standing.WITHDRAWN, standing(ActivityFixture.globex(), TODAY), "withdrawn today counts");
        assertEquals(Standing.CLOSED_WITHOUT_ANSWER, standing(ActivityFixture.globex(), day(26)),
                "the withdrawal dated tomorrow does not count yet");
        assertEquals(Standing.INTERVIEWING, standing(ActivityFixture.hooli(), TODAY),
                "R1: a rejection before the latest round's interview date no longer counts");
        assertEquals(Standing.CLOSED_WITHOUT_ANSWER, standing(ActivityFixture.initech(), TODAY),
                "closed on the latest round's own interview date counts");
        assertEquals(Standing.OFFER, standing(ActivityFixture.acmeAgain(), TODAY), "an offer wins over a rejection");
        assertEquals(Standing.INTERVIEWING, standing(ActivityFixture.acmeAgain(), day(19)), "before the offer");
        Application offerThenWithdrawn = ActivityFixture.acmeAgain().withEvents(List.of(
                Event.of(EventType.OFFER_RECEIVED, day(20)), Event.of(EventType.WITHDRAWN, day(21))));
        assertEquals(Standing.WITHDRAWN, standing(offerThenWithdrawn, TODAY), "unless withdrawn");
        assertEquals(Standing.APPLIED, standing(Application.of("n", "N", "R")
                .withEvents(List.of(Event.followUp(day(2), Channel.EMAIL))), TODAY), "no round held");
        assertEquals(Standing.REJECTED, standing(ActivityFixture.zurich(), TODAY), "no round: every event counts");
    }

    /** Where the application stands at the end of {@code day}. */
    private static Standing standing(Application application, LocalDate day) {
        return ActivityStanding.of(application, HeldRounds.endOf(day));
    }
}
