package app.nudge.ui.settings;

import app.nudge.i18n.Texts;
import app.nudge.ui.common.ProblemStyle;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Settings' Data section: where the data is and, while it is on a server, "Back to this
 * computer's file" in plain sight (not only inside the server dialog), with the result of the
 * switch on a line of its own. After a switch the settings close unsaved: their fields hold the
 * old data's values. Hidden when the settings were opened without the app's data ({@code data} null).
 */
final class DataSection {

    private DataSection() {
    }

    static void bind(DataConnection data, VBox section, Label where, Button backToFile, Label result, Runnable switched) {
        section.setVisible(data != null);
        section.setManaged(data != null);
        if (data == null) {
            return;
        }
        DataFields fields = new DataFields(data, Platform::runLater);
        where.textProperty().bind(fields.currentProperty());
        where.accessibleTextProperty().bind(fields.currentProperty().map(now -> Texts.t("settings.data.where.a11y", "where", now)));
        backToFile.visibleProperty().bind(fields.onServerProperty());
        backToFile.managedProperty().bind(backToFile.visibleProperty());
        backToFile.disableProperty().bind(fields.busyProperty());
        backToFile.setOnAction(e -> {
            if (BackToFileQuestion.ask(backToFile.getScene().getWindow(), data.current())) {
                fields.useLocalFile(switched);
            }
        });
        result.textProperty().bind(fields.resultProperty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        ProblemStyle.follow(result, fields.problemProperty());
    }
}
