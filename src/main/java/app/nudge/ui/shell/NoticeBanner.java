package app.nudge.ui.shell;

import app.nudge.i18n.Texts;
import app.nudge.notify.Notifier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;

/**
 * The in-window notification: a bar that floats over the top of the window (it takes no room, so
 * nothing under the pointer moves when it comes) and goes away by itself after a while, or when
 * closed. Works on every platform, headless included.
 */
public final class NoticeBanner extends HBox implements Notifier {

    /** A bell drawn as a shape: a glyph would need a font that has it, and shows an empty box without. */
    private static final String BELL = "M8 1.5a1 1 0 0 1 1 1v.6a4.5 4.5 0 0 1 3.5 4.4v3l1.5 2v.8H2v-.8l1.5-2v-3A4.5 4.5 0 0 1 7 "
            + "3.1v-.6a1 1 0 0 1 1-1zM6.3 14.2h3.4a1.7 1.7 0 0 1-3.4 0z";

    private final Label text = new Label();
    private final PauseTransition hide = new PauseTransition(Duration.seconds(12));

    public NoticeBanner() {
        setId("notice");
        getStyleClass().add("notice");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxWidth(600);
        setMaxHeight(Region.USE_PREF_SIZE);
        text.setId("noticeText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        SVGPath bell = new SVGPath();
        bell.setContent(BELL);
        bell.getStyleClass().add("notice-bell");
        Button close = new Button("✕");
        close.getStyleClass().add("notice-close");
        close.setAccessibleText(Texts.t("shell.notice.close"));
        close.setOnAction(e -> hideNow());
        getChildren().addAll(bell, text, close);
        hide.setOnFinished(e -> hideNow());
        hideNow();
    }

    /** Safe from any thread. A bare "Nudge" title adds nothing inside Nudge's own window. */
    @Override
    public void notify(String title, String message) {
        String words = message.replace("\n", " · ");
        Runnable show = () -> {
            text.setText(title == null || title.isBlank() || title.equals("Nudge") ? words : title + " — " + words);
            setVisible(true);
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
    }
}
