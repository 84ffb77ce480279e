package app.nudge.policy;

import static app.nudge.policy.FollowUpPolicyRulesTest.assertPlanned;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.acmeWithoutDecisionDate;
import static app.nudge.policy.Histories.dec;
import static app.nudge.policy.Histories.followedUp;
import static app.nudge.policy.Histories.next;
import static app.nudge.policy.Histories.nov;
import static app.nudge.policy.Histories.thanked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nudge.domain.ActionType;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The presets and custom intervals of docs/follow-up-rules.md, section 3, seen through R7, R8, R9 and R10/R11. */
class PresetsTest {

    @Test
    @DisplayName("STANDARD: R7 1..3, R8 5..7, R9 5..7, no secondary contact (R11 after two attempts)")
    void standard() {
        Intervals standard = Preset.STANDARD.intervals();
        assertPlanned(next(acme(thanked(nov(16))), nov(16), standard), "R7", ActionType.FOLLOW_UP, nov(23), nov(25));
        assertPlanned(next(acmeWithoutDecisionDate(thanked(nov(16))), nov(16), standard),
                "R8", ActionType.FOLLOW_UP, nov(23), nov(25));
        assertPlanned(next(acme(thanked(nov(16)), followedUp(nov(23))), nov(23), standard),
                "R9", ActionType.FINAL_FOLLOW_UP, dec(1), dec(3));
        assertEquals("R11", next(acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))), dec(1), standard).rule());
    }

    @Test
    @DisplayName("PATIENT: R7 2..3 (Tue 24 .. Wed 25 Nov), R8 7..10, R9 7..10, no secondary contact")
    void patient() {
        Intervals patient = Preset.PATIENT.intervals();
        assertPlanned(next(acme(thanked(nov(16))), nov(16), patient), "R7", ActionType.FOLLOW_UP, nov(24), nov(25));
        assertPlanned(next(acmeWithoutDecisionDate(thanked(nov(16))), nov(16), patient),
                "R8", ActionType.FOLLOW_UP, nov(25), dec(1));
        assertPlanned(next(acme(thanked(nov(16)), followedUp(nov(23))), nov(23), patient),
                "R9", ActionType.FINAL_FOLLOW_UP, dec(3), dec(8));
        assertEquals("R11", next(acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))), dec(1), patient).rule());
    }

    @Test
    @DisplayName("PERSISTENT: R7 1..2 (Mon 23 .. Tue 24 Nov), R8 5..7, R9 5..7, then R10 a secondary contact")
    void persistent() {
        Intervals persistent = Preset.PERSISTENT.intervals();
        assertPlanned(next(acme(thanked(nov(16))), nov(16), persistent), "R7", ActionType.FOLLOW_UP, nov(23), nov(24));
        assertPlanned(next(acmeWithoutDecisionDate(thanked(nov(16))), nov(16), persistent),
                "R8", ActionType.FOLLOW_UP, nov(23), nov(25));
        assertPlanned(next(acme(thanked(nov(16)), followedUp(nov(23))), nov(23), persistent),
                "R9", ActionType.FINAL_FOLLOW_UP, dec(1), dec(3));
        assertEquals("R10", next(acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))), dec(1), persistent).rule());
    }

    @Test
    @DisplayName("Custom intervals (a..b 2..4, n..m 3..4, s..t 2..3): R7, R8, R9 follow the user's numbers")
    void custom() {
        Intervals custom = new Intervals(2, 4, 3, 4, 2, 3, false);
        assertPlanned(next(acme(thanked(nov(16))), nov(16), custom), "R7", ActionType.FOLLOW_UP, nov(24), nov(27));
        assertPlanned(next(acmeWithoutDecisionDate(thanked(nov(16))), nov(16), custom),
                "R8", ActionType.FOLLOW_UP, nov(19), nov(20));
        assertPlanned(next(acme(thanked(nov(16)), followedUp(nov(23))), nov(23), custom),
                "R9", ActionType.FINAL_FOLLOW_UP, nov(25), nov(27));
    }

    @Test
    @DisplayName("Custom intervals: a secondary contact can be switched on outside Persistent (R10)")
    void customWithSecondaryContact() {
        Intervals custom = new Intervals(1, 3, 5, 7, 5, 7, true);
        PlannedAction planned = next(acme(thanked(nov(16)), followedUp(nov(23)), followedUp(dec(1))), dec(1), custom);
        assertPlanned(planned, "R10", ActionType.SECONDARY_CONTACT, dec(8), dec(10));
    }

    @Test
    @DisplayName("Presets: custom numbers must be whole numbers >= 1 with the earliest not after the latest")
    void customValidation() {
        assertThrows(IllegalArgumentException.class, () -> new Intervals(0, 3, 5, 7, 5, 7, false));
        assertThrows(IllegalArgumentException.class, () -> new Intervals(3, 2, 5, 7, 5, 7, false));
        assertThrows(IllegalArgumentException.class, () -> new Intervals(1, 3, 8, 7, 5, 7, false));
        assertThrows(IllegalArgumentException.class, () -> new Intervals(1, 3, 5, 7, 5, 4, false));
    }

    @Test
    @DisplayName("Presets: parsed by name in any case")
    void parse() {
        assertEquals(Optional.of(Preset.PATIENT), Preset.parse(" patient "));
        assertEquals(Optional.empty(), Preset.parse("eager"));
    }
}
