package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.ui.common.ProblemStyle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/**
 * Binds the Data dialog to {@link DataFields}. Enter tests (Test is the default button), Esc
 * closes (Close is the cancel button); the buttons wait while a connection is being made.
 */
public final class DataController {

    private final DataFields fields;
    private final Runnable switched;
    private final Runnable close;

    @FXML
    private Label dataCurrent;
    @FXML
    private TextField dataAddress;
    @FXML
    private PasswordField dataPassword;
    @FXML
    private Button dataTest;
    @FXML
    private Label dataResult;
    @FXML
    private javafx.scene.control.CheckBox dataBring;
    @FXML
    private Button dataUse;
    @FXML
    private Button dataLocal;
    @FXML
    private Button dataClose;

    /**
     * @param switched runs after the window switched to other data (the settings dialog, filled
     *                 from the old data, closes then: saving it would write the old values over the new)
     * @param close    closes this dialog's window
     */
    public DataController(DataFields fields, Runnable switched, Runnable close) {
        this.fields = fields;
        this.switched = switched;
        this.close = close;
    }

    @FXML
    private void initialize() {
        dataCurrent.textProperty().bind(fields.currentProperty());
        dataCurrent.accessibleTextProperty().bind(fields.currentProperty().map(where -> Texts.t("settings.dataDialog.now.a11y", "where", where)));
        dataAddress.textProperty().bindBidirectional(fields.addressProperty());
        dataPassword.textProperty().bindBidirectional(fields.passwordProperty());
        dataResult.textProperty().bind(fields.resultProperty());
        dataResult.accessibleTextProperty().bind(fields.resultProperty());
        ProblemStyle.follow(dataResult, fields.problemProperty());
        dataTest.disableProperty().bind(fields.busyProperty());
        dataUse.disableProperty().bind(fields.busyProperty());
        dataLocal.disableProperty().bind(fields.busyProperty());
        dataBring.selectedProperty().bindBidirectional(fields.bringProperty());
        dataBring.visibleProperty().bind(fields.onServerProperty().not());
        dataBring.managedProperty().bind(dataBring.visibleProperty());
        dataBring.disableProperty().bind(fields.busyProperty());
        dataLocal.visibleProperty().bind(fields.onServerProperty());
        // A clicked button that is disabled while it works passes the focus on, to Close: give it to
        // what comes next instead (Use this server after a good test, Test again after a failed one).
        fields.busyProperty().addListener((o, was, busy) -> {
            if (!busy && dataClose.isFocused()) {
                (fields.problemProperty().get() ? dataTest : dataUse).requestFocus();
            }
        });
        dataLocal.managedProperty().bind(dataLocal.visibleProperty());
    }

    @FXML
    private void onTest() {
        fields.test();
    }

    @FXML
    private void onUse() {
        fields.use(this::switchedAndClose);
    }

    @FXML
    private void onLocal() {
        if (BackToFileQuestion.ask(dataLocal.getScene().getWindow(), fields.currentProperty().get())) {
            fields.useLocalFile(this::switchedAndClose);
        }
    }

    private void switchedAndClose() {
        switched.run();
        close.run();
    }

    @FXML
    private void onClose() {
        close.run();
    }
}
