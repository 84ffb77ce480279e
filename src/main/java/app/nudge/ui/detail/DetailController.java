package app.nudge.ui.detail;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Channel;
import app.nudge.domain.EventType;
import app.nudge.ui.common.ProblemStyle;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/** Binds the detail pane; every button is one call on the view model. */
public final class DetailController {

    private final DetailViewModel viewModel;
    private Supplier<Prompts> prompts;
    private Runnable onAddRound = () -> { };
    private IntConsumer onEditRound = index -> { };
    private Runnable onEditApplication = () -> { };

    @FXML
    private VBox detail;
    @FXML
    private VBox content;
    @FXML
    private Label heading;
    @FXML
    private Label subheading;
    @FXML
    private Label nextText;
    @FXML
    private Label reason;
    @FXML
    private Label message;
    @FXML
    private ListView<TimelineEntry> timeline;
    @FXML
    private Button thankYouSent;
    @FXML
    private Button followUpEmail;
    @FXML
    private Button followUpPhone;
    @FXML
    private Button voicemail;
    @FXML
    private Button replied;
    @FXML
    private Button checkBack;
    @FXML
    private Button offer;
    @FXML
    private Button rejection;
    @FXML
    private Button offerAnswered;
    @FXML
    private Button rejectionAnswered;
    @FXML
    private Button withdrew;
    @FXML
    private Button close;
    @FXML
    private Button skip;
    @FXML
    private Button snooze;
    @FXML
    private Button undo;
    @FXML
    private Button redo;
    @FXML
    private Button addRound;
    @FXML
    private Button deleteApplication;
    @FXML
    private Button editApplication;

    public DetailController(DetailViewModel viewModel, Supplier<Prompts> prompts) {
        this.viewModel = viewModel;
        this.prompts = prompts;
    }

    public void setPrompts(Supplier<Prompts> value) {
        this.prompts = value;
    }

    public void setOnAddRound(Runnable action) {
        this.onAddRound = action;
    }

    /** Opens the log-interview form on the round at the index given. */
    public void setOnEditRound(IntConsumer action) {
        this.onEditRound = action;
    }

    public void setOnEditApplication(Runnable action) {
        this.onEditApplication = action;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        subheading.textProperty().bind(viewModel.subheadingProperty());
        nextText.textProperty().bind(viewModel.nextTextProperty());
        reason.textProperty().bind(viewModel.reasonProperty());
        message.textProperty().bind(viewModel.messageProperty());
        ProblemStyle.follow(message, viewModel.messageIsProblemProperty(), this::revealMessage);
        // The line wraps onto more lines a layout pass later; the pane then keeps its offset in pixels,
        // which leaves the end of the line below the fold: in view again whenever it grows.
        message.heightProperty().addListener((o, was, now) -> {
            if (viewModel.messageIsProblemProperty().get()) {
                revealMessage();
            }
        });
        disableWithoutSelection();
        UndoRedoModel history = viewModel.undoRedo();
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.setTooltip(tooltip(history.undoDetailProperty(), UndoKeys.UNDO));
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.setTooltip(tooltip(history.redoDetailProperty(), UndoKeys.REDO));
        timeline.itemsProperty().bind(viewModel.timelineProperty());
        timeline.setCellFactory(list -> new TimelineCell());
        timeline.setContextMenu(timelineMenu());

        thankYouSent.setOnAction(e -> viewModel.record(EventType.THANK_YOU_SENT));
        followUpEmail.setOnAction(e -> viewModel.recordFollowUp(Channel.EMAIL));
        followUpPhone.setOnAction(e -> viewModel.recordFollowUp(Channel.PHONE));
        voicemail.setOnAction(e -> viewModel.record(EventType.VOICEMAIL_LEFT));
        replied.setOnAction(e -> prompts.get().reply(viewModel.today().plusWeeks(1))
                .ifPresent(date -> viewModel.recordReply(date.orElse(null))));
        checkBack.setOnAction(e -> prompts.get().date(t("detail.checkBack.title"), t("detail.checkBack.question"),
                viewModel.today().plusWeeks(1)).ifPresent(viewModel::recordCheckBack));
        offer.setOnAction(e -> viewModel.record(EventType.OFFER_RECEIVED));
        rejection.setOnAction(e -> viewModel.record(EventType.REJECTION_RECEIVED));
        offerAnswered.setOnAction(e -> viewModel.record(EventType.OFFER_ANSWERED));
        rejectionAnswered.setOnAction(e -> viewModel.record(EventType.REJECTION_ANSWERED));
        withdrew.setOnAction(e -> viewModel.record(EventType.WITHDRAWN));
        close.setOnAction(e -> viewModel.record(EventType.CLOSED));
        skip.setOnAction(e -> viewModel.skipNext());
        snooze.setOnAction(e -> prompts.get().date(t("detail.snooze.title"), viewModel.snoozeQuestion(),
                viewModel.snoozeSuggestion()).ifPresent(viewModel::snooze));
        undo.setOnAction(e -> viewModel.undo());
        redo.setOnAction(e -> viewModel.redo());
        addRound.setOnAction(e -> onAddRound.run());
        editApplication.setOnAction(e -> onEditApplication.run());
        deleteApplication.setOnAction(e -> {
            if (prompts.get().confirm(t("detail.deleteApplication"),
                    t("detail.deleteApplication.question", "name", viewModel.headingProperty().get()))) {
                viewModel.deleteApplication();
            }
        });
    }

