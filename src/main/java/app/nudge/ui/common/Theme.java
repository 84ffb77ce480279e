package app.nudge.ui.common;

import javafx.scene.Scene;

/** The app's one style sheet. */
public final class Theme {

    private Theme() {
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("nudge.css").toExternalForm());
    }
}
