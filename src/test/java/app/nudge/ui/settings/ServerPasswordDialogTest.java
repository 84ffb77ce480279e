package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The password question at connect time, by keyboard: Enter connects with what was typed, Esc gives nothing. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServerPasswordDialogTest {

    private Dialog<char[]> dialog;

    @Start
    void start(Stage stage) {
        stage.show();
        dialog = ServerPasswordDialog.build(stage, "postgresql://jane@db.example.org/nudge?schema=jane",
                "The server db.example.org did not accept jane.");
        dialog.show();
    }

    @Test
    void enterConnectsWithTheTypedPasswordAndTheFieldForgetsIt(FxRobot robot) {
        PasswordField field = robot.lookup("#serverPassword").queryAs(PasswordField.class);
        assertTrue(robot.lookup("#serverPasswordConnect").queryAs(Button.class).isDisabled(), "nothing typed yet");
        robot.clickOn("#serverPassword").write("s3cret").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertArrayEquals("s3cret".toCharArray(), dialog.getResult());
        assertEquals("", field.getText());
    }

    @Test
    void escGivesNoPassword(FxRobot robot) {
        PasswordField field = robot.lookup("#serverPassword").queryAs(PasswordField.class);
        robot.clickOn("#serverPassword").write("half").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(dialog.getResult());
        assertEquals("", field.getText());
    }
}
