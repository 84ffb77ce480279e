package app.nudge.ui.settings;

import app.nudge.ui.common.Theme;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;

/** Binds the settings view to its view model; Save stores and closes, Cancel (or Esc) only closes. */
public final class SettingsController {

    private final SettingsViewModel viewModel;
    private final Consumer<String> onSaved;
    private final Runnable close;
    private final ToggleGroup timingGroup = new ToggleGroup();

    @FXML
    private TextField yourName;
    @FXML
    private TextField yourEmail;
    @FXML
    private Label yourEmailError;
    @FXML
    private TextField yourPhone;
    @FXML
    private TextArea signature;
    @FXML
    private ComboBox<CountryChoice> country;
    @FXML
    private CheckBox holidaysNone;
    @FXML
    private RadioButton presetStandard;
    @FXML
    private RadioButton presetPatient;
    @FXML
    private RadioButton presetPersistent;
    @FXML
    private RadioButton presetCustom;
    @FXML
    private Label presetStandardHint;
    @FXML
    private Label presetPatientHint;
    @FXML
    private Label presetPersistentHint;
    @FXML
    private Label presetCustomHint;
    @FXML
    private Spinner<Integer> afterDecisionMin;
    @FXML
    private Spinner<Integer> afterDecisionMax;
    @FXML
    private Label afterDecisionError;
    @FXML
    private Spinner<Integer> noDateMin;
    @FXML
    private Spinner<Integer> noDateMax;
    @FXML
    private Label noDateError;
    @FXML
    private Spinner<Integer> betweenMin;
    @FXML
    private Spinner<Integer> betweenMax;
    @FXML
    private Label betweenError;
    @FXML
    private CheckBox secondaryContact;
    @FXML
    private ChoiceBox<String> theme;
    @FXML
    private Label status;
    @FXML
    private Button save;
    @FXML
    private Button cancel;

    /**
     * @param onSaved called with the chosen theme ("light"/"dark") after a successful save
     * @param close   closes the dialog's window
     */
    public SettingsController(SettingsViewModel viewModel, Consumer<String> onSaved, Runnable close) {
        this.viewModel = viewModel;
        this.onSaved = onSaved;
        this.close = close;
    }

    @FXML
    private void initialize() {
        yourName.textProperty().bindBidirectional(viewModel.yourNameProperty());
        yourEmail.textProperty().bindBidirectional(viewModel.yourEmailProperty());
        yourPhone.textProperty().bindBidirectional(viewModel.yourPhoneProperty());
        signature.textProperty().bindBidirectional(viewModel.signatureProperty());
        app.nudge.ui.common.TabMovesFocus.install(signature); // Tab leaves the field, never types into the signature
        showError(yourEmailError, viewModel.yourEmailErrorProperty());

        country.setItems(viewModel.countries());
        country.valueProperty().bindBidirectional(viewModel.countryProperty());
        holidaysNone.selectedProperty().bindBidirectional(viewModel.holidaysNoneProperty());
        country.disableProperty().bind(holidaysNone.selectedProperty());

        Map<TimingChoice, RadioButton> radios = Map.of(TimingChoice.STANDARD, presetStandard,
                TimingChoice.PATIENT, presetPatient, TimingChoice.PERSISTENT, presetPersistent,
                TimingChoice.CUSTOM, presetCustom);
        Map<TimingChoice, Label> hints = Map.of(TimingChoice.STANDARD, presetStandardHint,
                TimingChoice.PATIENT, presetPatientHint, TimingChoice.PERSISTENT, presetPersistentHint,
                TimingChoice.CUSTOM, presetCustomHint);
        radios.forEach((choice, radio) -> {
            radio.setText(choice.label());
            radio.setUserData(choice);
            radio.setToggleGroup(timingGroup);
            hints.get(choice).setText(choice.explanation());
        });
        radios.get(viewModel.timingProperty().get()).setSelected(true);
        timingGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one choice is always made
            } else {
                viewModel.timingProperty().set((TimingChoice) now.getUserData());
            }
        });
        viewModel.timingProperty().addListener((obs, was, now) -> radios.get(now).setSelected(true));

        bindInterval(afterDecisionMin, viewModel.afterDecisionMinProperty());
        bindInterval(afterDecisionMax, viewModel.afterDecisionMaxProperty());
        bindInterval(noDateMin, viewModel.noDateMinProperty());
        bindInterval(noDateMax, viewModel.noDateMaxProperty());
        bindInterval(betweenMin, viewModel.betweenMinProperty());
        bindInterval(betweenMax, viewModel.betweenMaxProperty());
        secondaryContact.selectedProperty().bindBidirectional(viewModel.secondaryContactProperty());
        secondaryContact.disableProperty().bind(viewModel.customProperty().not());
        showError(afterDecisionError, viewModel.afterDecisionErrorProperty());
        showError(noDateError, viewModel.noDateErrorProperty());
        showError(betweenError, viewModel.betweenErrorProperty());

        theme.getItems().setAll(List.of(Theme.LIGHT, Theme.DARK));
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : Theme.DARK.equals(value) ? "Dark" : "Light";
            }

            @Override
            public String fromString(String text) {
                return Theme.normalise(text);
            }
        });
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());

        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove("error");
            if (now) {
                status.getStyleClass().add("error");
            }
        });
        save.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.busyProperty()));
    }

    private void bindInterval(Spinner<Integer> spinner, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, SettingsViewModel.MAX_INTERVAL);
        // Typing something that is not a number keeps the value it had, instead of throwing.
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return number == null ? "" : number.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException | NullPointerException e) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        factory.valueProperty().bindBidirectional(value);
        spinner.disableProperty().bind(viewModel.customProperty().not());
    }

    private static void showError(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onSave() {
        // Numbers typed into a spinner count even when Enter or Save comes before the focus moves on.
        for (Spinner<Integer> spinner : List.of(afterDecisionMin, afterDecisionMax, noDateMin, noDateMax, betweenMin, betweenMax)) {
            if (!spinner.isDisabled()) {
                spinner.commitValue();
            }
        }
        viewModel.save().thenAccept(saved -> {
            if (saved) {
                onSaved.accept(viewModel.themeProperty().get());
                close.run();
            }
        });
    }

    @FXML
    private void onCancel() {
        close.run();
    }
}
