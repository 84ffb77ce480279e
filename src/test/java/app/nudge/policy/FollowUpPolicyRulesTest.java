package app.nudge.policy;

import static app.nudge.policy.Histories.INTERVIEW_END;
import static app.nudge.policy.Histories.STANDARD;
import static app.nudge.policy.Histories.US;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.acmeWithoutDecisionDate;
import static app.nudge.policy.Histories.dec;
import static app.nudge.policy.Histories.event;
import static app.nudge.policy.Histories.followedUp;
import static app.nudge.policy.Histories.next;
import static app.nudge.policy.Histories.nov;
import static app.nudge.policy.Histories.round;
import static app.nudge.policy.Histories.thanked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules R1..R12 of docs/follow-up-rules.md, section 2, one or more cases each, US calendar, Standard preset. */
class FollowUpPolicyRulesTest {

    static void assertPlanned(PlannedAction planned, String rule, ActionType action, LocalDate earliest, LocalDate due) {
        assertEquals(rule, planned.rule(), "rule");
        assertEquals(action, planned.action(), "action");
        assertEquals(earliest, planned.earliest(), "earliest");
        assertEquals(due, planned.due(), "due");
    }

    @Test
    @DisplayName("Spec example (R7): decision by Fri 20 Nov 2026 → FOLLOW_UP to Pat, Mon 23 Nov .. Wed 25 Nov, DUE")
    void specWorkedExample() {
        PlannedAction planned = next(acme(thanked(nov(16))), nov(23));

        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
        assertEquals(Status.DUE, planned.status());
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals("Pat Lee", planned.recipient().name());
        assertEquals("acme-ba", planned.applicationId());
        assertEquals("Acme Corp", planned.company());
        assertEquals("Business Analyst", planned.role());
        assertEquals("Pat said a decision would come by Fri 20 Nov; the first business day after is Mon 23 Nov.",
                planned.reason());
    }

    // ---- R1 ----

    @Test
    @DisplayName("R1: no interview round yet → nothing planned")
    void r1NoRound() {
        Application app = acme(thanked(nov(16))).withInterviews(List.of());
        assertTrue(FollowUpPolicy.next(app, nov(23), US, STANDARD).isEmpty());
    }

    @ParameterizedTest(name = "R1: terminal event {0} → nothing planned")
    @EnumSource(value = EventType.class, names = {"WITHDRAWN", "CLOSED", "OFFER_ANSWERED", "REJECTION_ANSWERED"})
    void r1TerminalEvents(EventType terminal) {
        Application app = acme(thanked(nov(16)), event(EventType.OFFER_RECEIVED, nov(20)), event(terminal, nov(23)));
        assertTrue(FollowUpPolicy.next(app, nov(23), US, STANDARD).isEmpty());
    }

