package app.nudge.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The date field typed into as a person does: Enter, Tab, OK, and text it cannot read. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class DateFieldTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 30);
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 7);

    private Stage stage;
    private DateField field;
    private Label message;
    private TextField next;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        field = new DateField(FIRST, Locale.US);
        field.setId("on");
        field.setFieldName("Check back on");
        field.setReferenceDay(() -> REFERENCE);
        message = field.messageLabel();
        next = new TextField();
        next.setId("next");
        stage.setScene(new Scene(new VBox(8, field, message, next), 400, 200));
        stage.show();
        stage.requestFocus();
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> field.getEditor().requestFocus());
        robot.interact(() -> field.getEditor().selectAll());
        robot.write(text);
    }

    @Test
    void showsTheValueWithAFourDigitYear() {
        assertEquals("12/7/2026", field.getEditor().getText());
    }

    @Test
    void aTypedDateBecomesTheValueOnEnter(FxRobot robot) {
        type(robot, "12/11");
        robot.type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2026, 12, 11), field.getValue());
        assertEquals("12/11/2026", field.getEditor().getText());
        assertEquals("", field.getError());
        assertFalse(message.isVisible());
    }

    @Test
    void aTypedDateBecomesTheValueWhenFocusLeaves(FxRobot robot) {
        type(robot, "11 Dec");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(field.getEditor().isFocused());
        assertEquals(LocalDate.of(2026, 12, 11), field.getValue());
    }

    @Test
    void unreadableTextIsRefusedKeptAndTheValueStays(FxRobot robot) {
        type(robot, "someday");
        robot.type(KeyCode.ENTER);
        assertEquals(FIRST, field.getValue(), "the old value is kept, never a default");
        assertEquals("someday", field.getEditor().getText(), "the text stays as typed");
        assertTrue(message.isVisible());
        assertEquals("Check back on: cannot read \u201csomeday\u201d as a date; type it like 11/30/2026 or 2026-11-30.",
                message.getText());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("someday", field.getEditor().getText(), "leaving the field keeps the text too");
        assertEquals(FIRST, field.getValue());

        type(robot, "2026-12-24");
        robot.type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2026, 12, 24), field.getValue());
        assertFalse(message.isVisible(), "a readable date clears the message");
    }

    @Test
    void anEmptyTextIsRefusedUnlessEmptyIsAllowed(FxRobot robot) {
        type(robot, "");
        robot.type(KeyCode.BACK_SPACE, KeyCode.ENTER);
        assertEquals(FIRST, field.getValue());
        assertTrue(field.getError().startsWith("Check back on is empty"), field.getError());
        robot.interact(() -> field.setAllowEmpty(true));
        robot.type(KeyCode.ENTER);
        assertNull(field.getValue());
        assertEquals("", field.getError());
    }

    @Test
    void aPickedValueReplacesAnUnreadableText(FxRobot robot) {
        type(robot, "someday");
        robot.type(KeyCode.ENTER);
        robot.interact(() -> field.setValue(LocalDate.of(2027, 1, 4)));
        assertEquals("1/4/2027", field.getEditor().getText());
        assertEquals("", field.getError());
    }

    /** The dialog's OK is the default button: Enter must carry the typed date, not the old one. */
    @Test
    void inADialogEnterAndOkCarryTheTypedDateAndUnreadableTextKeepsTheDialogOpen(FxRobot robot) {
        AtomicReference<Optional<LocalDate>> result = new AtomicReference<>();
        AtomicReference<DateField> inDialog = new AtomicReference<>();
        AtomicReference<Dialog<LocalDate>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            DateField date = new DateField(FIRST, Locale.US);
            date.setReferenceDay(() -> REFERENCE);
            Dialog<LocalDate> d = new Dialog<>();
            d.initOwner(stage);
            d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            d.getDialogPane().setContent(new VBox(date, date.messageLabel()));
            d.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? date.getValue() : null);
            DateField.commitBeforeOk(d.getDialogPane(), date);
            inDialog.set(date);
            dialog.set(d);
            Platform.runLater(() -> result.set(d.showAndWait()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        DateField date = inDialog.get();
        robot.targetWindow(dialog.get().getDialogPane().getScene().getWindow()); // where typed keys go
        robot.interact(() -> date.getEditor().requestFocus());
        robot.interact(() -> date.getEditor().selectAll());
        robot.write("someday");
        robot.type(KeyCode.ENTER);
        assertTrue(dialog.get().isShowing(), "unreadable text does not close the dialog");
        assertNull(result.get());

        robot.clickOn((Button) dialog.get().getDialogPane().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.get().isShowing(), "nor does OK");
        assertFalse(date.getError().isEmpty());

        robot.interact(() -> date.getEditor().requestFocus());
        robot.interact(() -> date.getEditor().selectAll());
        robot.write("12/11/2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.get().isShowing());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), result.get());
    }

    @Test
    void okClickedWithTheMouseReadsTextNotYetCommitted(FxRobot robot) {
        AtomicReference<Optional<LocalDate>> result = new AtomicReference<>();
        AtomicReference<Dialog<LocalDate>> dialog = new AtomicReference<>();
        AtomicReference<DateField> inDialog = new AtomicReference<>();
        robot.interact(() -> {
            DateField date = new DateField(FIRST, Locale.US);
            date.setReferenceDay(() -> REFERENCE);
            Dialog<LocalDate> d = new Dialog<>();
            d.initOwner(stage);
            d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            d.getDialogPane().setContent(date);
            d.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? date.getValue() : null);
            DateField.commitBeforeOk(d.getDialogPane(), date);
            dialog.set(d);
            inDialog.set(date);
            Platform.runLater(() -> result.set(d.showAndWait()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> inDialog.get().getEditor().requestFocus());
        robot.interact(() -> inDialog.get().getEditor().setText("Dec 24"));
        robot.interact(() -> ((Button) dialog.get().getDialogPane().lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(LocalDate.of(2026, 12, 24)), result.get());
    }
}
