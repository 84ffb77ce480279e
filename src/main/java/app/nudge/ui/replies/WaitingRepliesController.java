package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Application;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The replies waiting for review: Enter, a double click or Review opens one; Esc closes. */
public final class WaitingRepliesController {

    private final RepliesViewModel viewModel;
    private final Supplier<List<Application>> applications;
    private final Consumer<WaitingReply> open;
    private final Runnable close;

    @FXML
    private ListView<WaitingReply> list;
    @FXML
    private Button review;
    @FXML
    private Button closeButton;

    public WaitingRepliesController(RepliesViewModel viewModel, Supplier<List<Application>> applications,
                                    Consumer<WaitingReply> open, Runnable close) {
        this.viewModel = viewModel;
        this.applications = applications;
        this.open = open;
        this.close = close;
    }

    @FXML
    private void initialize() {
        list.setItems(viewModel.waitingProperty());
        list.setCellFactory(l -> new Line());
        list.setPlaceholder(new javafx.scene.control.Label(t("replies.waiting.none")));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        review.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        review.setOnAction(e -> openSelected());
        closeButton.setOnAction(e -> close.run());
        // The last one accepted or dismissed: nothing is left to review here.
        viewModel.waitingProperty().emptyProperty().addListener((o, was, empty) -> {
            if (empty) {
                close.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
    }

    private void openSelected() {
        WaitingReply chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            open.accept(chosen);
        }
    }

    public void focusList() {
        list.requestFocus();
    }

    /** "Acme Corp — Re: Your application — A rejection (reply.eml)". */
    private final class Line extends ListCell<WaitingReply> {
        Line() {
            // Long subjects wrap inside the list's width instead of scrolling it sideways.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(WaitingReply item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String id = item.proposal().match().applicationId();
            // One look-up per shown line, not a map of every application for each redraw.
            Application target = id == null ? null
                    : applications.get().stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
            String who = target != null ? ReplyReviewViewModel.name(target)
                    : item.proposal().match().candidates().size() > 1 ? t("replies.waiting.several")
                    : Objects.requireNonNullElse(item.proposal().message().fromName(), "").isEmpty()
                    ? t("replies.waiting.noApplication") : item.proposal().message().fromName();
            setText(item.summary(who));
        }
    }
}
