package app.nudge.ui.report;

import static app.nudge.i18n.Texts.t;

import app.nudge.report.ReportFormat;
import app.nudge.ui.common.DateField;
import app.nudge.ui.common.ProblemStyle;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Binds the activity report dialog to its view model; Save asks where, Close (or Esc) only closes. */
public final class ActivityReportController {

    private final ActivityReportViewModel viewModel;
    private final Runnable close;

    @FXML
    private ToggleGroup periods;
    @FXML
    private ToggleGroup formats;
    @FXML
    private RadioButton lastMonth;
    @FXML
    private RadioButton thisMonth;
    @FXML
    private RadioButton last30Days;
    @FXML
    private RadioButton otherDays;
    @FXML
    private DateField fromDate;
    @FXML
    private DateField toDate;
    @FXML
    private Label fromDateError;
    @FXML
    private Label toDateError;
    @FXML
    private Label periodError;
    @FXML
    private RadioButton pdfFormat;
    @FXML
    private RadioButton csvFormat;
    @FXML
    private Label preview;
    @FXML
    private Label status;
    @FXML
    private Button openReport;
    @FXML
    private Button saveReport;

    /** @param close closes the dialog's window */
    public ActivityReportController(ActivityReportViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
    }

    @FXML
    private void initialize() {
        Map<RadioButton, ReportPeriodChoice> choices = Map.of(lastMonth, ReportPeriodChoice.LAST_MONTH,
                thisMonth, ReportPeriodChoice.THIS_MONTH, last30Days, ReportPeriodChoice.LAST_30_DAYS,
                otherDays, ReportPeriodChoice.CUSTOM);
        choices.forEach((button, choice) -> {
            button.setUserData(choice);
            button.setText(choice.label(viewModel.today()));
        });
        pdfFormat.setUserData(ReportFormat.PDF);
        csvFormat.setUserData(ReportFormat.CSV);
        follow(periods, viewModel.choiceProperty().get());
        follow(formats, viewModel.formatProperty().get());
        viewModel.choiceProperty().addListener((o, was, now) -> {
            follow(periods, now);
            if (now != ReportPeriodChoice.CUSTOM) {
                showChosenDays();
            }
        });
        viewModel.formatProperty().addListener((o, was, now) -> follow(formats, now));
        periods.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.choiceProperty().set((ReportPeriodChoice) now.getUserData());
            }
        });
        formats.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.formatProperty().set((ReportFormat) now.getUserData());
            }
        });
        // Picking "other days" means typing them next: go there.
        otherDays.setOnAction(e -> fromDate.getEditor().requestFocus());

        dateField(fromDate, t("report.dialog.from"), fromDateError);
        dateField(toDate, t("report.dialog.to"), toDateError);
        fromDate.valueProperty().bindBidirectional(viewModel.fromProperty());
        toDate.valueProperty().bindBidirectional(viewModel.toProperty());
        viewModel.fromUnreadableProperty().bind(fromDate.errorProperty().isNotEmpty());
        viewModel.toUnreadableProperty().bind(toDate.errorProperty().isNotEmpty());
        showMessage(periodError, viewModel.periodErrorProperty());
        preview.textProperty().bind(viewModel.previewProperty());
        preview.visibleProperty().bind(preview.textProperty().isNotEmpty());

        status.textProperty().bind(viewModel.statusProperty());
        ProblemStyle.follow(status, viewModel.failedProperty());
        // The view model knows about unreadable fields too, so its canSave is the whole answer.
        saveReport.disableProperty().bind(viewModel.canSaveProperty().not());
        openReport.visibleProperty().bind(viewModel.savedFileProperty().isNotNull().and(
                javafx.beans.binding.Bindings.createBooleanBinding(viewModel::canOpen)));
        openReport.managedProperty().bind(openReport.visibleProperty());
    }

    /**
     * Enter in a date field takes the typed day and stays (the preview then shows what those days
     * hold); it does not also press Save, which would open the file dialog after the first date.
     */
    private void dateField(DateField field, String name, Label error) {
        field.setFieldName(name);
        field.setPastDates(true);
        field.setReferenceDay(viewModel::today);
        showMessage(error, field.errorProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume(); // the field's own filter, which runs first, has read the text
            }
        });
    }

    /**
     * A quick choice has just put its days into From and To. A field still holding unreadable text
     * whose old day equals the chosen one did not see its value change, so it would keep that text
     * and its line: have it read the chosen day instead.
     */
    private void showChosenDays() {
        for (DateField field : new DateField[] {fromDate, toDate}) {
            if (!field.getError().isEmpty() && field.getValue() != null) {
                field.getEditor().setText(field.getValue().toString()); // ISO, which the field always reads
                field.commit();
            }
        }
    }

    private static void follow(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() == value && !toggle.isSelected()) {
                group.selectToggle(toggle);
            }
        }
    }

    private static void showMessage(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Puts the keyboard on the chosen period, the first thing to decide. */
    void focusFirst() {
        Toggle selected = periods.getSelectedToggle();
        (selected instanceof RadioButton button ? button : lastMonth).requestFocus();
    }

    /** What Enter does: Save, when Save may be pressed now. */
    void saveIfAllowed() {
        if (!saveReport.isDisabled()) {
            onSave();
        }
    }

    @FXML
    private void onSave() {
        // Typed text not yet read (no Enter, no focus loss) is read now, so Save never takes old days.
        for (DateField field : new DateField[] {fromDate, toDate}) {
            if (!field.commit()) {
                field.getEditor().requestFocus();
                return;
            }
        }
        viewModel.save(saveReport.getScene().getWindow());
    }

    @FXML
    private void onOpen() {
        viewModel.openSaved();
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