    /**
     * Everything that acts on the shown application waits for one; Undo and Redo do not, since
     * they act on the app's history (after deleting the shown application, Undo brings it back).
     */
    private void disableWithoutSelection() {
        var none = viewModel.hasSelectionProperty().not();
        for (javafx.scene.Node child : content.getChildren()) {
            if (child == undo.getParent()) {
                ((javafx.scene.layout.Pane) child).getChildren().stream().filter(n -> n != undo && n != redo)
                        .forEach(n -> n.disableProperty().bind(none));
            } else {
                child.disableProperty().bind(none);
            }
        }
    }

    /** The line is last in the pane: in a low window it sits below the fold, so a failure scrolls it into view. */
    private void revealMessage() {
        for (javafx.scene.Node up = message.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax())); // once laid out
                return;
            }
        }
    }

    private static Tooltip tooltip(javafx.beans.value.ObservableValue<String> text, KeyCombination keys) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(javafx.beans.binding.Bindings.concat(text, " (", keys.getDisplayText(), ")"));
        return tooltip;
    }

    private ContextMenu timelineMenu() {
        MenuItem edit = new MenuItem(t("detail.menu.edit"));
        edit.setOnAction(e -> selectedRound().ifPresent(entry -> onEditRound.accept(entry.roundIndex())));
        edit.addEventHandler(ActionEvent.ACTION, e -> selectedEvent().ifPresent(entry -> prompts.get().edit(viewModel.event(entry.eventIndex()))
                .ifPresent(corrected -> viewModel.replaceEvent(entry.eventIndex(), corrected))));
        MenuItem delete = new MenuItem(t("common.delete"));
        delete.setOnAction(e -> selectedRound().ifPresent(entry -> {
            if (prompts.get().confirm(t("detail.deleteRound"), t("detail.deleteRound.question", "entry", entry.text()))) {
                viewModel.deleteRound(entry.roundIndex());
            }
        }));
        delete.addEventHandler(ActionEvent.ACTION, e -> selectedEvent().ifPresent(entry -> {
            if (prompts.get().confirm(t("detail.deleteEvent"), t("detail.deleteEvent.question", "entry", entry.text()))) {
                viewModel.deleteEvent(entry.eventIndex());
            }
        }));
        return new ContextMenu(edit, delete);
    }

    private Optional<TimelineEntry> selectedRound() {
        return Optional.ofNullable(timeline.getSelectionModel().getSelectedItem()).filter(t -> !t.isEvent());
    }

    private Optional<TimelineEntry> selectedEvent() {
        return Optional.ofNullable(timeline.getSelectionModel().getSelectedItem()).filter(TimelineEntry::isEvent);
    }

    /** A timeline line: the date above what happened, the note or detail under it. */
    private static final class TimelineCell extends ListCell<TimelineEntry> {
        private final Label date = new Label();
        private final Label text = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(1, date, text, detail);

        TimelineCell() {
            date.getStyleClass().add("timeline-date");
            text.getStyleClass().add("timeline-text");
            detail.getStyleClass().add("timeline-detail");
            detail.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(1);
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            date.setText(entry.dateText());
            text.setText(entry.text());
            detail.setText(entry.detail());
            detail.setVisible(!entry.detail().isEmpty());
            detail.setManaged(!entry.detail().isEmpty());
            getStyleClass().removeAll("timeline-round");
            if (!entry.isEvent()) {
                getStyleClass().add("timeline-round");
            }
            setGraphic(box);
        }
    }
}