    @Test
    @DisplayName("R1: a terminal event before the latest round does not count: a second round reopens a closed application (R4)")
    void r1SecondRoundReopens() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23)), event(EventType.CLOSED, nov(30)))
                .withInterviews(List.of(round(INTERVIEW_END, Histories.DECISION_BY),
                        round(LocalDateTime.of(2026, 12, 10, 11, 0), null)));

        PlannedAction planned = next(app, dec(10));

        assertPlanned(planned, "R4", ActionType.THANK_YOU, dec(10), dec(11));
        assertEquals(Status.DUE, planned.status());
    }

    @Test
    @DisplayName("R4: a scheduled (future) second round is the latest; the first round's follow-ups no longer count")
    void futureRoundIsLatest() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1)))
                .withInterviews(List.of(round(LocalDateTime.of(2027, 1, 12, 10, 0), null),
                        round(INTERVIEW_END, Histories.DECISION_BY)));

        PlannedAction planned = next(app, dec(15));

        assertPlanned(planned, "R4", ActionType.THANK_YOU, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 13));
        assertEquals(Status.UPCOMING, planned.status());
        assertEquals("Your interview with Pat was on Tue 12 Jan 2027; send a thank-you by Wed 13 Jan 2027.",
                planned.reason());
    }

    // ---- R2, R3 ----

    @Test
    @DisplayName("R2: rejection on Wed 25 Nov → THANK_AFTER_REJECTION Wed 25 Nov .. Mon 30 Nov (Thanksgiving skipped)")
    void r2Rejection() {
        PlannedAction planned = next(acme(thanked(nov(16)), event(EventType.REJECTION_RECEIVED, nov(25))), nov(27));

        assertPlanned(planned, "R2", ActionType.THANK_AFTER_REJECTION, nov(25), nov(30));
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals(Status.DUE, planned.status());
        assertEquals("Pat turned you down on Wed 25 Nov; send a short thank-you by Mon 30 Nov.", planned.reason());
    }

    @Test
    @DisplayName("R2: comes before R4 (no thank-you sent) and takes the latest of offer and rejection")
    void r2BeforeThankYouAndLatestWins() {
        PlannedAction planned = next(acme(event(EventType.OFFER_RECEIVED, nov(17)),
                event(EventType.REJECTION_RECEIVED, nov(18))), nov(18));

        assertPlanned(planned, "R2", ActionType.THANK_AFTER_REJECTION, nov(18), nov(20));
    }

    @Test
    @DisplayName("R3: offer on Wed 25 Nov → REPLY_TO_OFFER Wed 25 Nov .. Fri 27 Nov (Thanksgiving skipped), email even with mayCall")
    void r3Offer() {
        Application app = acme(thanked(nov(16)), event(EventType.REJECTION_RECEIVED, nov(20)),
                event(EventType.OFFER_RECEIVED, nov(25))).withFlags(true, false);

        PlannedAction planned = next(app, nov(30));

        assertPlanned(planned, "R3", ActionType.REPLY_TO_OFFER, nov(25), nov(27));
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals(Status.OVERDUE, planned.status());
        assertEquals("Pat made you an offer on Wed 25 Nov; reply by Fri 27 Nov.", planned.reason());
    }

    // ---- R4 ----

    @Test
    @DisplayName("R4: interview Mon 16 Nov, nothing sent → THANK_YOU Mon 16 .. Tue 17 Nov; UPCOMING / DUE / OVERDUE by today")
    void r4ThankYou() {
        Application app = acme();

        assertPlanned(next(app, nov(16)), "R4", ActionType.THANK_YOU, nov(16), nov(17));
        assertEquals(Status.UPCOMING, next(app, nov(15)).status());
        assertEquals(Status.DUE, next(app, nov(16)).status());
        assertEquals(Status.DUE, next(app, nov(17)).status());
        assertEquals(Status.OVERDUE, next(app, nov(18)).status());
        assertEquals("Your interview with Pat was on Mon 16 Nov; send a thank-you by Tue 17 Nov.", next(app, nov(16)).reason());
    }

    @Test
    @DisplayName("R4: due is the calendar day after the interview, even a Saturday")
    void r4DueIsCalendarDay() {
        Application app = acme().withInterviews(List.of(round(LocalDateTime.of(2026, 11, 20, 16, 30), null)));
        assertPlanned(next(app, nov(20)), "R4", ActionType.THANK_YOU, nov(20), nov(21));
    }

    @Test
    @DisplayName("R4: a later contact (a follow-up without a thank-you) ends the thank-you window → R9")
    void r4NotAfterContact() {
        assertEquals("R9", next(acme(followedUp(nov(23))), nov(24)).rule());
    }

    // ---- R5 ----

    @Test
    @DisplayName("R5: voicemail on Tue 24 Nov → EMAIL_AFTER_VOICEMAIL Fri 27 Nov .. Mon 30 Nov, by email even with mayCall")
    void r5Voicemail() {
        Application app = acme(thanked(nov(16)), event(EventType.VOICEMAIL_LEFT, nov(24))).withFlags(true, false);

        PlannedAction planned = next(app, nov(25));

        assertPlanned(planned, "R5", ActionType.EMAIL_AFTER_VOICEMAIL, nov(27), nov(30));
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals(Status.UPCOMING, planned.status());
        assertEquals("You left Pat a voicemail on Tue 24 Nov; follow it with an email from Fri 27 Nov, by Mon 30 Nov.",
                planned.reason());
    }

    @Test
    @DisplayName("R5/R9: a voicemail is not an attempt; the email after it is the first (→ R9 from that email)")
    void voicemailIsNotAnAttempt() {
        PlannedAction planned = next(acme(thanked(nov(16)), event(EventType.VOICEMAIL_LEFT, nov(24)),
                followedUp(nov(27))), nov(30));

        assertPlanned(planned, "R9", ActionType.FINAL_FOLLOW_UP, dec(4), dec(8));
    }

    // ---- R6 ----

    @Test
    @DisplayName("R6: check back on Sat 19 Dec → CHECK_BACK Mon 21 .. Tue 22 Dec, by phone when calls were invited (R12)")
    void r6CheckBackOnWeekend() {
        Application app = acme(thanked(nov(16)), Event.checkBack(dec(8), dec(19))).withFlags(true, false);

        PlannedAction planned = next(app, dec(21));

        assertPlanned(planned, "R6", ActionType.CHECK_BACK, dec(21), dec(22));
        assertEquals(Channel.PHONE, planned.channel());
        assertEquals(Status.DUE, planned.status());
        assertEquals("Pat agreed you would check back on Sat 19 Dec; get in touch from Mon 21 Dec, by Tue 22 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R6: check back on Thu 24 Dec → due Mon 28 Dec (Christmas skipped)")
    void r6CheckBackBeforeChristmas() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.checkBack(dec(8), dec(24))), dec(24));
        assertPlanned(planned, "R6", ActionType.CHECK_BACK, dec(24), dec(28));
    }

    @Test
    @DisplayName("R6: a check-back agreed for the same day moves to the next business day (never on the triggering event's day)")
    void r6SameDayCheckBack() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.checkBack(dec(8), dec(8))), dec(8));
        assertPlanned(planned, "R6", ActionType.CHECK_BACK, dec(9), dec(9));
    }

    // ---- R7 ----

    @Test
    @DisplayName("R7: a reply with a new date (Fri 4 Dec) → FOLLOW_UP Mon 7 .. Wed 9 Dec")
    void r7ReplyWithNewDate() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.reply(nov(24), dec(4))), dec(1));

        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, dec(7), dec(9));
        assertEquals(Status.UPCOMING, planned.status());
        assertEquals("Pat wrote on Tue 24 Nov that a decision would come by Fri 4 Dec; the first business day after is Mon 7 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R7: a reply without a new date before the decision date keeps that date in force")
    void r7ReplyWithoutDateBeforeDecisionDate() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.reply(nov(18), null)), nov(23));
        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
    }

    @Test
    @DisplayName("R7: an earlier reply's new date stays in force after a later reply without a date, while still ahead")
    void r7EarlierReplyDateStaysInForce() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.reply(nov(24), dec(4)), Event.reply(dec(1), null)), dec(1));
        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, dec(7), dec(9));
    }

    @Test
    @DisplayName("R7: a thank-you sent on the first day after the decision date → earliest moves to the next business day")
    void r7NotOnTheTriggeringEventsDay() {
        PlannedAction planned = next(acme(thanked(nov(23))), nov(23));

        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, nov(24), nov(25));
        assertEquals("Pat said a decision would come by Fri 20 Nov; follow up from Tue 24 Nov, by Wed 25 Nov.",
                planned.reason());
    }

    @Test
    @DisplayName("R7: an event after the whole window → earliest and due both the next business day after it")
    void r7DueNeverBeforeEarliest() {
        PlannedAction planned = next(acme(thanked(nov(25))), nov(25));
        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, nov(27), nov(27));
    }

    // ---- R8 ----

    @Test
    @DisplayName("R8: no decision date, interview Fri 20 Nov → FOLLOW_UP Mon 30 Nov .. Wed 2 Dec (Thanksgiving skipped)")
    void r8NoDecisionDate() {
        Application app = acmeWithoutDecisionDate(thanked(nov(20)))
                .withInterviews(List.of(round(LocalDateTime.of(2026, 11, 20, 10, 0), null)));

        PlannedAction planned = next(app, nov(30));

        assertPlanned(planned, "R8", ActionType.FOLLOW_UP, nov(30), dec(2));
        assertEquals("Pat gave no decision date at your interview on Fri 20 Nov; follow up from Mon 30 Nov, by Wed 2 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R8: a reply without a new date after the decision date passed → clock starts at the reply")
    void r8ReplyAfterDecisionDateWithoutNewDate() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.reply(nov(24), null)), nov(24));

        assertPlanned(planned, "R8", ActionType.FOLLOW_UP, dec(2), dec(4));
        assertEquals("Pat replied on Tue 24 Nov without a new decision date; follow up from Wed 2 Dec, by Fri 4 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R8: a reply dated on the decision date itself ends that date (it must be after the reply's date)")
    void r8ReplyOnTheDecisionDate() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.reply(nov(20), null)), nov(20));
        assertPlanned(planned, "R8", ActionType.FOLLOW_UP, nov(30), dec(2));
    }

    @Test
    @DisplayName("R8: the clock starts at the latest check-back agreement once it is no longer the latest event")
    void r8ClockStartsAtCheckBackAgreement() {
        PlannedAction planned = next(acmeWithoutDecisionDate(thanked(nov(16)), Event.checkBack(dec(8), dec(17)),
                thanked(dec(9))), dec(9));
        assertPlanned(planned, "R8", ActionType.FOLLOW_UP, dec(15), dec(17));
    }

    // ---- R9 ----

    @Test
    @DisplayName("R9: one follow-up on Mon 23 Nov → FINAL_FOLLOW_UP Tue 1 .. Thu 3 Dec, by phone with mayCall (R12)")
    void r9FinalFollowUp() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23))).withFlags(true, false);

        PlannedAction planned = next(app, dec(4));

        assertPlanned(planned, "R9", ActionType.FINAL_FOLLOW_UP, dec(1), dec(3));
        assertEquals(Channel.PHONE, planned.channel());
        assertEquals(Status.OVERDUE, planned.status());
        assertEquals("Pat has not answered your follow-up of Mon 23 Nov; try one last time from Tue 1 Dec, by Thu 3 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R8/R9: a reply resets the attempts; the order of same-day events is the recorded order")
    void replyResetsAttempts() {
        Event sameDayReply = Event.reply(nov(24), null);
        assertEquals("R8", next(acme(thanked(nov(16)), followedUp(nov(24)), sameDayReply), nov(24)).rule());
        assertEquals("R9", next(acme(thanked(nov(16)), sameDayReply, followedUp(nov(24))), nov(24)).rule());
    }

    @Test
    @DisplayName("R9: a check-back that was done (a follow-up after it) is one attempt")
    void r9AfterCheckBack() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.checkBack(dec(8), dec(17)), followedUp(dec(17))), dec(18));
        assertPlanned(planned, "R9", ActionType.FINAL_FOLLOW_UP, dec(24), dec(29));
    }

    @Test
    @DisplayName("R9: events recorded out of date order are read in date order")
    void eventsAreSortedByDate() {
        PlannedAction planned = next(acme(followedUp(nov(23)), thanked(nov(16))), nov(24));
        assertPlanned(planned, "R9", ActionType.FINAL_FOLLOW_UP, dec(1), dec(3));
    }

    // ---- R10, R11 ----

    @Test
    @DisplayName("R10: Persistent, two unanswered follow-ups → SECONDARY_CONTACT to Sam the recruiter, Tue 8 .. Thu 10 Dec, email")
    void r10SecondaryContact() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))).withFlags(true, false);

        PlannedAction planned = next(app, dec(8), Preset.PERSISTENT.intervals());

        assertPlanned(planned, "R10", ActionType.SECONDARY_CONTACT, dec(8), dec(10));
        assertEquals("Sam Roe", planned.recipient().name());
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals("Pat has not answered your last two follow-ups, the latest on Tue 1 Dec; write to Sam instead from Tue 8 Dec, by Thu 10 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R10 → R11: Persistent with no other contact closes out after two attempts")
    void r10NeedsAnotherContact() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1)))
                .withContacts(List.of(Histories.PAT));
        assertPlanned(next(app, dec(8), Preset.PERSISTENT.intervals()), "R11", ActionType.CLOSE_OUT, dec(8), dec(10));
    }

    @Test
    @DisplayName("R11: Persistent, three attempts (secondary contact tried) → CLOSE_OUT to Pat")
    void r11AfterThirdAttempt() {
        PlannedAction planned = next(acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1)), followedUp(dec(8))),
                dec(8), Preset.PERSISTENT.intervals());

        assertPlanned(planned, "R11", ActionType.CLOSE_OUT, dec(15), dec(17));
        assertEquals("Pat Lee", planned.recipient().name());
    }

    @Test
    @DisplayName("R11: Standard, two attempts → CLOSE_OUT Tue 8 .. Thu 10 Dec, by email even with mayCall")
    void r11CloseOut() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))).withFlags(true, false);

        PlannedAction planned = next(app, dec(8));

        assertPlanned(planned, "R11", ActionType.CLOSE_OUT, dec(8), dec(10));
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals("Pat Lee", planned.recipient().name());
        assertEquals("Pat has not answered since your last follow-up on Tue 1 Dec; send a short note to close the loop from Tue 8 Dec, by Thu 10 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R11 → R1: closing the application out ends the plan")
    void r11CompletedByClosed() {
        Application app = acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1)), event(EventType.CLOSED, dec(9)));
        assertTrue(FollowUpPolicy.next(app, dec(9), US, STANDARD).isEmpty());
    }

    // ---- R12 ----

    @ParameterizedTest(name = "R12: {0} goes by phone only when the interviewer invited calls")
    @EnumSource(ActionType.class)
    void r12Channel(ActionType action) {
        boolean phoneAllowed = action == ActionType.FOLLOW_UP || action == ActionType.FINAL_FOLLOW_UP
                || action == ActionType.CHECK_BACK;
        assertEquals(phoneAllowed ? Channel.PHONE : Channel.EMAIL, FollowUpPolicy.channelFor(action, true));
        assertEquals(Channel.EMAIL, FollowUpPolicy.channelFor(action, false));
    }

    @Test
    @DisplayName("R12: the first follow-up goes by phone when mayCall, by email otherwise")
    void r12FollowUpChannel() {
        assertEquals(Channel.PHONE, next(acme(thanked(nov(16))).withFlags(true, false), nov(23)).channel());
        assertEquals(Channel.EMAIL, next(acme(thanked(nov(16))), nov(23)).channel());
    }
}
