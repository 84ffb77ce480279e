package app.nudge.policy;

import static app.nudge.policy.FollowUpPolicyRulesTest.assertPlanned;
import static app.nudge.policy.Histories.STANDARD;
import static app.nudge.policy.Histories.US;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.dec;
import static app.nudge.policy.Histories.event;
import static app.nudge.policy.Histories.followedUp;
import static app.nudge.policy.Histories.next;
import static app.nudge.policy.Histories.nov;
import static app.nudge.policy.Histories.skipped;
import static app.nudge.policy.Histories.thanked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SKIPPED counts as the event completing its action; SNOOZED moves the next action (docs/follow-up-rules.md, section 2). */
class SkipAndSnoozeTest {

    @Test
    @DisplayName("SKIPPED THANK_YOU counts as the thank-you → R7 as if it had been sent")
    void skippedThankYou() {
        assertPlanned(next(acme(skipped(nov(16), ActionType.THANK_YOU)), nov(23)), "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
    }

    @Test
    @DisplayName("SKIPPED FOLLOW_UP uses up that attempt → R9 counted from the skip's date")
    void skippedFollowUp() {
        assertPlanned(next(acme(thanked(nov(16)), skipped(nov(23), ActionType.FOLLOW_UP)), nov(23)),
                "R9", ActionType.FINAL_FOLLOW_UP, dec(1), dec(3));
    }

    @Test
    @DisplayName("SKIPPED EMAIL_AFTER_VOICEMAIL counts as a follow-up sent → R9 (R5 no longer the latest event)")
    void skippedEmailAfterVoicemail() {
        PlannedAction planned = next(acme(thanked(nov(16)), event(EventType.VOICEMAIL_LEFT, nov(24)),
                skipped(nov(27), ActionType.EMAIL_AFTER_VOICEMAIL)), nov(27));
        assertPlanned(planned, "R9", ActionType.FINAL_FOLLOW_UP, dec(4), dec(8));
    }

    @Test
    @DisplayName("SKIPPED CHECK_BACK counts as a follow-up sent → R9")
    void skippedCheckBack() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.checkBack(dec(8), dec(17)),
                skipped(dec(17), ActionType.CHECK_BACK)), dec(17));
        assertEquals("R9", planned.rule());
    }

    @Test
    @DisplayName("SKIPPED CLOSE_OUT, REPLY_TO_OFFER, THANK_AFTER_REJECTION are terminal (R1)")
    void skippedTerminalActions() {
        assertTrue(FollowUpPolicy.next(acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1)),
                skipped(dec(8), ActionType.CLOSE_OUT)), dec(8), US, STANDARD).isEmpty());
        assertTrue(FollowUpPolicy.next(acme(thanked(nov(16)), event(EventType.OFFER_RECEIVED, nov(25)),
                skipped(nov(25), ActionType.REPLY_TO_OFFER)), nov(25), US, STANDARD).isEmpty());
        assertTrue(FollowUpPolicy.next(acme(thanked(nov(16)), event(EventType.REJECTION_RECEIVED, nov(25)),
                skipped(nov(27), ActionType.THANK_AFTER_REJECTION)), nov(27), US, STANDARD).isEmpty());
    }

    @Test
    @DisplayName("SNOOZED until Sat 28 Nov → R7 earliest and due move to Mon 30 Nov")
    void snoozeMovesWindow() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.snoozed(nov(23), nov(28))), nov(25));

        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, nov(30), nov(30));
        assertEquals(Status.UPCOMING, planned.status());
        assertEquals("Pat said a decision would come by Fri 20 Nov; follow up on Mon 30 Nov (snoozed until Sat 28 Nov).",
                planned.reason());
    }

    @Test
    @DisplayName("SNOOZED until Tue 24 Nov → earliest Tue 24, due stays Wed 25 Nov (the later of its own and the new earliest)")
    void snoozeKeepsLaterDue() {
        assertPlanned(next(acme(thanked(nov(16)), Event.snoozed(nov(23), nov(24))), nov(23)),
                "R7", ActionType.FOLLOW_UP, nov(24), nov(25));
    }

    @Test
    @DisplayName("SNOOZED until a date before the window changes nothing")
    void earlySnoozeChangesNothing() {
        assertPlanned(next(acme(thanked(nov(16)), Event.snoozed(nov(17), nov(19))), nov(23)),
                "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
    }

    @Test
    @DisplayName("SNOOZED lasts until any other event is recorded after it (R9 from the follow-up, not snoozed)")
    void snoozeEndsAtNextEvent() {
        PlannedAction planned = next(acme(thanked(nov(16)), Event.snoozed(nov(23), dec(20)), followedUp(nov(23))), nov(23));
        assertPlanned(planned, "R9", ActionType.FINAL_FOLLOW_UP, dec(1), dec(3));
    }

    @Test
    @DisplayName("SNOOZED: the latest snooze replaces an earlier one")
    void laterSnoozeReplacesEarlier() {
        assertPlanned(next(acme(thanked(nov(16)), Event.snoozed(nov(23), dec(10)), Event.snoozed(nov(24), nov(27))), nov(24)),
                "R7", ActionType.FOLLOW_UP, nov(27), nov(27));
    }

    @Test
    @DisplayName("R5: a snoozed voicemail follow-up is still R5, with the snooze applied")
    void snoozedVoicemailIsStillR5() {
        PlannedAction planned = next(acme(thanked(nov(16)), event(EventType.VOICEMAIL_LEFT, nov(24)),
                Event.snoozed(nov(25), dec(3))), nov(25));
        assertPlanned(planned, "R5", ActionType.EMAIL_AFTER_VOICEMAIL, dec(3), dec(3));
    }

    @Test
    @DisplayName("R4: the thank-you can be snoozed too (to the next business day on or after the until date)")
    void snoozedThankYou() {
        assertPlanned(next(acme(Event.snoozed(nov(16), nov(21))), nov(16)), "R4", ActionType.THANK_YOU, nov(23), nov(23));
    }
}
