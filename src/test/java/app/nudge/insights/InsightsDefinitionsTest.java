package app.nudge.insights;

import static app.nudge.insights.InsightsDefinitionsFixture.PRESET;
import static app.nudge.insights.InsightsDefinitionsFixture.TODAY;
import static app.nudge.insights.InsightsDefinitionsFixture.applications;
import static app.nudge.insights.InsightsDefinitionsFixture.dec;
import static app.nudge.insights.InsightsDefinitionsFixture.nov;
import static app.nudge.insights.InsightsDefinitionsFixture.oct;
import static app.nudge.insights.InsightsDefinitionsFixture.windows;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Exact values of every insights figure on one fixed data set ({@link InsightsDefinitionsFixture}),
 * each worked out BY HAND from the definitions (issue 16 "Definitions", the contracts' javadoc,
 * docs/follow-up-rules.md R1); never computed by production code. Today is Mon 30 Nov 2026.
 * Periods: ALL = Period.all(); LAST30 = Period.lastDays(30, today) = Sun Nov 1 .. Mon Nov 30;
 * CUSTOM = Mon Oct 12 .. Sun Nov 8 (four whole weeks).
 *
 * <p>Readings chosen where the definitions leave room (a job seeker's reading; the lead settles):
 * <ol>
 * <li>"Not in the future" / "not after today" compares the round's local DATE with today: a round
 *     ending today at 17:00 is held (a09), one on Dec 2 is not.</li>
 * <li>Open (R1): an event counts when dated on or after the interview date of the latest round by
 *     {@code endedAt}, scheduled rounds included (a08: CLOSED Oct 27, a round booked for Dec 2, so
 *     open and not closed). With no round at all, every closing event counts; an application with no
 *     closing event is open even with no round (a05, a06) and even with a REJECTION_RECEIVED not yet
 *     answered (a04, a05: R1 names only WITHDRAWN, CLOSED, OFFER_ANSWERED, REJECTION_ANSWERED).</li>
 * <li>Offers / rejections count an application with such an event whatever its date (not only
 *     events counting under R1 or dated in the period).</li>
 * <li>"First round's date" is the earliest round's date, a scheduled one included: a10 (only a round
 *     on Dec 3) is counted on Dec 3, so only in ALL.</li>
 * <li>Attempt number: "the latest round's interview date" is that of the latest round dated on or
 *     before the follow-up (a new round resets, a02 #4). A follow-up of an application with no
 *     round counts from the start (none here).</li>
 * <li>Days to answer is counted to the FIRST answer after the follow-up (each answered follow-up
 *     here has exactly one answer before the next follow-up, so this never decides a value).</li>
 * <li>DaySpread of ONE value: min = lower quartile = median = upper quartile = max = that value
 *     (the halves are empty; the value itself is the only sensible quartile).</li>
 * <li>Decision times: a decision with no round dated on or before it (a05, rejected without an
 *     interview) is left out: there is no interview to count from.</li>
 * <li>DecisionTimes.byPreset always has its one row, {@link DaySpread#EMPTY} when no decision;
 *     byCountry has only the countries that had a decision.</li>
 * <li>Weeks: a week partly outside the period counts everything dated in its whole Monday..Sunday
 *     (Week's javadoc says "dated in the week"); LAST30's first week Oct 26..Nov 1 and last week
 *     Nov 30..Dec 6 are whole weeks.</li>
 * </ol>
 *
 * <p>The follow-ups (FOLLOW_UP_SENT; a VOICEMAIL_LEFT is not one), worked on the whole history:
 * <pre>
 *  n  follow-up      date   ch    attempt (why)                        answered (by, days)         window
 *  1  a01#1          Oct 12 EMAIL 1 (1st since round Oct 5)            no (next FU Oct 19 first)    in (due Oct 12)
 *  2  a01#2          Oct 19 EMAIL 2                                    REPLY Oct 22, 3              late
 *  3  a01#4          Oct 26 PHONE 1 (reset by REPLY Oct 22)            REPLY Oct 26 same day, 0     in (early)
 *  4  a01#6          Nov 2  EMAIL 1 (reset by REPLY Oct 26)            REJECTION_RECEIVED Nov 9, 7  none
 *  5  a02#1          Oct 21 EMAIL 1 (since round Oct 14)               no (next FU Oct 26 first)    in
 *  6  a02#2          Oct 26 EMAIL 2                                    no (THANK_YOU is no answer)  late
 *  7  a02#4          Nov 4  EMAIL 1 (reset by the new round Oct 28)    CHECK_BACK_AGREED Nov 6, 2   in
 *  8  a02#6          Nov 16 PHONE 1 (reset by CHECK_BACK Nov 6)        OFFER_RECEIVED Nov 20, 4     in
 *  9  a03#2          Nov 12 EMAIL 1 (since round Nov 3)                no                           late
 * 10  a03#4          Nov 20 EMAIL 2 (the voicemail neither counts nor resets) no                    in
 * 11  a04#1          Nov 6  EMAIL 1 (since round Oct 30)               REJECTION_RECEIVED Nov 13, 7 in
 * 12  a07#0          Oct 9  EMAIL 1 (since round Oct 2)                no                           in (due Oct 9)
 * 13  a07#1          Oct 16 EMAIL 2                                    no                           late
 * 14  a07#2          Oct 23 EMAIL 3                                    no (CLOSED is no answer)     none
 * 15  a11#1          Nov 17 PHONE 1 (since round Nov 9)                OFFER_RECEIVED Nov 19, 2     none
 * </pre>
 * ALL: 1..15. LAST30 (Nov 1..30): 4, 7, 8, 9, 10, 11, 15. CUSTOM (Oct 12..Nov 8): 1, 2, 3, 4, 5, 6,
 * 7, 11, 13, 14 (4 and 11 are answered after Nov 8: still answered; 13 keeps attempt 2 though
 * attempt 1, Oct 9, is before the period).
 */
class InsightsDefinitionsTest {

    private static final Period ALL = Period.all();
    private static final Period LAST30 = Period.lastDays(30, TODAY);
    private static final Period CUSTOM = new Period(oct(12), nov(8));

    private static InsightsReport compute(Period period) {
        return new Insights(windows(), PRESET).compute(applications(), plan(), period, TODAY);
    }

    @Test
    @DisplayName("LAST30 is Nov 1 .. Nov 30 (a fact of Period the other figures rely on)")
    void periodsAreWhatTheCommentsSay() {
        assertEquals(new Period(nov(1), nov(30)), LAST30);
    }

    @Test
    @DisplayName("Funnel over ALL: 11 applications, 8 interviewed, 2 offers, 3 rejections, 7 open (R1), 1 closed, 1 withdrawn")
    void funnelAll() {
        Funnel f = compute(ALL).funnel();
        assertAll(
                // a01..a11: every application, a06 (no appliedOn, no round) only because ALL is open at both ends
                () -> assertEquals(11, f.applications(), "applications"),
                // rounds not after today: a01 Oct 5, a02, a03, a04, a07, a08 Oct 13, a09 TODAY 17:00, a11 = 8;
                // not a05/a06 (no round), not a10 (only Dec 3, after today)
                () -> assertEquals(8, f.interviewed(), "interviewed"),
                // OFFER_RECEIVED: a02, a11 (a11 withdrew later: still had an offer)
                () -> assertEquals(2, f.offers(), "offers"),
                // REJECTION_RECEIVED: a01, a04, a05 (a05 without any round)
                () -> assertEquals(3, f.rejections(), "rejections"),
                // R1: a01 REJECTION_ANSWERED, a02 OFFER_ANSWERED, a07 CLOSED, a11 WITHDRAWN close;
                // a08's CLOSED Oct 27 is before its latest round (Dec 2) so does not count;
                // open: a03, a04, a05, a06, a08, a09, a10 = 7
                () -> assertEquals(7, f.open(), "open"),
                // CLOSED counting, no offer, no rejection: a07 only (a08's CLOSED does not count, R1)
                () -> assertEquals(1, f.closedWithoutAnswer(), "closed without answer"),
                // WITHDRAWN counting: a11
                () -> assertEquals(1, f.withdrawn(), "withdrawn"));
    }

    @Test
    @DisplayName("Funnel over the last 30 days: counted by first round's date, else appliedOn")
    void funnelLast30() {
        Funnel f = compute(LAST30).funnel();
        assertAll(
                // dates: a01 Oct 5, a02 Oct 14, a03 Nov 3 ✓, a04 Oct 30, a05 appliedOn Nov 2 ✓ (no round),
                // a06 none, a07 Oct 2, a08 Oct 13, a09 Nov 30 ✓, a10 Dec 3, a11 Nov 9 ✓
                // (a09 applied Nov 9 and a11 applied Oct 22: their round decides, not appliedOn)
                () -> assertEquals(4, f.applications(), "applications"),
                // a03, a09 (today), a11; not a05
                () -> assertEquals(3, f.interviewed(), "interviewed"),
                // a11
                () -> assertEquals(1, f.offers(), "offers"),
                // a05
                () -> assertEquals(1, f.rejections(), "rejections"),
                // a03, a05, a09 (a11 withdrew)
                () -> assertEquals(3, f.open(), "open"),
                () -> assertEquals(0, f.closedWithoutAnswer(), "closed without answer"),
                // a11
                () -> assertEquals(1, f.withdrawn(), "withdrawn"));
    }

    @Test
    @DisplayName("Funnel over Oct 12 .. Nov 8: the reopened a08 is open, not closed")
    void funnelCustom() {
        Funnel f = compute(CUSTOM).funnel();
        assertAll(
                // a02 Oct 14, a03 Nov 3, a04 Oct 30, a05 appliedOn Nov 2, a08 Oct 13;
                // not a01 (Oct 5), a07 (Oct 2), a09 (Nov 30), a10 (Dec 3), a11 (Nov 9), a06 (no date)
                () -> assertEquals(5, f.applications(), "applications"),
                // a02, a03, a04, a08
                () -> assertEquals(4, f.interviewed(), "interviewed"),
                // a02
                () -> assertEquals(1, f.offers(), "offers"),
                // a04, a05
                () -> assertEquals(2, f.rejections(), "rejections"),
                // a03, a04, a05, a08 (a02 answered its offer)
                () -> assertEquals(4, f.open(), "open"),
                // a08's CLOSED does not count (R1: before its latest round's date, Dec 2)
                () -> assertEquals(0, f.closedWithoutAnswer(), "closed without answer"),
                () -> assertEquals(0, f.withdrawn(), "withdrawn"));
    }

    @Test
    @DisplayName("Follow-ups over ALL: 15 sent, 7 answered, attempts 1/2/3, email/phone, in window/late/none")
    void followUpsAll() {
        FollowUpFigures f = compute(ALL).followUps();
        assertAll(
                // the table in the class comment: 15 FOLLOW_UP_SENT (a03's VOICEMAIL_LEFT is not one)
                () -> assertEquals(15, f.sent(), "sent"),
                // answered: 2, 3, 4, 7, 8, 11, 15
                () -> assertEquals(7, f.answered(), "answered"),
                // days 3, 0, 7, 2, 4, 7, 2 → sorted 0 2 2 [3] 4 7 7: median 3; lower half 0 2 2 → 2;
                // upper half 4 7 7 → 7; min 0, max 7
                () -> assertEquals(new DaySpread(7, 0, 2.0, 3.0, 7.0, 7), f.daysToAnswer(), "days to answer"),
                () -> assertEquals(3.0, f.medianDaysToAnswer(), "median days to answer"),
                () -> assertEquals(Set.of(1, 2, 3), f.byAttempt().keySet(), "attempt numbers that occur"),
                // attempt 1: 1 no, 3 y, 4 y, 5 no, 7 y, 8 y, 9 no, 11 y, 12 no, 15 y → 10 sent, 6 answered
                () -> assertEquals(new Count(10, 6), f.byAttempt().get(1), "attempt 1"),
                // attempt 2: 2 y, 6 no, 10 no, 13 no → 4 sent, 1 answered
                () -> assertEquals(new Count(4, 1), f.byAttempt().get(2), "attempt 2"),
                // attempt 3: 14 no
                () -> assertEquals(new Count(1, 0), f.byAttempt().get(3), "attempt 3"),
                // phone: 3 y, 8 y, 15 y; email: the other 12, answered 2, 4, 7, 11
                () -> assertEquals(Map.of(Channel.EMAIL, new Count(12, 4), Channel.PHONE, new Count(3, 3)),
                        Map.copyOf(f.byChannel()), "by channel"),
                // in: 1 no, 3 y, 5 no, 7 y, 8 y, 10 no, 11 y, 12 no → 8 sent, 4 answered
                () -> assertEquals(new Count(8, 4), f.inWindow(), "in window"),
                // late: 2 y, 6 no, 9 no, 13 no
                () -> assertEquals(new Count(4, 1), f.late(), "late"),
                // no window: 4 y, 14 no, 15 y
                () -> assertEquals(new Count(3, 2), f.noWindow(), "no window"));
    }

    @Test
    @DisplayName("Follow-ups over the last 30 days: 7 sent, 5 answered, no 3rd attempt")
    void followUpsLast30() {
        FollowUpFigures f = compute(LAST30).followUps();
        assertAll(
                // 4 Nov 2, 7 Nov 4, 8 Nov 16, 9 Nov 12, 10 Nov 20, 11 Nov 6, 15 Nov 17
                () -> assertEquals(7, f.sent(), "sent"),
                // 4, 7, 8, 11, 15 (not 9, 10)
                () -> assertEquals(5, f.answered(), "answered"),
                // days 7, 2, 4, 7, 2 → sorted 2 2 [4] 7 7: median 4; lower 2 2 → 2; upper 7 7 → 7
                () -> assertEquals(new DaySpread(5, 2, 2.0, 4.0, 7.0, 7), f.daysToAnswer(), "days to answer"),
                () -> assertEquals(Set.of(1, 2), f.byAttempt().keySet(), "attempt numbers that occur"),
                // attempt 1: 4 y, 7 y, 8 y, 9 no, 11 y, 15 y
                () -> assertEquals(new Count(6, 5), f.byAttempt().get(1), "attempt 1"),
                // attempt 2: 10 no
                () -> assertEquals(new Count(1, 0), f.byAttempt().get(2), "attempt 2"),
                // phone 8 y, 15 y; email 4 y, 7 y, 9 no, 10 no, 11 y
                () -> assertEquals(Map.of(Channel.EMAIL, new Count(5, 3), Channel.PHONE, new Count(2, 2)),
                        Map.copyOf(f.byChannel()), "by channel"),
                // in: 7 y, 8 y, 10 no, 11 y; late: 9 no; none: 4 y, 15 y
                () -> assertEquals(new Count(4, 3), f.inWindow(), "in window"),
                () -> assertEquals(new Count(1, 0), f.late(), "late"),
                () -> assertEquals(new Count(2, 2), f.noWindow(), "no window"));
    }

    @Test
    @DisplayName("Follow-ups over Oct 12 .. Nov 8: answers after the period still count, attempt numbers kept")
    void followUpsCustom() {
        FollowUpFigures f = compute(CUSTOM).followUps();
        assertAll(
                // 1 Oct 12, 2 Oct 19, 3 Oct 26, 4 Nov 2, 5 Oct 21, 6 Oct 26, 7 Nov 4, 11 Nov 6, 13 Oct 16, 14 Oct 23
                // (12 is Oct 9: before; 8, 9, 10, 15 are after Nov 8)
                () -> assertEquals(10, f.sent(), "sent"),
                // 2, 3, 4 (answered Nov 9, outside), 7, 11 (answered Nov 13, outside)
                () -> assertEquals(5, f.answered(), "answered"),
                // days 3, 0, 7, 2, 7 → sorted 0 2 [3] 7 7: median 3; lower 0 2 → 1; upper 7 7 → 7
                () -> assertEquals(new DaySpread(5, 0, 1.0, 3.0, 7.0, 7), f.daysToAnswer(), "days to answer"),
                () -> assertEquals(Set.of(1, 2, 3), f.byAttempt().keySet(), "attempt numbers that occur"),
                // attempt 1: 1 no, 3 y, 4 y, 5 no, 7 y, 11 y
                () -> assertEquals(new Count(6, 4), f.byAttempt().get(1), "attempt 1"),
                // attempt 2: 2 y, 6 no, 13 no (13 is a07's 2nd even though its 1st, Oct 9, is outside)
                () -> assertEquals(new Count(3, 1), f.byAttempt().get(2), "attempt 2"),
                // attempt 3: 14 no
                () -> assertEquals(new Count(1, 0), f.byAttempt().get(3), "attempt 3"),
                // phone: 3 y; email: 9 sent, answered 2, 4, 7, 11
                () -> assertEquals(Map.of(Channel.EMAIL, new Count(9, 4), Channel.PHONE, new Count(1, 1)),
                        Map.copyOf(f.byChannel()), "by channel"),
                // in: 1 no, 3 y, 5 no, 7 y, 11 y; late: 2 y, 6 no, 13 no; none: 4 y, 14 no
                () -> assertEquals(new Count(5, 3), f.inWindow(), "in window"),
                () -> assertEquals(new Count(3, 1), f.late(), "late"),
                () -> assertEquals(new Count(2, 1), f.noWindow(), "no window"));
    }

    @Test
    @DisplayName("Thank-yous: on time by the day after the round's interview date, per period")
    void thankYous() {
        // a01 Oct 6 (round Oct 5) on time; a02 Oct 16 (round Oct 14: two days after) late;
        // a02 Oct 29 (latest round on or before it: Oct 28) on time; a03 Nov 4 to Ana (round Nov 3) on time;
        // a03 Nov 5 to Ben (two days after) late; a04 Oct 31 (round Oct 30) on time;
        // a08 Oct 14 (round Oct 13) on time; a11 Nov 10 (round Nov 9) on time
        assertAll(
                // all 8, on time 6 (late: a02 Oct 16, a03 Nov 5)
                () -> assertEquals(new ThankYouFigures(8, 6), compute(ALL).thankYous(), "all"),
                // Nov 4 on time, Nov 5 late, Nov 10 on time
                () -> assertEquals(new ThankYouFigures(3, 2), compute(LAST30).thankYous(), "last 30 days"),
                // Oct 16 late, Oct 29, Nov 4 on time, Nov 5 late, Oct 31, Oct 14 on time (not Oct 6, Nov 10)
                () -> assertEquals(new ThankYouFigures(6, 4), compute(CUSTOM).thankYous(), "Oct 12 .. Nov 8"));
    }

    @Test
    @DisplayName("Decision times: from the latest round on or before the decision, by country and the one preset row")
    void decisionTimes() {
        // a01 REJECTION Nov 9, round Oct 5 → 26 (rest of Oct) + 9 = 35 days, DE
        // a02 OFFER Nov 20, latest round on or before: Oct 28 (not Oct 14) → 3 + 20 = 23 days, US
        // a04 REJECTION Nov 13, round Oct 30 → 1 + 13 = 14 days, DE
        // a11 OFFER Nov 19, round Nov 9 → 10 days, "" (no country)
        // a05 REJECTION Nov 20 has no round: left out
        // sorted 10 14 | 23 35: lower 10,14 → 12; median (14+23)/2 = 18.5; upper 23,35 → 29
        DaySpread all = new DaySpread(4, 10, 12.0, 18.5, 29.0, 35);
        TreeMap<String, DaySpread> byCountry = new TreeMap<>(Map.of(
                "", new DaySpread(1, 10, 10.0, 10.0, 10.0, 10),
                // 14 | 35: lower 14, median 24.5, upper 35
                "DE", new DaySpread(2, 14, 14.0, 24.5, 35.0, 35),
                "US", new DaySpread(1, 23, 23.0, 23.0, 23.0, 23)));
        DecisionTimes inAll = compute(ALL).decisions();
        // every decision is dated in November: the last 30 days see the same four
        DecisionTimes inLast30 = compute(LAST30).decisions();
        // Oct 12 .. Nov 8 holds no OFFER_RECEIVED / REJECTION_RECEIVED (Nov 9 is the first)
        DecisionTimes inCustom = compute(CUSTOM).decisions();
        assertAll(
                () -> assertEquals(all, inAll.all(), "all"),
                () -> assertEquals(new TreeMap<>(Map.of(PRESET, all)), new TreeMap<>(inAll.byPreset()), "by preset"),
                () -> assertEquals(byCountry, new TreeMap<>(inAll.byCountry()), "by country"),
                () -> assertEquals("", inAll.byCountry().firstKey(), "no country sorts first"),
                () -> assertEquals(all, inLast30.all(), "last 30 days"),
                () -> assertEquals(byCountry, new TreeMap<>(inLast30.byCountry()), "last 30 days by country"),
                () -> assertEquals(DaySpread.EMPTY, inCustom.all(), "none in Oct 12 .. Nov 8"),
                () -> assertEquals(new TreeMap<>(Map.of(PRESET, DaySpread.EMPTY)), new TreeMap<>(inCustom.byPreset()),
                        "the one preset row, empty"),
                () -> assertEquals(Map.of(), Map.copyOf(inCustom.byCountry()), "no country without a decision"));
    }

    @Test
    @DisplayName("Weeks: Monday to Sunday, interviews held / messages sent / answers received")
    void weeks() {
        // messages = THANK_YOU, FOLLOW_UP, OFFER_ANSWERED, REJECTION_ANSWERED; answers = REPLY, CHECK_BACK,
        // OFFER_RECEIVED, REJECTION_RECEIVED; VOICEMAIL_LEFT, CLOSED, WITHDRAWN are neither.
        List<Week> expected = List.of(
                // Sep 28: a07 round Oct 2 (a07 applied Sep 28 is the earliest date recorded: ALL starts here)
                new Week(LocalDate.of(2026, 9, 28), 1, 0, 0),
                // Oct 5: round a01 Oct 5; messages TY a01 Oct 6, FU a07 Oct 9
                new Week(oct(5), 1, 2, 0),
                // Oct 12: rounds a08 Oct 13, a02 Oct 14; FU a01 Oct 12, TY a08 Oct 14, TY a02 Oct 16, FU a07 Oct 16
                new Week(oct(12), 2, 4, 0),
                // Oct 19: FU a01 Oct 19, a02 Oct 21, a07 Oct 23; REPLY a01 Oct 22
                new Week(oct(19), 0, 3, 1),
                // Oct 26: rounds a02 Oct 28, a04 Oct 30; FU a01 Oct 26, FU a02 Oct 26, TY a02 Oct 29, TY a04 Oct 31;
                // REPLY a01 Oct 26 (a08's CLOSED Oct 27 is neither)
                new Week(oct(26), 2, 4, 1),
                // Nov 2: round a03 Nov 3; FU a01 Nov 2, TY a03 Nov 4, FU a02 Nov 4, TY a03 Nov 5, FU a04 Nov 6;
                // CHECK_BACK a02 Nov 6 (a07 CLOSED Nov 6 is neither)
                new Week(nov(2), 1, 5, 1),
                // Nov 9: round a11 Nov 9; TY a11 Nov 10, REJECTION_ANSWERED a01 Nov 10, FU a03 Nov 12;
                // REJECTION_RECEIVED a01 Nov 9, a04 Nov 13
                new Week(nov(9), 1, 3, 2),
                // Nov 16: FU a02 Nov 16, a11 Nov 17, a03 Nov 20 (VOICEMAIL a03 Nov 18 is not counted);
                // OFFER a11 Nov 19, OFFER a02 Nov 20, REJECTION a05 Nov 20
                new Week(nov(16), 0, 3, 3),
                // Nov 23: OFFER_ANSWERED a02 Nov 23 (WITHDRAWN a11 Nov 24 is neither)
                new Week(nov(23), 0, 1, 0),
                // Nov 30 (today's week, where an open end stops): a09 round today counts;
                // a08 Dec 2 and a10 Dec 3 are after today
                new Week(nov(30), 1, 0, 0));
        // totals: 9 rounds held (11 - 2 booked), 25 messages (8 TY + 15 FU + 2 answered), 8 answers
        assertAll(
                () -> assertEquals(expected, compute(ALL).weeks(), "all"),
                // Nov 1 .. Nov 30 overlaps the weeks of Oct 26 (for Sun Nov 1) .. Nov 30, whole weeks counted
                () -> assertEquals(expected.subList(4, 10), compute(LAST30).weeks(), "last 30 days"),
                // Oct 12 .. Nov 8 is exactly four weeks
                () -> assertEquals(expected.subList(2, 6), compute(CUSTOM).weeks(), "Oct 12 .. Nov 8"));
    }

    @Test
    @DisplayName("Due next week: due today+1 .. today+7 only, in plan order")
    void dueNextWeek() {
        List<PlannedAction> plan = plan();
        // plan[0] due Nov 17 (overdue), plan[1] due Nov 30 (today): not next week;
        // plan[2] Dec 1 (today+1), plan[3] Dec 3, plan[4] Dec 4, plan[5] Dec 7 (today+7): in;
        // plan[6] Dec 8 (today+8): not
        List<PlannedAction> expected = List.of(plan.get(2), plan.get(3), plan.get(4), plan.get(5));
        assertAll(
                () -> assertEquals(expected, compute(ALL).dueNextWeek(), "all"),
                // the period does not change what is due next week
                () -> assertEquals(expected, compute(CUSTOM).dueNextWeek(), "Oct 12 .. Nov 8"));
    }

    @Test
    @DisplayName("The report echoes its period and today")
    void periodAndToday() {
        InsightsReport report = compute(CUSTOM);
        assertAll(
                () -> assertEquals(CUSTOM, report.period()),
                () -> assertEquals(TODAY, report.today()));
    }

    @Test
    @DisplayName("Nothing recorded: zeros, empty spreads, both channels present, no weeks")
    void nothingRecorded() {
        InsightsReport report = new Insights(PlannedWindows.none(), PRESET)
                .compute(List.of(), List.of(), Period.all(), TODAY);
        FollowUpFigures f = report.followUps();
        assertAll(
                () -> assertEquals(new Funnel(0, 0, 0, 0, 0, 0, 0), report.funnel(), "funnel"),
                () -> assertEquals(0, f.sent(), "sent"),
                () -> assertEquals(0, f.answered(), "answered"),
                () -> assertEquals(DaySpread.EMPTY, f.daysToAnswer(), "days to answer"),
                () -> assertEquals(null, f.medianDaysToAnswer(), "no median"),
                () -> assertEquals(Map.of(), Map.copyOf(f.byAttempt()), "no attempts"),
                // "EMAIL and PHONE, both always present"
                () -> assertEquals(Map.of(Channel.EMAIL, Count.NONE, Channel.PHONE, Count.NONE), Map.copyOf(f.byChannel())),
                () -> assertEquals(Count.NONE, f.inWindow(), "in window"),
                () -> assertEquals(Count.NONE, f.late(), "late"),
                () -> assertEquals(Count.NONE, f.noWindow(), "no window"),
                () -> assertEquals(new ThankYouFigures(0, 0), report.thankYous(), "thank-yous"),
                () -> assertEquals(DaySpread.EMPTY, report.decisions().all(), "decisions"),
                () -> assertEquals(Map.of(), Map.copyOf(report.decisions().byCountry()), "decisions by country"),
                // "empty when nothing is recorded"
                () -> assertEquals(List.of(), report.weeks(), "weeks"),
                () -> assertEquals(List.of(), report.dueNextWeek(), "due next week"));
    }

    @Test
    @DisplayName("With no planned windows every follow-up is 'no window'")
    void noWindowsKnown() {
        FollowUpFigures f = new Insights(PlannedWindows.none(), PRESET)
                .compute(applications(), List.of(), ALL, TODAY).followUps();
        assertAll(
                // the 15 follow-ups, 7 answered (class comment)
                () -> assertEquals(new Count(15, 7), f.noWindow(), "no window"),
                () -> assertEquals(Count.NONE, f.inWindow(), "in window"),
                () -> assertEquals(Count.NONE, f.late(), "late"));
    }

    /**
     * A hand-made plan, in the plan's order (due, then company): what matters here is only which
     * actions are due next week, not whether the policy would plan exactly these.
     */
    private static List<PlannedAction> plan() {
        return List.of(
                action("a04", "Dune Ltd", ActionType.THANK_AFTER_REJECTION, nov(13), nov(17), Status.OVERDUE),
                action("a03", "Cedar & Co", ActionType.FOLLOW_UP, nov(27), nov(30), Status.DUE),
                action("a09", "Iris Retail", ActionType.THANK_YOU, nov(30), dec(1), Status.DUE),
                action("a08", "Hazel Bank", ActionType.THANK_YOU, dec(2), dec(3), Status.UPCOMING),
                action("a10", "Juniper", ActionType.THANK_YOU, dec(3), dec(4), Status.UPCOMING),
                action("a05", "Elm Health", ActionType.FOLLOW_UP, dec(3), dec(7), Status.UPCOMING),
                action("a06", "Fir Systems", ActionType.FOLLOW_UP, dec(4), dec(8), Status.UPCOMING));
    }

    private static PlannedAction action(String id, String company, ActionType type, LocalDate earliest,
                                        LocalDate due, Status status) {
        return new PlannedAction(id, company, "", type, Channel.EMAIL, null, earliest, due, status, "R8",
                "A step made up for this test.");
    }
}
