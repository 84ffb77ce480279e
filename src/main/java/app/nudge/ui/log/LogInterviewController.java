package app.nudge.ui.log;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Application;
import app.nudge.i18n.Texts;
import app.nudge.ui.common.DateField;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Binds the log-interview view to its view model. Thin: it commits what the date fields show,
 * builds the interviewer lines, asks before discarding typed input, and moves focus to the first
 * problem after a refused save.
 */
public final class LogInterviewController {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final LogInterviewViewModel viewModel;
    private final Consumer<Application> onSaved;
    private final Runnable onCancel;
    private final Predicate<String> confirmDiscard;
    private final Map<InterviewerRow, VBox> rowNodes = new LinkedHashMap<>();

    @FXML
    private BorderPane root;
    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private ComboBox<String> company;
    @FXML
    private TextField role;
    @FXML
    private Label matchNote;
    @FXML
    private DateField endedDate;
    @FXML
    private TextField endedTime;
    @FXML
    private CheckBox scheduled;
    @FXML
    private DateField decisionDate;
    @FXML
    private Button quickByFriday;
    @FXML
    private Button quickEndNextWeek;
    @FXML
    private Button quickTwoWeeks;
    @FXML
    private Button quickNoDate;
    @FXML
    private VBox interviewers;
    @FXML
    private Button addInterviewer;
    @FXML
    private Button removeInterviewer;
    @FXML
    private Label knownContacts;
    @FXML
    private TextField talkingPoint;
    @FXML
    private CheckBox mayCall;
    @FXML
    private CheckBox knownDelay;
    @FXML
    private TextArea notes;
    @FXML
    private Label companyError;
    @FXML
    private Label roleError;
    @FXML
    private Label endedDateError;
    @FXML
    private Label endedTimeError;
    @FXML
    private Label decisionDateError;
    @FXML
    private Label interviewersError;
    @FXML
    private Label notesError;
    @FXML
    private Label formError;
    @FXML
    private Button save;
    @FXML
    private Button cancel;

    private final Map<FormField, Control> inputs = new EnumMap<>(FormField.class);

    /**
     * @param onSaved  called on the JavaFX thread with the stored application
     * @param onCancel called when the user cancels (Esc or the button); nothing was stored
     */
    public LogInterviewController(LogInterviewViewModel viewModel, Consumer<Application> onSaved, Runnable onCancel) {
        this(viewModel, onSaved, onCancel, DiscardQuestion::ask);
    }

