package app.nudge.ui.settings;

import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import app.nudge.ui.common.ProblemStyle;
import app.nudge.ui.common.TabMovesFocus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Consumer<ThemeChoice> onSaved;
    private final Runnable close;
    /** Where the data is, for the Data section; null hides the section (a view built without the app). */
    private final DataConnection data;
    private final Runnable openData;
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
    private TextField inboxAddress;
    @FXML
    private Label inboxAddressError;
    @FXML
    private javafx.scene.control.PasswordField inboxPassword;
    @FXML
    private CheckBox inboxEnabled;
    @FXML
    private Spinner<Integer> inboxMinutes;
    @FXML
    private Button inboxTest;
    @FXML
    private Label inboxTestResult;
    @FXML
    private ChoiceBox<ThemeChoice> theme;
    @FXML
    private ComboBox<Optional<Language>> language;
    @FXML
    private javafx.scene.layout.VBox dataSection;
    @FXML
    private Label dataWhere;
    @FXML
    private Button dataServer;
    @FXML
    private Button dataBackToFile;
    @FXML
    private Label dataSwitchResult;
    @FXML
    private Label status;
    @FXML
    private Button save;
    @FXML
    private Button cancel;

    /**
     * @param onSaved called with the chosen theme after a successful save
     * @param close   closes the dialog's window
     */
    public SettingsController(SettingsViewModel viewModel, Consumer<ThemeChoice> onSaved, Runnable close) {
        this(viewModel, onSaved, close, null, () -> { });
    }

    /**
     * @param data     where the data is now, shown in the Data section (null: the section is hidden)
     * @param openData opens the Data dialog ("Use a PostgreSQL server…")
     */
    public SettingsController(SettingsViewModel viewModel, Consumer<ThemeChoice> onSaved, Runnable close,
                              DataConnection data, Runnable openData) {
        this.viewModel = viewModel;
        this.onSaved = onSaved;
        this.close = close;
        this.data = data;
        this.openData = openData;
    }

    @FXML
    private void initialize() {
        IdentityFields you = viewModel.identity();
        yourName.textProperty().bindBidirectional(you.yourNameProperty());
        yourEmail.textProperty().bindBidirectional(you.yourEmailProperty());
        yourPhone.textProperty().bindBidirectional(you.yourPhoneProperty());
        signature.textProperty().bindBidirectional(you.signatureProperty());
        TabMovesFocus.install(signature); // Tab leaves the field, never types into the signature
        showError(yourEmailError, you.yourEmailErrorProperty());

        CalendarFields calendar = viewModel.calendar();
        country.setItems(calendar.countries());
        country.valueProperty().bindBidirectional(calendar.countryProperty());
        CountryTypeAhead.install(country);
        holidaysNone.selectedProperty().bindBidirectional(calendar.holidaysNoneProperty());
        country.disableProperty().bind(holidaysNone.selectedProperty());

        bindTiming(viewModel.timing());
        InboxSection.bind(viewModel.inbox(), inboxAddress, inboxAddressError, inboxPassword, inboxEnabled, inboxMinutes,
                inboxTest, inboxTestResult);

        theme.getItems().setAll(ThemeChoice.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ThemeChoice value) {
                return ThemeChoices.label(value);
            }

            @Override
            public ThemeChoice fromString(String text) {
                return theme.getItems().stream().filter(c -> ThemeChoices.label(c).equals(text)).findFirst().orElse(null);
            }
        });
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        LanguageChoices.bind(language, viewModel.languageProperty());

        DataSection.bind(data, dataSection, dataWhere, dataBackToFile, dataSwitchResult, close);

        status.textProperty().bind(viewModel.statusProperty());
        ProblemStyle.follow(status, viewModel.failedProperty());
        save.disableProperty().bind(viewModel.loadedProperty().not().or(viewModel.busyProperty()));
    }

    private void bindTiming(TimingFields timing) {
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
            radio.setAccessibleHelp(choice.explanation());
        });
        radios.get(timing.timingProperty().get()).setSelected(true);
        timingGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one choice is always made
            } else {
                timing.timingProperty().set((TimingChoice) now.getUserData());
            }
        });
        timing.timingProperty().addListener((obs, was, now) -> radios.get(now).setSelected(true));

        bindInterval(afterDecisionMin, timing.afterDecisionMinProperty(), timing);
        bindInterval(afterDecisionMax, timing.afterDecisionMaxProperty(), timing);
        bindInterval(noDateMin, timing.noDateMinProperty(), timing);
        bindInterval(noDateMax, timing.noDateMaxProperty(), timing);
        bindInterval(betweenMin, timing.betweenMinProperty(), timing);
        bindInterval(betweenMax, timing.betweenMaxProperty(), timing);
        secondaryContact.selectedProperty().bindBidirectional(timing.secondaryContactProperty());
        secondaryContact.disableProperty().bind(timing.customProperty().not());
        showError(afterDecisionError, timing.afterDecisionErrorProperty());
        showError(noDateError, timing.noDateErrorProperty());
        showError(betweenError, timing.betweenErrorProperty());
    }

    private void bindInterval(Spinner<Integer> spinner, ObjectProperty<Integer> value, TimingFields timing) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(1, TimingFields.MAX_INTERVAL);
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
        spinner.disableProperty().bind(timing.customProperty().not());
    }

    private static void showError(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onSave() {
        // Numbers typed into a spinner count even when Enter or Save comes before the focus moves on.
        for (Spinner<Integer> spinner : List.of(afterDecisionMin, afterDecisionMax, noDateMin, noDateMax, betweenMin, betweenMax,
                inboxMinutes)) {
            if (!spinner.isDisabled()) {
                spinner.commitValue();
            }
        }
        viewModel.save().thenAccept(saved -> {
            if (saved) {
                onSaved.accept(viewModel.getTheme());
                close.run();
            }
        });
    }

    @FXML
    private void onTestInbox() {
        viewModel.inbox().test(); // runs off the JavaFX thread; the result line shows when done
    }

    @FXML
    private void onDataServer() {
        openData.run();
    }

    @FXML
    private void onCancel() {
        close.run();
    }
}
