package app.nudge.policy;

import static app.nudge.policy.FollowUpPolicyRulesTest.assertPlanned;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.dec;
import static app.nudge.policy.Histories.followedUp;
import static app.nudge.policy.Histories.next;
import static app.nudge.policy.Histories.nov;
import static app.nudge.policy.Histories.thanked;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The example history of docs/exchange-format.md (acme-ba). Worked by hand: the thank-you (16 Nov), a
 * reply with a new date (24 Nov → 4 Dec), one follow-up (7 Dec), a reply that resets the attempts
 * and a check-back agreed for Thu 17 Dec (both 8 Dec). The latest event is the check-back
 * agreement, so R6: CHECK_BACK on Thu 17 Dec (a US business day), due one business day later,
 * Fri 18 Dec, to Pat (primary), by email (mayCall is false).
 */
class AcmeExampleTest {

    private static final Application ACME_BA = acme(
            thanked(nov(16)),
            Event.reply(nov(24), dec(4)),
            followedUp(dec(7)),
            Event.reply(dec(8), null),
            Event.checkBack(dec(8), dec(17)));

    @Test
    @DisplayName("R6: docs/exchange-format.md's acme-ba → CHECK_BACK Thu 17 .. Fri 18 Dec to Pat by email")
    void nextAction() {
        PlannedAction planned = next(ACME_BA, dec(10));

        assertPlanned(planned, "R6", ActionType.CHECK_BACK, dec(17), dec(18));
        assertEquals(Channel.EMAIL, planned.channel());
        assertEquals("Pat Lee", planned.recipient().name());
        assertEquals("Pat agreed you would check back on Thu 17 Dec; get in touch from Thu 17 Dec, by Fri 18 Dec.",
                planned.reason());
    }

    @Test
    @DisplayName("R6: acme-ba's status is UPCOMING before 17 Dec, DUE on 17-18 Dec, OVERDUE from 19 Dec")
    void status() {
        assertEquals(Status.UPCOMING, next(ACME_BA, dec(16)).status());
        assertEquals(Status.DUE, next(ACME_BA, dec(17)).status());
        assertEquals(Status.DUE, next(ACME_BA, dec(18)).status());
        assertEquals(Status.OVERDUE, next(ACME_BA, dec(19)).status());
    }

    @Test
    @DisplayName("R9: once the check-back is done (follow-up on Thu 17 Dec), the final follow-up is Thu 24 .. Tue 29 Dec (Christmas skipped)")
    void afterTheCheckBack() {
        List<Event> events = new ArrayList<>(ACME_BA.events());
        events.add(Event.followUp(dec(17), Channel.EMAIL));
        Application later = ACME_BA.withEvents(events);
        assertPlanned(next(later, dec(17)), "R9", ActionType.FINAL_FOLLOW_UP, dec(24), dec(29));
    }
}
