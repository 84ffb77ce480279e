package app.nudge.ui.detail;

import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** {@link Prompts} answered by small modal dialogs. */
public final class DialogPrompts implements Prompts {

    private final Window owner;

    public DialogPrompts(Window owner) {
        this.owner = owner;
    }

    private <T> Dialog<T> dialog(String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }

    @Override
    public Optional<LocalDate> date(String title, String question, LocalDate suggested) {
        DatePicker picker = new DatePicker(suggested);
        Dialog<LocalDate> dialog = dialog(title, question);
        dialog.getDialogPane().setContent(picker);
        dialog.setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? picker.getValue() : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Optional<LocalDate>> reply(LocalDate suggested) {
        CheckBox gaveDate = new CheckBox("They gave a new date for a decision");
        DatePicker picker = new DatePicker(suggested);
        picker.disableProperty().bind(gaveDate.selectedProperty().not());
        Dialog<Optional<LocalDate>> dialog = dialog("They replied", "What did they say?");
        dialog.getDialogPane().setContent(new VBox(10, gaveDate, picker));
        dialog.setResultConverter(b -> b.getButtonData() != ButtonBar.ButtonData.OK_DONE ? null
                : Optional.ofNullable(gaveDate.isSelected() ? picker.getValue() : null));
        return dialog.showAndWait();
    }

    @Override
    public Optional<Event> edit(Event event) {
        DatePicker on = new DatePicker(event.date());
        TextField note = new TextField(event.note());
        VBox content = new VBox(8, new Label("Date"), on);
        ChoiceBox<Channel> channel = new ChoiceBox<>();
        DatePicker second = new DatePicker();
        switch (event.type()) {
            case FOLLOW_UP_SENT -> {
                channel.getItems().setAll(Channel.values());
                channel.setValue(event.channel());
                content.getChildren().addAll(new Label("How"), channel);
            }
            case REPLY_RECEIVED -> {
                second.setValue(event.newDecisionBy());
                content.getChildren().addAll(new Label("New decision date (empty if none)"), second);
            }
            case CHECK_BACK_AGREED -> {
                second.setValue(event.checkBackOn());
                content.getChildren().addAll(new Label("Check back on"), second);
            }
            case SNOOZED -> {
                second.setValue(event.until());
                content.getChildren().addAll(new Label("Snoozed until"), second);
            }
            default -> {
                // only the date and the note
            }
        }
        content.getChildren().addAll(new Label("Note"), note);
        Dialog<Event> dialog = dialog("Edit event", TimelineEntry.describe(event));
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> {
            if (b.getButtonData() != ButtonBar.ButtonData.OK_DONE || on.getValue() == null) {
                return null;
            }
            return new Event(event.type(), on.getValue(),
                    event.type() == app.nudge.domain.EventType.FOLLOW_UP_SENT ? channel.getValue() : null,
                    event.type() == app.nudge.domain.EventType.REPLY_RECEIVED ? second.getValue() : null,
                    event.type() == app.nudge.domain.EventType.CHECK_BACK_AGREED ? second.getValue() : null,
                    event.action(),
                    event.type() == app.nudge.domain.EventType.SNOOZED ? second.getValue() : null,
                    note.getText()).withRecipient(event.recipient()); // a per-person thank-you stays that person's
        });
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
