package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.ui.board.BoardCard;
import app.nudge.ui.replies.EvidenceView;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * Replies on the real wiring (H2 file, scheduler, board), by keyboard: open an .eml through the
 * file chooser, see the evidence highlighted, type another date and press Enter (which accepts
 * it), see the card move on and Ctrl+Z take it back; paste with Ctrl+Shift+V; drop several files.
 * The reader and proposer are the tests' own stand-ins until the mail and reader branches land.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RepliesJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;
    private Database database;
    private Wiring wiring;
    private Stage stage;
    private final List<List<Path>> chosen = new ArrayList<>();
    private final List<Path> toChoose = new ArrayList<>();
    /** What the clipboard holds when the paste dialog opens ("" for nothing). */
    private String copied = "";

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(database -> new ApplicationRepository(database).save(CorrectingRecordsJourneyTest.acme()))
                .replies(clock -> new ReplyInputs(ReplyInputs.standard(clock, Locale.US).reader(),
                        ReplyInputs.standard(clock, Locale.US).proposer(),
                        owner -> {
                            chosen.add(List.copyOf(toChoose));
                            return List.copyOf(toChoose);
                        }, Runnable::run))
                .clipboard(new app.nudge.ui.composer.ClipboardPort() {
                    @Override
                    public void put(String plain, String html) {
                    }

                    @Override
                    public String text() {
                        return copied;
                    }
                })
                .start();
        database = app.database;
        wiring = app.wiring;
    }

    @AfterEach
    void tearDown() {
        WaitForAsyncUtils.waitForFxEvents();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage)
                .forEach(w -> Platform.runLater(((Stage) w)::close));
        app.close();
    }

    static Path resource(String name) {
        try {
            return Path.of(RepliesJourneyTest.class.getResource("/app/nudge/ui/replies/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Application stored() {
        return new ApplicationRepository(database).find("acme").orElseThrow();
    }

    private PlannedAction next() {
        return wiring.board().card("acme").map(BoardCard::next).orElse(null);
    }

    private void focus(FxRobot robot, Window window) {
        robot.interact(window::requestFocus);
        robot.targetWindow(window);
    }

    private Window reviewWindow(FxRobot robot) {
        return robot.window("Review a reply \u2013 Nudge");
    }

    @Test
    void openAnEmlSeeTheEvidenceTypeAnotherDateAcceptAndUndo(FxRobot robot) {
        PlannedAction before = next();
        toChoose.add(resource("acme-reply.eml"));
        robot.clickOn("#replies").clickOn("Open email file…");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, chosen.size());

        Window review = reviewWindow(robot);
        focus(robot, review);
        assertEquals("Re: Business Analyst at Acme Corp", robot.lookup("#replySubject").queryAs(Label.class).getText());
        assertEquals("Pat Lee <pat@acme.example>", robot.lookup("#replySender").queryAs(Label.class).getText());
        EvidenceView message = robot.lookup("#replyMessage").queryAs(EvidenceView.class);
        List<Text> highlighted = message.highlightedTexts();
        assertEquals(1, highlighted.size());
        assertEquals("The team is still meeting other candidates and we expect a decision by 2026-12-04.",
                highlighted.get(0).getText());
        assertTrue(robot.lookup(".evidence-mark").tryQuery().isPresent(), "a highlight is painted behind it");
        assertTrue(robot.lookup(".evidence-line").queryAs(Label.class).getText().endsWith("gave the date."));
        assertTrue(stored().events().size() == 1, "nothing recorded by opening it");

        robot.clickOn("#namedDate .text-field");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("12/11/2026").type(KeyCode.ENTER); // Enter reads the typed date, then Accept (the default) acts
        WaitForAsyncUtils.waitForFxEvents();

        Event recorded = stored().events().get(1);
        assertEquals(EventType.REPLY_RECEIVED, recorded.type());
        assertEquals(LocalDate.of(2026, 11, 23), recorded.date());
        assertEquals(LocalDate.of(2026, 12, 11), recorded.newDecisionBy(), "the typed date, not the proposed one");
        assertEquals("Re: Business Analyst at Acme Corp", recorded.note());
        assertFalse(review.isShowing());
        PlannedAction after = next();
        assertNotEquals(before, after, "the card's next action moves on");
        assertTrue(wiring.board().dueNowProperty().stream().noneMatch(c -> c.id().equals("acme"))
                || !after.equals(before));
        assertTrue(robot.lookup("#repliesStrip").query().isVisible() == false, "nothing left waiting");

        focus(robot, stage);
        robot.clickOn("#column-" + wiring.board().card("acme").orElseThrow().stage().name());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, stored().events().size(), "Ctrl+Z takes the reply back");
        assertEquals(before, next());
    }

    @Test
    void textAlreadyCopiedIsOfferedAndOneEnterReadsIt(FxRobot robot) {
        copied = "Hi Jane, we would like to offer you the Product Manager role at Acme Corp. The offer letter is attached.";
        focus(robot, stage);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Window paste = robot.window("Paste a reply \u2013 Nudge");
        focus(robot, paste);
        assertEquals(copied, robot.lookup("#replyText").queryAs(TextArea.class).getText());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(paste.isShowing(), "Enter read the copied text");
        Window review = reviewWindow(robot);
        focus(robot, review);
        assertEquals("Pasted text (no sender)", robot.lookup("#replySender").queryAs(Label.class).getText());
    }

    @Test
    void pasteWithCtrlShiftVThenAcceptWithEnter(FxRobot robot) {
        focus(robot, stage);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Window paste = robot.window("Paste a reply \u2013 Nudge");
        focus(robot, paste);
        robot.write("Dear Jane, thank you for interviewing with us at Acme. Unfortunately we have decided to move forward with other candidates.");
        robot.type(KeyCode.TAB); // moves on: no tab in the text
        assertFalse(robot.lookup("#replyText").queryAs(TextArea.class).getText().contains("\t"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(paste.isShowing());

        Window review = reviewWindow(robot);
        focus(robot, review);
        assertEquals("Pasted text (no sender)", robot.lookup("#replySender").queryAs(Label.class).getText());
        assertEquals("Unfortunately we have decided to move forward with other candidates.",
                robot.lookup("#replyMessage").queryAs(EvidenceView.class).highlightedTexts().get(0).getText());
        robot.type(KeyCode.ENTER); // Accept has the focus and is the default button
        WaitForAsyncUtils.waitForFxEvents();

        Event recorded = stored().events().get(1);
        assertEquals(EventType.REJECTION_RECEIVED, recorded.type());
        assertEquals(JourneyApp.TODAY, recorded.date(), "pasted text is dated today");
        assertEquals(PipelineStage.CLOSED, wiring.board().card("acme").orElseThrow().stage());
    }

    @Test
    void dropSeveralFilesABadOneIsNamedTheOthersWaitAndEscKeepsThemWaiting(FxRobot robot) {
        robot.interact(() -> wiring.replies().filesDropped(List.of(resource("acme-reply.eml"),
                resource("broken.msg"), resource("acme-rejection.eml"))));
        WaitForAsyncUtils.waitForFxEvents();
        String problem = robot.lookup("#repliesProblem").queryAs(Label.class).getText();
        assertTrue(problem.contains("broken.msg") && problem.contains("not") && problem.lines().count() == 1
                && !problem.contains("Exception"), "one line naming the file: " + problem);

        Window review = reviewWindow(robot);
        focus(robot, review);
        robot.type(KeyCode.ESCAPE); // Later: kept waiting, nothing recorded
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(review.isShowing());
        assertEquals(1, stored().events().size());
        assertEquals("2 replies to review", robot.lookup("#repliesCount").queryAs(Label.class).getText());

        focus(robot, stage);
        robot.clickOn("#reviewReplies");
        WaitForAsyncUtils.waitForFxEvents();
        Window waiting = robot.window("Replies to review \u2013 Nudge");
        focus(robot, waiting);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // the second one: the rejection
        WaitForAsyncUtils.waitForFxEvents();
        Window second = reviewWindow(robot);
        focus(robot, second);
        assertEquals("Your application at Acme Corp", robot.lookup("#replySubject").queryAs(Label.class).getText());
        robot.clickOn("#dismissReply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 reply to review", robot.lookup("#repliesCount").queryAs(Label.class).getText());
        assertEquals(1, stored().events().size(), "dismissing records nothing");
    }
}
