package app.nudge.ui.detail;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.ui.common.DateField;
import app.nudge.ui.common.DialogButtons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * {@link Prompts} answered by small modal dialogs. Every date is a {@link DateField}: what is
 * typed is what is recorded, on Enter as on OK, and text it cannot read keeps the dialog open.
 */
public final class DialogPrompts implements Prompts {

    private final Window owner;
    private final Supplier<LocalDate> today;
    private final Locale locale;

    public DialogPrompts(Window owner) {
        this(owner, LocalDate::now, DateField.typingLocale());
    }

    /**
     * @param today  the day a year-less typed date counts from ("11 Dec" is the next 11 December)
     * @param locale whose short date form is shown and read first
     */
    public DialogPrompts(Window owner, Supplier<LocalDate> today, Locale locale) {
        this.owner = owner;
        this.today = today;
        this.locale = locale;
    }

    private <T> Dialog<T> dialog(String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().addAll(okCancel());
        return dialog;
    }

    private static ButtonType[] okCancel() {
        return DialogButtons.okCancel();
    }

    private DateField dateField(String id, String name, LocalDate value) {
        DateField field = new DateField(value, locale);
        field.setId(id);
        field.setFieldName(name);
        field.setReferenceDay(today);
        return field;
    }

    /** A label for the field, read by screen readers with it. */
    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static boolean ok(ButtonType button) {
        return button.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    @Override
    public Optional<LocalDate> date(String title, String question, LocalDate suggested) {
        DateField field = dateField("dateField", title, suggested);
        Dialog<LocalDate> dialog = dialog(title, question);
        dialog.getDialogPane().setContent(new VBox(6, label(t("detail.prompt.date"), field), field, field.messageLabel()));
        DateField.commitBeforeOk(dialog.getDialogPane(), field);
        dialog.setResultConverter(b -> ok(b) ? field.getValue() : null);
        dialog.setOnShown(e -> field.getEditor().requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Optional<LocalDate>> reply(LocalDate suggested) {
        CheckBox gaveDate = new CheckBox(t("detail.reply.gaveDate"));
        gaveDate.setId("gaveDate");
        DateField field = dateField("replyDate", t("detail.prompt.newDecision"), suggested);
        field.disableProperty().bind(gaveDate.selectedProperty().not());
        Dialog<Optional<LocalDate>> dialog = dialog(t("detail.reply.title"), t("detail.reply.question"));
        dialog.getDialogPane().setContent(new VBox(10, gaveDate, label(t("detail.prompt.newDecision"), field), field,
                field.messageLabel()));
        DateField.commitBeforeOk(dialog.getDialogPane(), field);
        dialog.setResultConverter(b -> !ok(b) ? null : Optional.ofNullable(gaveDate.isSelected() ? field.getValue() : null));
        return dialog.showAndWait();
    }

    @Override
    public Optional<Event> edit(Event event) {
        DateField on = dateField("eventDate", t("detail.prompt.date"), event.date());
        on.setPastDates(true); // when it happened
        TextField note = new TextField(event.note());
        note.setId("eventNote");
        VBox content = new VBox(8, label(t("detail.prompt.date"), on), on, on.messageLabel());
        List<DateField> dates = new ArrayList<>(List.of(on));
        ChoiceBox<Channel> channel = new ChoiceBox<>();
        channel.setId("eventChannel");
        DateField second = null;
        switch (event.type()) {
            case FOLLOW_UP_SENT -> {
                channel.getItems().setAll(Channel.values());
                channel.setValue(event.channel());
                channel.setConverter(new ChannelNames());
                content.getChildren().addAll(label(t("detail.prompt.how"), channel), channel);
            }
            case REPLY_RECEIVED -> {
                second = dateField("secondDate", t("detail.prompt.newDecision"), event.newDecisionBy());
                second.setAllowEmpty(true);
                content.getChildren().addAll(label(t("detail.prompt.newDecisionOptional"), second), second, second.messageLabel());
            }
            case CHECK_BACK_AGREED -> {
                second = dateField("secondDate", t("detail.prompt.checkBackOn"), event.checkBackOn());
                content.getChildren().addAll(label(t("detail.prompt.checkBackOn"), second), second, second.messageLabel());
            }
            case SNOOZED -> {
                second = dateField("secondDate", t("detail.prompt.snoozedUntil"), event.until());
                content.getChildren().addAll(label(t("detail.prompt.snoozedUntil"), second), second, second.messageLabel());
            }
            default -> {
                // only the date and the note
            }
        }
        if (second != null) {
            dates.add(second);
        }
        content.getChildren().addAll(label(t("detail.prompt.note"), note), note);
        Dialog<Event> dialog = dialog(t("detail.editEvent"), TimelineEntry.describe(event));
        dialog.getDialogPane().setContent(content);
        DateField.commitBeforeOk(dialog.getDialogPane(), dates.toArray(DateField[]::new));
        DateField secondField = second;
        dialog.setResultConverter(b -> {
            if (!ok(b) || on.getValue() == null) {
                return null;
            }
            LocalDate other = secondField == null ? null : secondField.getValue();
            EventType type = event.type();
            return new Event(type, on.getValue(),
                    type == EventType.FOLLOW_UP_SENT ? channel.getValue() : null,
                    type == EventType.REPLY_RECEIVED ? other : null,
                    type == EventType.CHECK_BACK_AGREED ? other : null,
                    event.action(),
                    type == EventType.SNOOZED ? other : null,
                    note.getText()).withRecipient(event.recipient()); // a per-person thank-you stays that person's
        });
        return dialog.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, okCancel());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(DialogPrompts::ok).isPresent();
    }

    /** "Email", "Phone" in the window's language rather than the enum's names. */
    private static final class ChannelNames extends javafx.util.StringConverter<Channel> {
        @Override
        public String toString(Channel channel) {
            return channel == null ? "" : t("detail.channel." + channel.name());
        }

        @Override
        public Channel fromString(String text) {
            return null; // a choice box never reads text
        }
    }
}
