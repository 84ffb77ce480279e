package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.store.ServerAddress;
import app.nudge.store.StoreException;
import app.nudge.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Data dialog's pane alone, headless, with the keyboard: Enter tests, a wrong address is
 * named in one line (ServerAddress's own words), Esc closes, Tab goes in reading order, and the
 * password goes to one connection only. The connection is a fake whose answers the test holds.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DataDialogTest {

    private static final String ADDRESS = "postgresql://jane@db.example.org/nudge?schema=jane";

    private final RecordingDataConnection connection = new RecordingDataConnection();
    private final AtomicInteger switched = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private DataFields fields;

    @Start
    void start(Stage stage) {
        fields = new DataFields(connection, Platform::runLater);
        Scene scene = new Scene(DataDialog.view(fields, switched::incrementAndGet, closed::incrementAndGet), 600, 520);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String focused(FxRobot robot) {
        Node owner = robot.targetWindow().getScene().getFocusOwner();
        return owner == null ? "nothing" : "#" + owner.getId();
    }

    private void typeAddress(FxRobot robot, String address) {
        robot.clickOn("#dataAddress").write(address);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterInTheAddressTestsAndShowsWhatTheSchemaHolds(FxRobot robot) {
        typeAddress(robot, ADDRESS);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(ADDRESS), connection.tested);
        assertNull(connection.passwords.get(0), "no password typed: ~/.pgpass or PGPASSWORD are used");
        assertEquals("Connected: schema jane holds 12 applications.", text(robot, "#dataResult"));
        assertFalse(robot.lookup("#dataResult").query().getStyleClass().contains("error"));
        assertEquals(0, switched.get(), "a test switches nothing");
    }

    @Test
    void aWrongAddressIsNamedInOneLineAndNothingIsAsked(FxRobot robot) {
        typeAddress(robot, "postgresql://jane@db.example.org:99999/nudge?schema=jane");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("The port must be a number from 1 to 65535.", text(robot, "#dataResult"));
        assertTrue(robot.lookup("#dataResult").query().getStyleClass().contains("error"));
        assertEquals(List.of(), connection.tested);

        robot.interact(() -> fields.addressProperty().set("postgresql://jane@db.example.org/nudge?schema=Jane"));
        robot.clickOn("#dataTest");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#dataResult").startsWith("The schema name must be lower-case"), text(robot, "#dataResult"));
    }

    @Test
    void whileTheServerIsAskedTheButtonsWaitAndItsProblemShowsInOneLine(FxRobot robot) {
        connection.testAnswer = new CompletableFuture<>();
        typeAddress(robot, ADDRESS);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Connecting…", text(robot, "#dataResult"));
        assertTrue(robot.lookup("#dataTest").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#dataUse").queryAs(Button.class).isDisabled());

        connection.testAnswer.completeExceptionally(new StoreException(StoreException.Kind.OFFLINE,
                "The server db.example.org:5432 cannot be reached (the server cannot be reached). Nudge will try again; nothing was changed.", null));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("The server db.example.org:5432 cannot be reached (the server cannot be reached). Nudge will try again; nothing was changed.",
                text(robot, "#dataResult"));
        assertTrue(robot.lookup("#dataResult").query().getStyleClass().contains("error"));
        assertFalse(robot.lookup("#dataTest").queryAs(Button.class).isDisabled());
    }

    private static String shown(javafx.scene.control.Labeled labeled) {
        return app.nudge.ui.common.ShownText.of(labeled);
    }

    @Test
    void aLongProblemWrapsWholeAndNoButtonIsCut(FxRobot robot) {
        String problem = "The server db.example.org:5432 cannot be reached (the connection was refused: no server listens"
                + " on that port, or a firewall is in the way). Nudge will try again; nothing was changed. Check the address"
                + " with whoever runs the server, or go back to this computer's file.";
        connection.testAnswer = CompletableFuture.failedFuture(new StoreException(StoreException.Kind.OFFLINE, problem, null));
        for (double width : new double[] {600, 480}) { // the dialog's own width, and its narrowest
            robot.interact(() -> robot.targetWindow().setWidth(width));
            typeAddress(robot, width == 600 ? ADDRESS : "");
            robot.clickOn("#dataTest");
            WaitForAsyncUtils.waitForFxEvents();

            Label result = robot.lookup("#dataResult").queryAs(Label.class);
            assertEquals(problem, result.getText());
            assertEquals(problem, shown(result), "the whole problem is shown, on several lines, at " + width);
            assertTrue(result.getHeight() > 2.5 * result.getFont().getSize(), "more than one line at " + width);
            for (String id : List.of("#dataTest", "#dataUse", "#dataClose")) {
                Button button = robot.lookup(id).queryAs(Button.class);
                assertEquals(button.getText(), shown(button), id + " keeps its whole text at " + width);
            }
        }
    }

    @Test
    void aTypedPasswordGoesToTheConnectionAndIsForgottenAfterSwitching(FxRobot robot) {
        typeAddress(robot, ADDRESS);
        robot.type(KeyCode.TAB).write("pw");
        robot.clickOn("#dataUse");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(ADDRESS + " (bringing this search)"), connection.used, "from a file, the tick is on to begin with");
        assertArrayEquals("pw".toCharArray(), connection.passwords.get(0));
        assertEquals("", robot.lookup("#dataPassword").queryAs(PasswordField.class).getText(), "forgotten once connected");
        assertEquals(1, switched.get());
        assertEquals(1, closed.get());
    }

    @Test
    void untickedTheSchemaIsUsedAsItIsAndOnAServerTheTickIsNotOffered(FxRobot robot) {
        typeAddress(robot, ADDRESS);
        robot.clickOn("#dataBring"); // untick
        robot.clickOn("#dataUse");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ADDRESS), connection.used);

        connection.server = true; // the next dialog opens on a server: there is no file's search to take along
        robot.interact(() -> DataDialog.show(null, connection, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#dataBring").match(javafx.scene.Node::isVisible).tryQuery().isEmpty(), "not offered on a server");
    }

    @Test
    void aSwitchThatFailsKeepsTheDialogOpenWithTheReason(FxRobot robot) {
        connection.useAnswer = CompletableFuture.failedFuture(new StoreException(StoreException.Kind.NEEDS_PASSWORD,
                "The server db.example.org did not accept jane (the server did not accept the user name or password).", null));
        typeAddress(robot, ADDRESS);
        robot.clickOn("#dataUse");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(text(robot, "#dataResult").startsWith("The server db.example.org did not accept jane"), text(robot, "#dataResult"));
        assertEquals(0, switched.get());
        assertEquals(0, closed.get());
    }

    @Test
    void escCloses(FxRobot robot) {
        robot.clickOn("#dataAddress");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, closed.get());
        assertEquals(List.of(), connection.tested);
    }

    @Test
    void afterAClickedTestTheFocusIsOnUseThisServer(FxRobot robot) {
        CompletableFuture<String> answer = new CompletableFuture<>();
        connection.testAnswer = answer; // the server answers later: the button is disabled meanwhile
        typeAddress(robot, ADDRESS);
        robot.clickOn("#dataTest");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> answer.complete("Connected: schema jane holds 12 applications."));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("#dataUse", focused(robot), "what comes next, not Close");
    }

    @Test
    void tabGoesInReadingOrder(FxRobot robot) {
        robot.clickOn("#dataAddress");
        List<String> order = new ArrayList<>(List.of(focused(robot)));
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.TAB);
            order.add(focused(robot));
        }

        assertEquals(List.of("#dataAddress", "#dataPassword", "#dataTest", "#dataBring", "#dataUse", "#dataClose"), order,
                "'Back to this computer's file' is not offered while the data is on this computer");
    }

    @Test
    void everyControlHasAnIdAndSaysWhatItIs(FxRobot robot) {
        List<Node> controls = robot.lookup(node -> node instanceof Button || node instanceof TextField).queryAll().stream().toList();
        assertEquals(6, controls.size(), controls.toString()); // "Back to this computer's file" too, hidden here
        for (Node control : controls) {
            assertFalse(control.getId() == null || control.getId().isBlank(), control.toString());
            String said = control.getAccessibleText() != null ? control.getAccessibleText() : ((Control) control) instanceof Button b ? b.getText() : null;
            assertFalse(said == null || said.isBlank(), control.getId() + " says nothing to a screen reader");
        }
        assertEquals(connection.where, text(robot, "#dataCurrent"));
    }
}
