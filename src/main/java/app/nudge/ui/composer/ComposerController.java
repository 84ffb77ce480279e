package app.nudge.ui.composer;

import app.nudge.compose.CallScript;
import app.nudge.compose.Draft;
import app.nudge.compose.Warning;
import app.nudge.i18n.Texts;
import app.nudge.ui.common.DateField;
import app.nudge.ui.common.ProblemStyle;
import app.nudge.ui.common.TabMovesFocus;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the composer pane; buttons call the view model. */
public final class ComposerController {

    private final ComposerViewModel viewModel;

    @FXML
    private VBox composer;
    @FXML
    private VBox content;
    @FXML
    private Label heading;
    @FXML
    private Label to;
    @FXML
    private HBox recipientRow;
    @FXML
    private ChoiceBox<Draft> recipient;
    @FXML
    private HBox variantRow;
    @FXML
    private ChoiceBox<String> variant;
    @FXML
    private TextField subject;
    @FXML
    private TextArea body;
    @FXML
    private VBox warnings;
    @FXML
    private VBox phoneBox;
    @FXML
    private VBox callBranches;
    @FXML
    private TextArea voicemail;
    @FXML
    private DateField checkBackDate;
    @FXML
    private Button recordCheckBack;
    @FXML
    private Button copySubject;
    @FXML
    private Button copyBody;
    @FXML
    private Button copyAll;
    @FXML
    private Button openMail;
    @FXML
    private Button markSent;
    @FXML
    private Button skipNote;
    @FXML
    private Label status;

    public ComposerController(ComposerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        to.textProperty().bind(viewModel.toProperty());
        content.visibleProperty().bind(viewModel.hasDraftProperty());
        content.managedProperty().bind(viewModel.hasDraftProperty());
        recipient.itemsProperty().bind(viewModel.recipientsProperty());
        recipient.valueProperty().bindBidirectional(viewModel.recipientProperty());
        recipient.setConverter(new StringConverter<>() {
            @Override
            public String toString(Draft d) {
                return viewModel.noteLabel(d);
            }

            @Override
            public Draft fromString(String s) {
                return null;
            }
        });
        recipientRow.visibleProperty().bind(viewModel.recipientsProperty().sizeProperty().greaterThan(1));
        recipientRow.managedProperty().bind(recipientRow.visibleProperty());
        variant.itemsProperty().bind(viewModel.variantsProperty());
        variant.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return ComposerTexts.variant(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        variant.valueProperty().bindBidirectional(viewModel.variantProperty());
        variantRow.visibleProperty().bind(viewModel.variantsProperty().sizeProperty().greaterThan(1));
        variantRow.managedProperty().bind(variantRow.visibleProperty());
        subject.textProperty().bindBidirectional(viewModel.subjectProperty());
        body.textProperty().bindBidirectional(viewModel.bodyProperty());
        TabMovesFocus.install(body);
        viewModel.warningsProperty().addListener((javafx.collections.ListChangeListener<Warning>) c -> showWarnings());
        phoneBox.visibleProperty().bind(viewModel.phoneProperty());
        phoneBox.managedProperty().bind(viewModel.phoneProperty());
        viewModel.branchesProperty().addListener((javafx.collections.ListChangeListener<CallScript.Branch>) c -> showBranches());
        voicemail.textProperty().bind(viewModel.voicemailProperty());
        // A typed date counts as typed: read it on the click (or Enter), refuse it beside the field if unreadable.
        checkBackDate.setFieldName(Texts.t("composer.checkBackDate"));
        HBox checkBackRow = (HBox) checkBackDate.getParent();
        phoneBox.getChildren().add(phoneBox.getChildren().indexOf(checkBackRow) + 1, checkBackDate.messageLabel());
        recordCheckBack.setOnAction(e -> {
            if (checkBackDate.commit() && checkBackDate.getValue() != null) {
                viewModel.recordCheckBack(checkBackDate.getValue());
            } else if (checkBackDate.getValue() == null && checkBackDate.getError().isEmpty()) {
                checkBackDate.getEditor().requestFocus();
            }
        });
        copySubject.setOnAction(e -> viewModel.copySubject());
        copyBody.setOnAction(e -> viewModel.copyBody());
        copyAll.setOnAction(e -> viewModel.copyAll());
        openMail.setOnAction(e -> viewModel.openInMailApp());
        markSent.setOnAction(e -> viewModel.markAsSent());
        markSent.disableProperty().bind(viewModel.noteDoneProperty());
        skipNote.setOnAction(e -> viewModel.skipNote());
        skipNote.visibleProperty().bind(viewModel.perPersonProperty());
        skipNote.managedProperty().bind(skipNote.visibleProperty());
        skipNote.disableProperty().bind(viewModel.noteDoneProperty());
        status.textProperty().bind(viewModel.statusProperty());
        ProblemStyle.follow(status, viewModel.status().problemProperty());
        // The pane is built after the board's first cards, when the selected card's draft is made
        // already: what the lists hold now is shown, not only their later changes.
        showWarnings();
        showBranches();
    }

    private void showWarnings() {
        warnings.getChildren().setAll(viewModel.warningsProperty().stream().map(w -> {
            Label label = new Label("⚠ " + w.message());
            label.setWrapText(true);
            label.getStyleClass().add("warning");
            return label;
        }).toList());
    }

    private void showBranches() {
        callBranches.getChildren().setAll(viewModel.branchesProperty().stream().map(b -> {
            Label title = new Label(b.title());
            title.getStyleClass().add("branch-title");
            title.setWrapText(true);
            Label text = new Label(b.text());
            text.setWrapText(true);
            // Whole lines, never "…": the side pane scrolls instead of cutting a call script short.
            title.setMinHeight(Region.USE_PREF_SIZE);
            text.setMinHeight(Region.USE_PREF_SIZE);
            VBox box = new VBox(2, title, text);
            box.getStyleClass().add(b.offersCheckBack() ? "branch-checkback" : "branch");
            return box;
        }).toList());
    }
}
