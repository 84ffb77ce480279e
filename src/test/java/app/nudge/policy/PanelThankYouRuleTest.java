package app.nudge.policy;

import static app.nudge.policy.FollowUpPolicyRulesTest.assertPlanned;
import static app.nudge.policy.Histories.DECISION_BY;
import static app.nudge.policy.Histories.INTERVIEW_END;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.next;
import static app.nudge.policy.Histories.nov;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R4 after a panel: one note per interviewer, each sent or skipped on its own. */
class PanelThankYouRuleTest {

    private static Application panel(Event... events) {
        return acme(events).withInterviews(List.of(new InterviewRound(INTERVIEW_END, DECISION_BY, "billing",
                List.of("Pat Lee", "Sam Roe", " "))));
    }

    @Test
    @DisplayName("R4: one of two interviewers thanked → the thank-you is still the next action, the plan lists one")
    void oneOfTwoThankedKeepsTheThankYou() {
        PlannedAction planned = next(panel(Event.thankYouSent(nov(16), "Pat Lee")), nov(17));
        assertPlanned(planned, "R4", ActionType.THANK_YOU, nov(16), nov(17));
    }

    @Test
    @DisplayName("R4: with Pat's note sent, the thank-you goes to Sam (the first still waiting) and says 1 of 2 are done")
    void theNextNoteGoesToWhoeverIsStillWaiting() {
        PlannedAction planned = next(panel(Event.thankYouSent(nov(16), "pat lee")), nov(17));
        assertEquals("Sam Roe", planned.recipient().name());
        assertEquals(Histories.SAM, planned.recipient(), "Sam's own contact, address included");
        org.junit.jupiter.api.Assertions.assertTrue(planned.reason().endsWith("1 of 2 notes are sent or skipped."),
                planned.reason());
        PlannedAction before = next(panel(), nov(16));
        org.junit.jupiter.api.Assertions.assertFalse(before.reason().contains("notes are sent"), before.reason());
    }

    @Test
    @DisplayName("R4: every interviewer sent or skipped (names in any case and spacing) → the step is done, R7 next")
    void everyInterviewerSentOrSkippedFinishesTheStep() {
        PlannedAction planned = next(panel(Event.thankYouSent(nov(16), "Pat Lee"),
                Event.thankYouSkipped(nov(17), "  sam   ROE ")), nov(23));
        assertPlanned(planned, "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
    }

    @Test
    @DisplayName("R4: a thank-you without recipient stands for everyone → done even after a panel")
    void aThankYouWithoutRecipientIsForEveryone() {
        assertPlanned(next(panel(Event.thankYouSent(nov(16), null)), nov(23)), "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
    }

    @Test
    @DisplayName("R4: a note to someone not on the latest panel does not count for the panel")
    void aNoteToSomeoneElseDoesNotCount() {
        PlannedAction planned = next(panel(Event.thankYouSent(nov(16), "Pat Lee"),
                Event.thankYouSent(nov(16), "Alex Kim")), nov(17));
        assertEquals("R4", planned.rule());
    }

    @Test
    @DisplayName("R4 with section 2's counting: a note from before the latest round does not count")
    void notesBeforeTheLatestRoundDoNotCount() {
        Application app = panel(Event.thankYouSent(nov(10), "Pat Lee"), Event.thankYouSent(nov(16), "Sam Roe"));
        assertEquals("R4", next(app, nov(17)).rule());
        assertEquals(Set.of("sam roe"), ThankYouStep.thanked(app));
    }

    @Test
    @DisplayName("R4: a round naming nobody is done with any per-person note")
    void aRoundNamingNobody() {
        Application app = acme(Event.thankYouSent(nov(16), "Pat Lee"))
                .withInterviews(List.of(new InterviewRound(INTERVIEW_END, DECISION_BY, "", List.of())));
        assertEquals("R7", next(app, nov(23)).rule());
    }

    @Test
    @DisplayName("Panels are listed once per person, as written")
    void panelDropsBlanksAndRepeats() {
        assertEquals(List.of("Pat Lee", "Sam Roe"), ThankYouStep.panel(new InterviewRound(INTERVIEW_END, null, "",
                List.of(" Pat Lee", "", "pat  lee", "Sam Roe"))));
    }

    @Test
    @DisplayName("Only a thank-you can name a recipient; others drop it")
    void onlyThankYousNameSomeone() {
        assertEquals(null, Event.followUp(nov(20), null).withRecipient("Pat Lee").recipient());
        assertEquals(null, Event.skipped(nov(20), ActionType.FOLLOW_UP).withRecipient("Pat Lee").recipient());
        assertEquals("Pat Lee", Event.skipped(nov(20), ActionType.THANK_YOU).withRecipient(" Pat Lee ").recipient());
        assertEquals(null, Event.thankYouSent(nov(20), "  ").recipient());
    }
}
