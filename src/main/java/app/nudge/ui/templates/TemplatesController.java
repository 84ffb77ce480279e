package app.nudge.ui.templates;

import app.nudge.ui.common.ProblemStyle;
import java.util.function.Predicate;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;

/** Binds the template editor to its view model; Reset asks first, Close (or Esc) only closes. */
public final class TemplatesController {

    private final TemplatesViewModel viewModel;
    private final Predicate<String> confirmReset;
    private final Runnable close;

    @FXML
    private ListView<String> templateList;
    @FXML
    private Label templateName;
    @FXML
    private TextArea templateText;
    @FXML
    private Label templateError;
    @FXML
    private Label templateWarning;
    @FXML
    private Label placeholderHelp;
    @FXML
    private Label status;
    @FXML
    private Button saveTemplate;
    @FXML
    private Button resetTemplate;
    @FXML
    private Button closeTemplates;

    /**
     * @param confirmReset asked with the template's readable name; true goes ahead with the reset
     * @param close        closes the dialog's window
     */
    public TemplatesController(TemplatesViewModel viewModel, Predicate<String> confirmReset, Runnable close) {
        this.viewModel = viewModel;
        this.confirmReset = confirmReset;
        this.close = close;
    }

    @FXML
    private void initialize() {
        templateList.setItems(viewModel.ids());
        templateList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : viewModel.label(id));
            }
        });
        // The labels carry "edited"/"unsaved", which live outside the list's items: redraw on change.
        SetChangeListener<String> redraw = change -> templateList.refresh();
        viewModel.edited().addListener(redraw);
        viewModel.unsaved().addListener(redraw);
        templateList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedIdProperty().set(now);
            }
        });
        viewModel.selectedIdProperty().addListener((o, was, now) -> select(now));
        select(viewModel.selectedIdProperty().get());

        templateText.textProperty().bindBidirectional(viewModel.textProperty());
        templateText.disableProperty().bind(viewModel.loadedProperty().not());
        showMessage(templateError, viewModel.errorProperty());
        showMessage(templateWarning, viewModel.warningProperty());
        placeholderHelp.setText(TemplatesViewModel.placeholderHelp());

        status.textProperty().bind(viewModel.statusProperty());
        ProblemStyle.follow(status, viewModel.failedProperty());
        saveTemplate.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.busyProperty()));
        resetTemplate.disableProperty().bind(viewModel.resettableProperty().not().or(viewModel.busyProperty()));
    }

    private void select(String id) {
        templateName.setText(id == null ? "" : viewModel.name(id));
        if (id != null && !id.equals(templateList.getSelectionModel().getSelectedItem())) {
            templateList.getSelectionModel().select(id);
        }
    }

    private static void showMessage(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onReset() {
        String id = viewModel.selectedIdProperty().get();
        if (id != null && confirmReset.test(viewModel.name(id))) {
            viewModel.reset();
        }
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
