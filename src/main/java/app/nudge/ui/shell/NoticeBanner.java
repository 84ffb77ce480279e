package app.nudge.ui.shell;

import app.nudge.notify.Notifier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The in-window notification: a bar that appears at the top of the window and goes away by
 * itself after a while, or when closed. Works on every platform, headless included.
 */
public final class NoticeBanner extends HBox implements Notifier {

    private final Label text = new Label();
    private final PauseTransition hide = new PauseTransition(Duration.seconds(12));

    public NoticeBanner() {
        setId("notice");
        getStyleClass().add("notice");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        text.setId("noticeText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("notice-close");
        close.setAccessibleText("Close the notice");
        close.setOnAction(e -> hideNow());
        getChildren().addAll(new Label("🔔"), text, close);
        hide.setOnFinished(e -> hideNow());
        hideNow();
    }

    /** Safe from any thread. */
    @Override
    public void notify(String title, String message) {
        Runnable show = () -> {
            text.setText(title + " — " + message.replace('\n', ' '));
            setVisible(true);
            setManaged(true);
            hide.playFromStart();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    public String text() {
        return isVisible() ? text.getText() : "";
    }

    private void hideNow() {
        setVisible(false);
        setManaged(false);
    }
}
