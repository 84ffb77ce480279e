package app.nudge.ui.settings;

import app.nudge.settings.InboxSettings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the settings view's Inbox section to {@link InboxFields}. */
final class InboxSection {

    private InboxSection() {
    }

    static void bind(InboxFields inbox, TextField address, Label addressError, PasswordField password, CheckBox enabled,
                     Spinner<Integer> minutes, Button test, Label testResult) {
        address.textProperty().bindBidirectional(inbox.addressProperty());
        addressError.textProperty().bind(inbox.addressErrorProperty());
        addressError.visibleProperty().bind(addressError.textProperty().isNotEmpty());
        addressError.managedProperty().bind(addressError.visibleProperty());
        password.textProperty().bindBidirectional(inbox.passwordProperty());
        enabled.selectedProperty().bindBidirectional(inbox.enabledProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                InboxSettings.MIN_MINUTES, InboxSettings.MAX_MINUTES, InboxSettings.DEFAULT_MINUTES);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip()); // the factory keeps it within its range
                } catch (NumberFormatException | NullPointerException e) {
                    return factory.getValue(); // not a number: keep the value it had
                }
            }
        });
        minutes.setValueFactory(factory);
        minutes.setEditable(true);
        factory.valueProperty().bindBidirectional(inbox.pollMinutesProperty());
        test.disableProperty().bind(inbox.testingProperty());
        testResult.textProperty().bind(inbox.testResultProperty());
    }
}
