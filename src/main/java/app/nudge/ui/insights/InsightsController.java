package app.nudge.ui.insights;

import static app.nudge.i18n.Texts.t;

import app.nudge.insights.InsightsReport;
import app.nudge.ui.common.DateField;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Insights window: binds the period to the view model and redraws the sections for each report. */
public final class InsightsController {

    private final InsightsViewModel model;
    private final ChartExport export;

    @FXML
    private Label periodLabel;
    @FXML
    private Label fromLabel;
    @FXML
    private Label toLabel;
    @FXML
    private ComboBox<PeriodChoice> periodChoice;
    @FXML
    private HBox customDates;
    @FXML
    private DateField customFrom;
    @FXML
    private DateField customTo;
    @FXML
    private Button refresh;
    @FXML
    private Label periodText;
    @FXML
    private VBox messages;
    @FXML
    private Label problem;
    @FXML
    private Label exportStatus;
    @FXML
    private VBox sections;

    public InsightsController(InsightsViewModel model, ChartExport export) {
        this.model = model;
        this.export = export;
    }

    @FXML
    private void initialize() {
        periodLabel.setLabelFor(periodChoice);
        fromLabel.setLabelFor(customFrom);
        toLabel.setLabelFor(customTo);
        periodChoice.setItems(FXCollections.observableArrayList(PeriodChoice.values()));
        periodChoice.valueProperty().bindBidirectional(model.choiceProperty());
        customDates.visibleProperty().bind(model.choiceProperty().isEqualTo(PeriodChoice.CUSTOM));
        customDates.managedProperty().bind(customDates.visibleProperty());
        setUp(customFrom, t("insights.from"));
        setUp(customTo, t("insights.to"));
        customFrom.valueProperty().bindBidirectional(model.customFromProperty());
        customTo.valueProperty().bindBidirectional(model.customToProperty());
        messages.getChildren().addAll(customFrom.messageLabel(), customTo.messageLabel());
        refresh.setOnAction(e -> model.refresh());
        periodText.textProperty().bind(model.periodTextProperty());
        bindLine(problem, model.problemProperty());
        bindLine(exportStatus, export.statusProperty());
        // A "Copied…" / "Saved…" line speaks of the figures it was about: it goes with them.
        model.choiceProperty().addListener(o -> export.clearStatus());
        model.customFromProperty().addListener(o -> export.clearStatus());
        model.customToProperty().addListener(o -> export.clearStatus());
        // Every report published, even one with the same figures (a change listener would skip it).
        model.reportProperty().addListener((javafx.beans.Observable o) -> export.clearStatus());
        model.reportProperty().addListener((o, was, now) -> show(now));
        show(model.reportProperty().get());
    }

    private static void setUp(DateField field, String name) {
        field.setFieldName(name);
        field.setAllowEmpty(true); // an empty end is open: from the start, or up to today
        field.setPastDates(true);
    }

    private static void bindLine(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void show(InsightsReport report) {
        if (report == null) {
            Label waiting = new Label(t("insights.waiting"));
            waiting.setId("insightsWaiting");
            waiting.getStyleClass().add("muted");
            sections.getChildren().setAll(waiting);
            return;
        }
        List<ChartCard.Section> all = InsightsSections.of(report);
        String days = InsightsTexts.period(report.period(), report.today());
        sections.getChildren().setAll(all.stream().map(section -> ChartCard.of(section, export, report.period(), days)).toList());
    }

    /** Puts the keyboard on the period choice (the window just opened). */
    public void focusPeriod() {
        periodChoice.requestFocus();
    }
}
