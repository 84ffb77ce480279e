package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.email;
import static app.nudge.compose.Fixtures.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import java.util.List;
import org.junit.jupiter.api.Test;

class PanelThankYouTest {

    private final Composer composer = new Composer();

    @Test
    void onePersonalNotePerPanelInterviewer() {
        Application panel = acme().withInterviews(List.of(round(List.of("Pat Lee", "sam roe", "Alex Kim"))));

        List<Draft> notes = composer.thankYouNotes(panel, email(ActionType.THANK_YOU), JANE);

        assertEquals(3, notes.size());
        assertEquals(List.of("pat@acme.example", "sam@acme.example", ""),
                notes.stream().map(Draft::toAddress).toList());
        assertEquals(List.of("Hi Pat,", "Hi Sam,", "Hi Alex,"),
                notes.stream().map(d -> d.body().lines().findFirst().orElseThrow()).toList());
        for (Draft note : notes) {
            assertTrue(note.body().contains(Fixtures.TALKING_POINT), note.body());
            assertEquals("Business Analyst interview – thank you", note.subject());
        }
        assertEquals("Alex Kim", notes.get(2).to().name());
    }

    @Test
    void aFirstNameAloneMatchesTheOnlyContactWithIt() {
        Application panel = acme().withInterviews(List.of(round(List.of("Pat", "Sam"))));

        List<Draft> notes = composer.thankYouNotes(panel, email(ActionType.THANK_YOU), JANE);

        assertEquals(List.of(Fixtures.PAT, Fixtures.SAM), notes.stream().map(Draft::to).toList());
    }

    @Test
    void oneInterviewerGivesTheSingleNoteToTheRecipient() {
        List<Draft> notes = composer.thankYouNotes(acme(), email(ActionType.THANK_YOU), JANE);

        assertEquals(1, notes.size());
        assertEquals(Fixtures.PAT, notes.get(0).to());
    }

    @Test
    void onlyForThankYou() {
        assertThrows(IllegalArgumentException.class,
                () -> composer.thankYouNotes(acme(), email(ActionType.FOLLOW_UP), JANE));
    }

    @Test
    void panelNotesAreWordedDifferentlyAroundTheSameTalkingPoint() {
        Application panel = acme().withInterviews(List.of(round(List.of("Pat Lee", "Sam Roe", "Alex Kim"))));

        for (String variant : List.of("standard", "late")) {
            List<Draft> notes = composer.thankYouNotes(panel, email(ActionType.THANK_YOU), JANE, variant);
            List<String> withoutGreeting = notes.stream()
                    .map(d -> d.body().substring(d.body().indexOf('\n'))).toList();
            assertEquals(notes.size(), new java.util.HashSet<>(withoutGreeting).size(),
                    variant + ": no two notes are copies: " + withoutGreeting);
            for (Draft note : notes) {
                assertTrue(note.body().contains(Fixtures.TALKING_POINT), note.body());
                assertTrue(note.body().endsWith("Best regards,\nJane Doe\n+1 555 0100"), note.body());
            }
        }
    }

    @Test
    void eachNoteKnowsTheInterviewerAsTheRoundNamesThem() {
        Application panel = acme().withInterviews(List.of(round(List.of("Pat", " Sam Roe ", "sam roe"))));

        List<Draft> notes = composer.thankYouNotes(panel, email(ActionType.THANK_YOU), JANE);

        assertEquals(List.of("Pat", "Sam Roe"), notes.stream().map(Draft::interviewer).toList(), "once per person");
        assertEquals(null, composer.thankYouNotes(acme(), email(ActionType.THANK_YOU), JANE).get(0).interviewer(),
                "a single note is for everyone");
    }
}
