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
}
