package app.nudge.ui.welcome;

import app.nudge.ui.common.TabMovesFocus;
import app.nudge.ui.settings.CountryChoice;
import app.nudge.ui.settings.CountryTypeAhead;
import app.nudge.ui.settings.TimingChoice;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the welcome view to its view model; Finish (or Enter) stores, Skip (or Esc) only marks it seen. */
public final class WelcomeController {

    private final WelcomeViewModel viewModel;
    private final Runnable close;

    @FXML
    private TextField welcomeName;
    @FXML
    private TextArea welcomeSignature;
    @FXML
    private ComboBox<CountryChoice> welcomeCountry;
    @FXML
    private ComboBox<TimingChoice> welcomePreset;
    @FXML
    private Label welcomePresetHint;
    @FXML
    private Label welcomeStatus;
    @FXML
    private Button welcomeFinish;
    @FXML
    private Button welcomeSkip;

    public WelcomeController(WelcomeViewModel viewModel, Runnable close) {
        this.viewModel = viewModel;
        this.close = close;
    }

    @FXML
    private void initialize() {
        welcomeName.textProperty().bindBidirectional(viewModel.yourNameProperty());
        welcomeSignature.textProperty().bindBidirectional(viewModel.signatureProperty());
        TabMovesFocus.install(welcomeSignature); // as in Settings: Tab leaves the field, never types into it
        welcomeCountry.setItems(viewModel.calendar().countries());
        welcomeCountry.valueProperty().bindBidirectional(viewModel.calendar().countryProperty());
        CountryTypeAhead.install(welcomeCountry);
        welcomePreset.getItems().setAll(viewModel.presets());
        welcomePreset.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimingChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public TimingChoice fromString(String text) {
                return viewModel.presets().stream().filter(c -> c.label().equals(text)).findFirst().orElse(null);
            }
        });
        welcomePreset.valueProperty().bindBidirectional(viewModel.presetProperty());
        welcomePresetHint.textProperty().bind(viewModel.presetProperty().map(TimingChoice::explanation).orElse(""));
        welcomeStatus.textProperty().bind(viewModel.statusProperty());
        welcomeFinish.disableProperty().bind(viewModel.busyProperty());
        welcomeSkip.disableProperty().bind(viewModel.busyProperty());
    }

    /** Puts the caret in the name field (call once the window shows). */
    public void focusFirstField() {
        welcomeName.requestFocus();
    }

    @FXML
    private void onFinish() {
        viewModel.finish().thenAccept(stored -> {
            if (stored) {
                close.run();
            }
        });
    }

    @FXML
    void onSkip() {
        viewModel.skip().thenAccept(stored -> {
            if (stored) {
                close.run();
            }
        });
    }
}
