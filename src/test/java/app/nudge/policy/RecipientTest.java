package app.nudge.policy;

import static app.nudge.policy.Histories.PAT;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.dec;
import static app.nudge.policy.Histories.followedUp;
import static app.nudge.policy.Histories.next;
import static app.nudge.policy.Histories.nov;
import static app.nudge.policy.Histories.thanked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who each action goes to (docs/follow-up-rules.md, section 2, "Recipient"; R10's secondary contact). */
class RecipientTest {

    private static final Contact LEE = new Contact("Lee Chan", "lee@acme.example", "", "Engineer", false);
    private static final Contact KIM = new Contact("Kim Ode", "kim@acme.example", "", "HR Business Partner", false);
    private static final Contact CHRIS = new Contact("Chris Day", "chris@acme.example", "", "Chris's assistant", false);
    private static final Contact PRIMARY_KIM = KIM.withPrimary(true);

    private static Application persistentAfterTwoAttempts(List<Contact> contacts) {
        return acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))).withContacts(contacts);
    }

    @Test
    @DisplayName("Recipient: the contact marked primary, even when not listed first")
    void primary() {
        assertSame(PRIMARY_KIM, next(acme(thanked(nov(16))).withContacts(List.of(LEE, PRIMARY_KIM)), nov(23)).recipient());
    }

    @Test
    @DisplayName("Recipient: the first contact when none is marked primary")
    void first() {
        assertSame(LEE, next(acme(thanked(nov(16))).withContacts(List.of(LEE, KIM)), nov(23)).recipient());
    }

    @Test
    @DisplayName("Recipient: null with no contact; the reason says 'They' / 'the interviewer'")
    void none() {
        PlannedAction followUp = next(acme(thanked(nov(16))).withContacts(List.of()), nov(23));
        assertNull(followUp.recipient());
        assertEquals("They said a decision would come by Fri 20 Nov; the first business day after is Mon 23 Nov.",
                followUp.reason());

        PlannedAction finalOne = next(acme(thanked(nov(16)), followedUp(nov(23))).withContacts(List.of()), nov(23));
        assertEquals("They have not answered your follow-up of Mon 23 Nov; try one last time from Tue 1 Dec, by Thu 3 Dec.",
                finalOne.reason());
    }

    @Test
    @DisplayName("R10: the secondary contact is the first other one whose title reads like HR / recruiting")
    void secondaryPrefersRecruiter() {
        PlannedAction planned = next(persistentAfterTwoAttempts(List.of(PAT, LEE, CHRIS, KIM)), dec(8),
                Preset.PERSISTENT.intervals());
        assertEquals("R10", planned.rule());
        assertSame(KIM, planned.recipient());
    }

    @Test
    @DisplayName("R10: with no recruiter-like title, the first contact other than the usual recipient")
    void secondaryFallsBackToFirstOther() {
        PlannedAction planned = next(persistentAfterTwoAttempts(List.of(LEE.withPrimary(false), PAT, CHRIS)), dec(8),
                Preset.PERSISTENT.intervals());
        assertSame(LEE, planned.recipient(), "Pat is primary, so Lee is the first other contact");
    }

    @Test
    @DisplayName("R10: a recruiter who is the primary contact is not their own secondary contact")
    void secondaryIsNeverTheRecipient() {
        PlannedAction planned = next(persistentAfterTwoAttempts(List.of(LEE, PRIMARY_KIM)), dec(8),
                Preset.PERSISTENT.intervals());
        assertSame(LEE, planned.recipient());
    }

    @ParameterizedTest(name = "R10: title \"{0}\" reads like recruiting / people work")
    @ValueSource(strings = {"Recruiter", "Senior Technical RECRUITER", "Talent Acquisition", "Head of People",
        "HR Manager", "HRBP", "Senior HR", "hr", "VP, HR"})
    void recruiterTitles(String title) {
        assertTrue(new Contact("X", "", "", title, false).looksLikeRecruiter());
    }

    @ParameterizedTest(name = "R10: title \"{0}\" does not read like recruiting")
    @ValueSource(strings = {"Hiring Manager", "Chris's assistant", "Engineer", "Threshold analyst", ""})
    void otherTitles(String title) {
        assertFalse(new Contact("X", "", "", title, false).looksLikeRecruiter());
    }
}
