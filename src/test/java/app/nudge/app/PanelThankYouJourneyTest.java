package app.nudge.app;

import static app.nudge.app.JourneyApp.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.PipelineStage;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.ui.composer.FakeMail;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A panel thank-you as a user goes through it, on the real wiring (real H2 file, scheduler,
 * policy and views; synchronous threads, a fixed clock Mon 23 Nov 2026 16:00, fake clipboard and
 * mail app): one note per interviewer, each greeted, addressed and worded for that person, each
 * marked sent on its own, and the plan moves on once every note is done (R4).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class PanelThankYouJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Database database;
    private Wiring wiring;
    private Stage stage;
    private final List<String> mailed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US).mail(FakeMail.recording(mailed)).start();
        database = app.database;
        wiring = app.wiring;
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    /** Interviewed today by Pat Lee and Sam Roe; Sam's contact record is {@code sam}, or none. */
    private void panelInterviewed(List<Contact> contacts, FxRobot robot) {
        Application acme = Application.of("acme", "Acme Corp", "Business Analyst").withCountry("US")
                .withContacts(contacts)
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(TODAY, LocalTime.of(11, 0)),
                        LocalDate.of(2026, 11, 27), "the move to event-driven billing", List.of("Pat Lee", "Sam Roe"))));
        robot.interact(() -> {
            wiring.applications().save(acme);
            wiring.board().selectedIdProperty().set("acme");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#composer " + id).queryAs(Label.class).getText(); // the detail pane has labels too
    }

    private String body(FxRobot robot) {
        return robot.lookup("#body").queryAs(TextArea.class).getText();
    }

    private static final Contact PAT = new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true);

    @Test
    void aPanelOfTwoGetsTwoPersonalNotesEachMarkedSentAndThenThePlanMovesOn(FxRobot robot) {
        panelInterviewed(List.of(PAT, new Contact("Sam Roe", "sam@acme.example", "", "Engineer", false)), robot);

        assertEquals(2, robot.lookup("#recipient").queryAs(ChoiceBox.class).getItems().size());
        assertEquals("Thank-you note to Pat Lee (1 of 2)", text(robot, "#heading"));
        assertEquals("Pat Lee <pat@acme.example>", text(robot, "#to"));
        String toPat = body(robot);
        assertTrue(toPat.startsWith("Hi Pat,"), toPat);

        robot.clickOn("#markSent");
        WaitForAsyncUtils.waitForFxEvents();

        // Pat's note is done; Sam's is next, and the thank-you is still what the card asks for.
        assertEquals(PipelineStage.THANK_YOU, wiring.board().card("acme").orElseThrow().stage());
        assertEquals("Thank-you note to Sam Roe (2 of 2)", text(robot, "#heading"));
        assertEquals("Sam Roe <sam@acme.example>", text(robot, "#to"));
        String toSam = body(robot);
        assertTrue(toSam.startsWith("Hi Sam,"), toSam);
        assertTrue(toSam.contains("the move to event-driven billing"), toSam);
        assertNotEquals(toPat.substring(toPat.indexOf('\n')), toSam.substring(toSam.indexOf('\n')),
                "two notes, not one copied");
        assertEquals(2, robot.lookup("#recipient").queryAs(ChoiceBox.class).getItems().size(), "Sam's note stays");
        assertEquals("Note to Pat Lee marked as sent.", text(robot, "#status"));

        robot.clickOn("#openMail");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(mailed.get(0).startsWith("mailto:sam@acme.example?subject="), mailed.toString());

        robot.clickOn("#markSent");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(PipelineStage.WAITING, wiring.board().card("acme").orElseThrow().stage());
        assertEquals(ActionType.FOLLOW_UP, wiring.board().card("acme").orElseThrow().next().action());
        assertEquals(List.of(Event.thankYouSent(TODAY, "Pat Lee"), Event.thankYouSent(TODAY, "Sam Roe")),
                new ApplicationRepository(database).find("acme").orElseThrow().events());
    }

    @Test
    void anInterviewerWithoutAnAddressIsShownAWarning(FxRobot robot) {
        panelInterviewed(List.of(PAT), robot);
        robot.clickOn("#markSent");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Sam Roe — no email address on record", text(robot, "#to"));
        VBox warnings = robot.lookup("#warnings").queryAs(VBox.class);
        assertTrue(warnings.isVisible());
        assertTrue(warnings.getChildren().stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("no email address for Sam Roe")), warnings.getChildren().toString());
        assertEquals(List.of(EventType.THANK_YOU_SENT),
                new ApplicationRepository(database).find("acme").orElseThrow().events().stream().map(Event::type).toList());
    }

    @Test
    void tabInTheMessageMovesOnInsteadOfTypingATab(FxRobot robot) {
        panelInterviewed(List.of(PAT), robot);
        robot.interact(stage::requestFocus);
        TextArea body = robot.lookup("#body").queryAs(TextArea.class);
        String before = body.getText();
        robot.clickOn(body);
        assertTrue(body.isFocused());

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(before, body.getText(), "no tab character typed");
        assertFalse(body.getText().contains("\t"));
        Node focused = stage.getScene().getFocusOwner();
        assertNotSame(body, focused, "the focus moved on");

        robot.interact(body::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(body.isFocused(), "Shift+Tab goes back");
        assertEquals(before, body.getText());
    }
}
