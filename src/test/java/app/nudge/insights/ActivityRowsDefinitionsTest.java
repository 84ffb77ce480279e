package app.nudge.insights;

import static app.nudge.insights.InsightsDefinitionsFixture.app;
import static app.nudge.insights.InsightsDefinitionsFixture.dec;
import static app.nudge.insights.InsightsDefinitionsFixture.nov;
import static app.nudge.insights.InsightsDefinitionsFixture.oct;
import static app.nudge.insights.InsightsDefinitionsFixture.round;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The exact rows of the activity report on a small data set, worked by hand from ActivityRows',
 * ActivityRow's, Act's, How's and Standing's javadoc and issue 16 ("Activity report"). Today is Mon
 * 30 Nov 2026; the period is Mon Nov 2 .. Sun Dec 6 (it runs past today, so a round booked for Dec 2
 * lies inside it yet is no act).
 *
 * <p>Readings chosen where the contracts leave room (the lead settles):
 * <ol>
 * <li>Contact: a THANK_YOU_SENT with a recipient names that recipient; an INTERVIEW names its
 *     round's interviewers (one each here, so no joining format is assumed); every other act names
 *     the application's primary contact (the one marked primary, else the first), "" when it has
 *     none. A thank-you with NO recipient (for the whole round) is not asserted: its round's
 *     interviewers or the primary contact are both defensible.</li>
 * <li>Outcome acts (offer/rejection received or answered, withdrawn, closed) and replies are
 *     How.NOT_RECORDED; a VOICEMAIL_LEFT is a FOLLOW_UP by PHONE.</li>
 * <li>Standing precedence: a WITHDRAWN that counts wins; then an offer; then a rejection; then a
 *     CLOSED that counts; then a held round (INTERVIEWING); else APPLIED. OFFER_ANSWERED keeps OFFER,
 *     REJECTION_ANSWERED keeps REJECTED (Standing's javadoc).</li>
 * <li>"Same day by employer case-ignored": "eBay" before "Zürich Bäckerei" (a case-sensitive order
 *     would put Z first), and "Acme" / "ACME" tie, so application id decides.</li>
 * </ol>
 * The free-text {@code detail} is not asserted (its words are not fixed), and "never null" needs no
 * test: ActivityRow's constructor already turns null into "" (such a check could not fail).
 */
class ActivityRowsDefinitionsTest {

    private static final LocalDate TODAY = nov(30);
    private static final Period PERIOD = new Period(nov(2), dec(6));
    private static final String USER = "Zoë Jürgen";

    private static Contact contact(String name, boolean primary) {
        return new Contact(name, "", "", "", primary);
    }

    /**
     * r1 Zürich Bäckerei: applied Nov 2; contacts Lena Fuchs, Jörg Maier (primary); round Nov 9 with
     *    Lena Fuchs; #0 THANK_YOU Nov 10 to Lena · #1 SKIPPED follow-up Nov 13 · #2 FU email Nov 17 ·
     *    #3 VOICEMAIL_LEFT Nov 19 · #4 CHECK_BACK_AGREED Nov 20 → INTERVIEWING
     * r2 eBay: applied Nov 2; contact Sam Hill (not marked, the only one: primary); round Nov 5 with
     *    Kim Wu; #0 THANK_YOU Nov 5 (no recipient) · #1 FU phone Nov 12 · #2 REPLY Nov 12 ·
     *    #3 REJECTION_RECEIVED Nov 16 · #4 REJECTION_ANSWERED Nov 17 → REJECTED
     * r3 Acme: applied Oct 20 (before the period); no contact; round Oct 28 with Ola Berg;
     *    #0 THANK_YOU Oct 29 · #1 FU email Nov 4 · #2 SNOOZED Nov 6 · #3 OFFER_RECEIVED Nov 11 ·
     *    #4 OFFER_ANSWERED Nov 13 → OFFER
     * r4 ACME: applied Nov 4; contact Dee Park (primary); a round booked for Dec 2 (after today) → APPLIED
     * r5 Birch: applied Nov 3; no contact, no round; #0 CLOSED Nov 20 → CLOSED_WITHOUT_ANSWER
     * r6 Cobalt: applied Nov 6; contact Ivy Chen (primary); round Nov 10 with Ivy Chen;
     *    #0 WITHDRAWN Nov 18 → WITHDRAWN
     */
    static List<Application> applications() {
        return List.of(
                app("r1", "Zürich Bäckerei", "Bäcker", "CH", nov(2),
                        List.of(contact("Lena Fuchs", false), contact("Jörg Maier", true)),
                        List.of(round(nov(9), 10, "Lena Fuchs")),
                        Event.thankYouSent(nov(10), "Lena Fuchs"),
                        Event.skipped(nov(13), ActionType.FOLLOW_UP),
                        Event.followUp(nov(17), Channel.EMAIL),
                        Event.of(EventType.VOICEMAIL_LEFT, nov(19)),
                        Event.checkBack(nov(20), dec(1))),
                app("r2", "eBay", "Seller Support", "US", nov(2),
                        List.of(contact("Sam Hill", false)),
                        List.of(round(nov(5), 14, "Kim Wu")),
                        Event.thankYouSent(nov(5), null),
                        Event.followUp(nov(12), Channel.PHONE),
                        Event.reply(nov(12), null),
                        Event.of(EventType.REJECTION_RECEIVED, nov(16)),
                        Event.of(EventType.REJECTION_ANSWERED, nov(17))),
                app("r3", "Acme", "Tester", "", oct(20), List.of(),
                        List.of(round(oct(28), 10, "Ola Berg")),
                        Event.thankYouSent(oct(29), "Ola Berg"),
                        Event.followUp(nov(4), Channel.EMAIL),
                        Event.snoozed(nov(6), nov(13)),
                        Event.of(EventType.OFFER_RECEIVED, nov(11)),
                        Event.of(EventType.OFFER_ANSWERED, nov(13))),
                app("r4", "ACME", "Analyst", "", nov(4), List.of(contact("Dee Park", true)),
                        List.of(round(dec(2), 10, "Dee Park"))),
                app("r5", "Birch", "Clerk", "", nov(3), List.of(), List.of(),
                        Event.of(EventType.CLOSED, nov(20))),
                app("r6", "Cobalt", "Driver", "", nov(6), List.of(contact("Ivy Chen", true)),
                        List.of(round(nov(10), 11, "Ivy Chen")),
                        Event.of(EventType.WITHDRAWN, nov(18))));
    }

    /** One expected row; {@code contact} null means "not fixed by the contract, not asserted". */
    private record Expected(LocalDate date, String id, String employer, String position, String contact, Act act,
                            How how, Standing result) {
    }

    private static final String ZB = "Zürich Bäckerei";

    private static final List<Expected> IN_PERIOD = List.of(
            // Nov 2: eBay before Zürich (case ignored: e < z)
            new Expected(nov(2), "r2", "eBay", "Seller Support", "Sam Hill", Act.APPLIED, How.APPLICATION, Standing.REJECTED),
            new Expected(nov(2), "r1", ZB, "Bäcker", "Jörg Maier", Act.APPLIED, How.APPLICATION, Standing.INTERVIEWING),
            new Expected(nov(3), "r5", "Birch", "Clerk", "", Act.APPLIED, How.APPLICATION, Standing.CLOSED_WITHOUT_ANSWER),
            // Nov 4: "Acme" (r3) and "ACME" (r4) tie with case ignored: r3 before r4 by id
            new Expected(nov(4), "r3", "Acme", "Tester", "", Act.FOLLOW_UP, How.EMAIL, Standing.OFFER),
            new Expected(nov(4), "r4", "ACME", "Analyst", "Dee Park", Act.APPLIED, How.APPLICATION, Standing.APPLIED),
            // Nov 5: the round before the event (recorded order: applied, rounds, events)
            new Expected(nov(5), "r2", "eBay", "Seller Support", "Kim Wu", Act.INTERVIEW, How.INTERVIEW, Standing.REJECTED),
            new Expected(nov(5), "r2", "eBay", "Seller Support", null, Act.THANK_YOU, How.EMAIL, Standing.REJECTED),
            // Nov 6: r3's SNOOZED is no act
            new Expected(nov(6), "r6", "Cobalt", "Driver", "Ivy Chen", Act.APPLIED, How.APPLICATION, Standing.WITHDRAWN),
            new Expected(nov(9), "r1", ZB, "Bäcker", "Lena Fuchs", Act.INTERVIEW, How.INTERVIEW, Standing.INTERVIEWING),
            // Nov 10: Cobalt before Zürich
            new Expected(nov(10), "r6", "Cobalt", "Driver", "Ivy Chen", Act.INTERVIEW, How.INTERVIEW, Standing.WITHDRAWN),
            new Expected(nov(10), "r1", ZB, "Bäcker", "Lena Fuchs", Act.THANK_YOU, How.EMAIL, Standing.INTERVIEWING),
            new Expected(nov(11), "r3", "Acme", "Tester", "", Act.OUTCOME, How.NOT_RECORDED, Standing.OFFER),
            // Nov 12: the follow-up, then the reply, as recorded
            new Expected(nov(12), "r2", "eBay", "Seller Support", "Sam Hill", Act.FOLLOW_UP, How.PHONE, Standing.REJECTED),
            new Expected(nov(12), "r2", "eBay", "Seller Support", "Sam Hill", Act.REPLY, How.NOT_RECORDED, Standing.REJECTED),
            // Nov 13: r1's SKIPPED is no act; r3's OFFER_ANSWERED is an outcome
            new Expected(nov(13), "r3", "Acme", "Tester", "", Act.OUTCOME, How.NOT_RECORDED, Standing.OFFER),
            new Expected(nov(16), "r2", "eBay", "Seller Support", "Sam Hill", Act.OUTCOME, How.NOT_RECORDED, Standing.REJECTED),
            // Nov 17: eBay before Zürich
            new Expected(nov(17), "r2", "eBay", "Seller Support", "Sam Hill", Act.OUTCOME, How.NOT_RECORDED, Standing.REJECTED),
            new Expected(nov(17), "r1", ZB, "Bäcker", "Jörg Maier", Act.FOLLOW_UP, How.EMAIL, Standing.INTERVIEWING),
            new Expected(nov(18), "r6", "Cobalt", "Driver", "Ivy Chen", Act.OUTCOME, How.NOT_RECORDED, Standing.WITHDRAWN),
            // Nov 19: the voicemail is a follow-up by phone
            new Expected(nov(19), "r1", ZB, "Bäcker", "Jörg Maier", Act.FOLLOW_UP, How.PHONE, Standing.INTERVIEWING),
            // Nov 20: Birch before Zürich; CLOSED is an outcome, CHECK_BACK_AGREED a reply
            new Expected(nov(20), "r5", "Birch", "Clerk", "", Act.OUTCOME, How.NOT_RECORDED, Standing.CLOSED_WITHOUT_ANSWER),
            new Expected(nov(20), "r1", ZB, "Bäcker", "Jörg Maier", Act.REPLY, How.NOT_RECORDED, Standing.INTERVIEWING));
    // r4's round on Dec 2 is in the period but after today: no INTERVIEW row

    /** Before the period, seen only in Period.all(): r3's application, round and thank-you. */
    private static final List<Expected> BEFORE_PERIOD = List.of(
            new Expected(oct(20), "r3", "Acme", "Tester", "", Act.APPLIED, How.APPLICATION, Standing.OFFER),
            new Expected(oct(28), "r3", "Acme", "Tester", "Ola Berg", Act.INTERVIEW, How.INTERVIEW, Standing.OFFER),
            new Expected(oct(29), "r3", "Acme", "Tester", "Ola Berg", Act.THANK_YOU, How.EMAIL, Standing.OFFER));

    private static ActivityReport report(Period period) {
        return ActivityRows.report(applications(), period, TODAY, USER);
    }

    @Test
    @DisplayName("Nov 2 .. Dec 6: 22 rows, each with its date, employer, position, contact, act, how and result")
    void rowsOfThePeriod() {
        ActivityReport report = report(PERIOD);
        assertRows(IN_PERIOD, report.rows());
    }

    @Test
    @DisplayName("Totals per act, every act present")
    void totals() {
        // APPLIED r2, r1, r5, r4, r6 = 5; INTERVIEW r2, r1, r6 = 3; THANK_YOU r2, r1 = 2;
        // FOLLOW_UP r3 email, r2 phone, r1 email, r1 voicemail = 4; REPLY r2 reply, r1 check-back = 2;
        // OUTCOME r3 offer, r3 offer answered, r2 rejection, r2 rejection answered, r6 withdrawn, r5 closed = 6
        assertEquals(Map.of(Act.APPLIED, 5, Act.INTERVIEW, 3, Act.THANK_YOU, 2, Act.FOLLOW_UP, 4, Act.REPLY, 2,
                Act.OUTCOME, 6), Map.copyOf(report(PERIOD).totals()));
    }

    @Test
    @DisplayName("The report carries the user's name, the period and the day it was made")
    void header() {
        ActivityReport report = report(PERIOD);
        assertAll(
                () -> assertEquals(USER, report.userName()),
                () -> assertEquals(PERIOD, report.period()),
                () -> assertEquals(TODAY, report.madeOn()),
                () -> assertFalse(report.isEmpty()));
    }

    @Test
    @DisplayName("Period.all(): the acts before Nov 2 come first; the round booked after today still is no act")
    void allTime() {
        List<Expected> expected = new ArrayList<>(BEFORE_PERIOD);
        expected.addAll(IN_PERIOD);
        ActivityReport report = report(Period.all());
        assertRows(expected, report.rows());
        // 5 + 1 applied, 3 + 1 interviews, 2 + 1 thank-yous; the rest as in the period
        assertEquals(Map.of(Act.APPLIED, 6, Act.INTERVIEW, 4, Act.THANK_YOU, 3, Act.FOLLOW_UP, 4, Act.REPLY, 2,
                Act.OUTCOME, 6), Map.copyOf(report.totals()));
    }

    @Test
    @DisplayName("A period with no act is empty and says so: every total 0")
    void emptyPeriod() {
        // Dec 7 .. Dec 20: nothing is dated there
        ActivityReport report = report(new Period(dec(7), dec(20)));
        assertAll(
                () -> assertTrue(report.isEmpty()),
                () -> assertEquals(List.of(), report.rows()),
                () -> assertEquals(Map.of(Act.APPLIED, 0, Act.INTERVIEW, 0, Act.THANK_YOU, 0, Act.FOLLOW_UP, 0,
                        Act.REPLY, 0, Act.OUTCOME, 0), Map.copyOf(report.totals())),
                () -> assertEquals(USER, report.userName()));
    }

    @Test
    @DisplayName("One day (Nov 12) holds exactly its two acts")
    void oneDay() {
        ActivityReport report = report(new Period(nov(12), nov(12)));
        assertRows(IN_PERIOD.subList(12, 14), report.rows());
    }

    private static void assertRows(List<Expected> expected, List<ActivityRow> actual) {
        assertEquals(expected.size(), actual.size(), () -> "row count; rows: " + actual);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            ActivityRow row = actual.get(i);
            String at = "row " + i + " (" + e.date() + " " + e.id() + " " + e.act() + "): ";
            checks.add(() -> assertEquals(e.date(), row.date(), at + "date"));
            checks.add(() -> assertEquals(e.id(), row.applicationId(), at + "application"));
            checks.add(() -> assertEquals(e.employer(), row.employer(), at + "employer"));
            checks.add(() -> assertEquals(e.position(), row.position(), at + "position"));
            checks.add(() -> assertEquals(e.act(), row.act(), at + "act"));
            checks.add(() -> assertEquals(e.how(), row.how(), at + "how"));
            checks.add(() -> assertEquals(e.result(), row.result(), at + "result"));
            if (e.contact() != null) {
                checks.add(() -> assertEquals(e.contact(), row.contact(), at + "contact"));
            }
        }
        assertAll(checks);
    }
}
