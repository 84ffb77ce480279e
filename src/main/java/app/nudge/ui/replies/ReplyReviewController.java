package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Application;
import app.nudge.replies.ReplyKind;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import app.nudge.ui.common.DateField;

/**
 * Binds the review of one reply to its view model. Accept records (Enter, the default button);
 * Dismiss drops the proposal; Later (Esc) keeps it waiting. What each does after is the caller's.
 */
public final class ReplyReviewController {

    /** What the review's buttons lead to. */
    public interface Actions {
        /** Recorded ({@code stored} is null for "not a reply", which records nothing). */
        void accepted(WaitingReply reply, Application stored);

        void dismissed(WaitingReply reply);

        void later(WaitingReply reply);

        /** "Start a new application…": opens the form pre-filled; gives the saved application back. */
        void startApplication(String company, Consumer<Application> created);
    }

    private final ReplyReviewViewModel viewModel;
    private final Actions actions;

    @FXML
    private Label replySubject;
    @FXML
    private Label replySender;
    @FXML
    private Label replySent;
    @FXML
    private ScrollPane messageScroll;
    @FXML
    private EvidenceView replyMessage;
    @FXML
    private VBox evidenceLegend;
    @FXML
    private Label matchedApplication;
    @FXML
    private HBox pickRow;
    @FXML
    private ComboBox<Application> applicationChoice;
    @FXML
    private Button newApplication;
    @FXML
    private Label matchText;
    @FXML
    private ComboBox<ReplyKind> replyKind;
    @FXML
    private DateField replyDate;
    @FXML
    private Label namedDateLabel;
    @FXML
    private DateField namedDate;
    @FXML
    private Label timeLabel;
    @FXML
    private TextField roundTime;
    @FXML
    private VBox dateMessages;
    @FXML
    private Label reviewError;
    @FXML
    private Button acceptReply;
    @FXML
    private Button dismissReply;
    @FXML
    private Button laterReply;

    public ReplyReviewController(ReplyReviewViewModel viewModel, Actions actions) {
        this.viewModel = viewModel;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        replySubject.setText(viewModel.subjectText());
        replySender.setText(viewModel.senderText());
        replySent.setText(viewModel.sentText());
        replyMessage.show(viewModel.message().text(), viewModel.reply().proposal().reading());
        EvidenceMarks.marks(viewModel.message().text(), viewModel.reply().proposal().reading()).forEach(mark -> {
            Label line = new Label(t("replies.review.highlighted", "line", mark.line()));
            line.setWrapText(true);
            line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps rather than ends in "..."
            line.getStyleClass().add("evidence-line");
            evidenceLegend.getChildren().add(line);
        });
        if (evidenceLegend.getChildren().isEmpty()) {
            Label none = new Label(viewModel.reply().proposal().reading().kind() == ReplyKind.NOT_A_REPLY
                    ? t("replies.review.automatic") : t("replies.review.plain"));
            none.getStyleClass().add("muted");
            evidenceLegend.getChildren().add(none);
        }

        boolean picks = viewModel.picksApplication();
        matchedApplication.setText(ReplyReviewViewModel.name(viewModel.applicationProperty().get()));
        matchedApplication.setVisible(!picks);
        matchedApplication.setManaged(!picks);
        pickRow.setVisible(picks);
        pickRow.setManaged(picks);
        applicationChoice.setItems(viewModel.choices());
        applicationChoice.setCellFactory(list -> new NameCell());
        applicationChoice.setButtonCell(new NameCell());
        applicationChoice.valueProperty().bindBidirectional(viewModel.applicationProperty());
        applicationChoice.setPromptText(viewModel.offersNewApplication() ? t("replies.review.pick") : t("replies.review.pickOne"));
        newApplication.setVisible(viewModel.offersNewApplication());
        newApplication.setManaged(viewModel.offersNewApplication());
        newApplication.setOnAction(e -> actions.startApplication(viewModel.companyGuess(), viewModel::useNewApplication));
        matchText.setText(viewModel.matchText());

        replyKind.getItems().setAll(ReplyKind.values());
        replyKind.setConverter(ReplyKindNames.converter());
        replyKind.valueProperty().bindBidirectional(viewModel.kindProperty());

        replyDate.setFieldName(t("replies.review.receivedOn"));
        replyDate.setPastDates(true);
        replyDate.setValue(viewModel.dateProperty().get());
        replyDate.valueProperty().bindBidirectional(viewModel.dateProperty());
        namedDate.setAllowEmpty(true);
        // "Friday" or "12 Dec" typed here counts from the day the reply came, as the reader counted.
        namedDate.setReferenceDay(() -> viewModel.dateProperty().get() == null ? java.time.LocalDate.now()
                : viewModel.dateProperty().get());
        namedDate.setValue(viewModel.namedDateProperty().get());
        namedDate.valueProperty().bindBidirectional(viewModel.namedDateProperty());
        namedDateLabel.textProperty().bind(viewModel.namedDateLabelProperty());
        viewModel.namedDateLabelProperty().addListener((o, was, now) -> namedDate.setFieldName(now));
        namedDate.setFieldName(viewModel.namedDateLabelProperty().get());
        showWhen(namedDateLabel, viewModel.namedDateShownProperty());
        showWhen(namedDate, viewModel.namedDateShownProperty());
        showWhen(timeLabel, viewModel.timeShownProperty());
        showWhen(roundTime, viewModel.timeShownProperty());
        roundTime.textProperty().bindBidirectional(viewModel.namedTimeProperty());
        dateMessages.getChildren().addAll(replyDate.messageLabel(), namedDate.messageLabel());

        reviewError.textProperty().bind(viewModel.errorProperty());
        reviewError.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        reviewError.managedProperty().bind(reviewError.visibleProperty());
        acceptReply.disableProperty().bind(viewModel.savingProperty());
        acceptReply.setOnAction(e -> accept());
        dismissReply.setOnAction(e -> actions.dismissed(viewModel.reply()));
        laterReply.setOnAction(e -> actions.later(viewModel.reply()));
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** Reads the typed dates first (a default button fires before a date field reads its text). */
    private void accept() {
        if (!replyDate.commit()) {
            replyDate.getEditor().requestFocus();
            return;
        }
        if (namedDate.isVisible() && !namedDate.commit()) {
            namedDate.getEditor().requestFocus();
            return;
        }
        viewModel.accept().whenComplete((stored, failure) -> {
            if (failure == null) {
                actions.accepted(viewModel.reply(), stored);
            }
        });
    }

    /** Where the keyboard starts: the choice when the user must pick, else Accept. */
    public void focusFirst() {
        if (pickRow.isVisible() && viewModel.applicationProperty().get() == null) {
            applicationChoice.requestFocus();
        } else {
            acceptReply.requestFocus();
        }
    }

    private static final class NameCell extends ListCell<Application> {
        @Override
        protected void updateItem(Application item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ReplyReviewViewModel.name(item));
        }
    }
}