    /** @param confirmDiscard asks the question given and says whether the user chose to discard */
    public LogInterviewController(LogInterviewViewModel viewModel, Consumer<Application> onSaved, Runnable onCancel,
                                  Predicate<String> confirmDiscard) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
        this.confirmDiscard = Objects.requireNonNull(confirmDiscard, "confirmDiscard");
    }

    public LogInterviewViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(viewModel.titleProperty());
        subtitle.textProperty().bind(viewModel.subtitleProperty());

        company.setItems(viewModel.companySuggestions());
        company.setValue(viewModel.companyProperty().get());
        company.getEditor().textProperty().bindBidirectional(viewModel.companyProperty());
        role.textProperty().bindBidirectional(viewModel.roleProperty());
        if (viewModel.isIdentityLocked()) {
            for (Control c : List.of(company, role)) {
                c.setDisable(true);
                c.getStyleClass().add("read-only");
            }
        }
        showWhenSet(matchNote, viewModel.matchNoteProperty());

        // A year-less end date reads as within six months either side of today: past rounds and scheduled ones.
        dateField(endedDate, FormField.ENDED_DATE, t("log.endedDate.name"), () -> viewModel.today().minusMonths(6));
        dateField(decisionDate, FormField.DECISION_DATE, t("log.decision.name"), viewModel::quickChoiceBase);
        decisionDate.setAllowEmpty(true);
        endedDate.valueProperty().bindBidirectional(viewModel.endedDateProperty());
        endedTime.textProperty().bindBidirectional(viewModel.endedTimeProperty());
        scheduled.selectedProperty().bindBidirectional(viewModel.scheduledProperty());
        decisionDate.valueProperty().bindBidirectional(viewModel.decisionDateProperty());
        quick(quickByFriday, QuickDates::byFriday, viewModel::chooseByFriday);
        quick(quickEndNextWeek, QuickDates::endOfNextWeek, viewModel::chooseEndOfNextWeek);
        quick(quickTwoWeeks, QuickDates::inTwoWeeks, viewModel::chooseInTwoWeeks);
        quickNoDate.setOnAction(e -> viewModel.chooseNoDate());
        quickNoDate.setTooltip(new Tooltip(t("log.quick.noDate.tip")));

        viewModel.interviewers().addListener((ListChangeListener<InterviewerRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= !change.wasUpdated();
            }
            if (structural) {
                rebuildInterviewers();
            }
        });
        viewModel.currentInterviewerProperty().addListener((obs, was, now) -> markCurrent());
        rebuildInterviewers();
        addInterviewer.setOnAction(e -> {
            InterviewerRow row = viewModel.addInterviewer();
            focus(rowNodes.get(row).lookup(".interviewer-name"));
        });
        removeInterviewer.setOnAction(e -> viewModel.removeInterviewer());
        removeInterviewer.disableProperty().bind(Bindings.isEmpty(viewModel.interviewers()));
        showWhenSet(knownContacts, viewModel.knownContactsProperty());

        talkingPoint.textProperty().bindBidirectional(viewModel.talkingPointProperty());
        mayCall.selectedProperty().bindBidirectional(viewModel.mayCallProperty());
        knownDelay.selectedProperty().bindBidirectional(viewModel.knownDelayProperty());
        notes.textProperty().bindBidirectional(viewModel.notesProperty());

        error(FormField.COMPANY, companyError, company);
        error(FormField.ROLE, roleError, role);
        error(FormField.ENDED_DATE, endedDateError, endedDate);
        error(FormField.ENDED_TIME, endedTimeError, endedTime);
        error(FormField.DECISION_DATE, decisionDateError, decisionDate);
        error(FormField.INTERVIEWERS, interviewersError, null);
        error(FormField.NOTES, notesError, notes);
        error(FormField.FORM, formError, null);

        save.textProperty().bind(viewModel.saveTextProperty());
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(e -> save());
        cancel.setOnAction(e -> cancel());
        // Enter in the notes makes a new line; Ctrl+Enter saves from anywhere.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                save();
            }
        });
    }

    /** Puts the caret where the user starts: the company, or the end date for a later round. */
    public void focusFirstField() {
        focus(viewModel.isIdentityLocked() ? endedDate : company);
    }

    private void save() {
        boolean endedRead = endedDate.commit();
        if (!endedRead || !decisionDate.commit()) {
            focus(endedRead ? decisionDate : endedDate);
            return;
        }
        viewModel.save().whenComplete((application, error) -> {
            if (error == null) {
                onSaved.accept(application);
            } else {
                focusFirstProblem();
            }
        });
    }

    /**
     * Dates go through the shared {@link DateField}: typed text becomes the value on Enter, focus
     * loss and save; what it cannot read is shown beside the field and nothing is saved.
     */
    private void dateField(DateField field, FormField which, String name, Supplier<LocalDate> referenceDay) {
        field.setFieldName(name);
        field.setReferenceDay(referenceDay);
        field.errorProperty().addListener((obs, was, now) -> viewModel.reportUnreadable(which, now));
    }

    /** Esc or Cancel: a form that holds what the user typed asks first; an untouched one closes at once. */
    public void cancel() {
        if (!viewModel.isChanged() || confirmDiscard.test(viewModel.isEditing()
                ? t("log.discard.edit") : t("log.discard.new"))) {
            onCancel.run();
        }
    }

    private void focusFirstProblem() {
        viewModel.firstInvalidField().ifPresent(field -> {
            if (field == FormField.INTERVIEWERS) {
                rowNodes.entrySet().stream().filter(e -> !e.getKey().errorProperty().get().isEmpty())
                        .findFirst().ifPresent(e -> focus(e.getValue().lookup(
                                e.getKey().nameProperty().get().isBlank() ? ".interviewer-name" : ".interviewer-email")));
            } else {
                Control input = inputs.get(field);
                if (input != null && !input.isDisabled()) {
                    focus(input);
                }
            }
        });
    }

    private void quick(Button button, UnaryOperator<LocalDate> rule, Runnable choose) {
        button.setOnAction(e -> choose.run());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> t("log.quick.sets", "day", Texts.current().date("format.day", rule.apply(viewModel.quickChoiceBase()))),
                viewModel.endedDateProperty()));
        button.setTooltip(tip);
    }

    private void error(FormField field, Label label, Control input) {
        ObservableStringValue text = viewModel.errorProperty(field);
        showWhenSet(label, text);
        if (input != null) {
            inputs.put(field, input);
            text.addListener((obs, was, now) -> input.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        }
    }

    private static void showWhenSet(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void rebuildInterviewers() {
        rowNodes.clear();
        interviewers.getChildren().clear();
        List<InterviewerRow> rows = viewModel.interviewers();
        if (rows.isEmpty()) {
            Label empty = new Label(viewModel.isIdentityLocked() ? t("log.people.noneNew") : t("log.people.none"));
            empty.getStyleClass().addAll("field-hint", "interviewer-empty");
            interviewers.getChildren().add(empty);
        }
        for (int i = 0; i < rows.size(); i++) {
            VBox node = rowNode(rows.get(i), i + 1);
            rowNodes.put(rows.get(i), node);
            interviewers.getChildren().add(node);
        }
        markCurrent();
    }

    private VBox rowNode(InterviewerRow row, int number) {
        TextField name = text(row.nameProperty(), t("log.interviewer.name"), "interviewer-name",
                t("log.interviewer.nameOf", "number", number));
        TextField email = text(row.emailProperty(), t("log.interviewer.email"), "interviewer-email",
                t("log.interviewer.emailOf", "number", number));
        TextField jobTitle = text(row.titleProperty(), t("log.interviewer.title"), "interviewer-title",
                t("log.interviewer.titleOf", "number", number));
        CheckBox primary = new CheckBox(t("log.interviewer.primary"));
        primary.getStyleClass().add("interviewer-primary");
        primary.selectedProperty().bindBidirectional(row.contactForUpdatesProperty());
        primary.setMinWidth(Control.USE_PREF_SIZE);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(email, Priority.ALWAYS);
        HBox.setHgrow(jobTitle, Priority.ALWAYS);
        HBox line = new HBox(name, email, jobTitle, primary);
        line.getStyleClass().add("interviewer-line");
        line.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().addAll("field-error", "interviewer-error");
        showWhenSet(problem, row.errorProperty());
        row.errorProperty().addListener((obs, was, now) -> email.pseudoClassStateChanged(INVALID,
                !now.isEmpty() && !row.nameProperty().get().isBlank()));
        VBox box = new VBox(line, problem);
        box.getStyleClass().add("interviewer-row");
        for (Node input : List.of(name, email, jobTitle, primary)) {
            input.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    viewModel.currentInterviewerProperty().set(row);
                }
            });
        }
        return box;
    }

    private static TextField text(StringProperty value, String prompt, String styleClass,
                                  String accessible) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.getStyleClass().add(styleClass);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void markCurrent() {
        InterviewerRow current = viewModel.currentInterviewerProperty().get();
        rowNodes.forEach((row, node) -> node.pseudoClassStateChanged(CURRENT, row == current && rowNodes.size() > 1));
    }

    private static void focus(Node node) {
        if (node != null) {
            node.requestFocus();
        }
    }
}
