package app.nudge.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: an empty JavaFX window of Nudge's size, started the
 * same way (same JVM, options and class path, a main class that is not the Application).
 * Prints FIRST_FRAME at its first frame, then its memory, then exits.
 */
public final class EmptyWindow extends Application {

    /** The main class: with JavaFX on the class path, java refuses an Application subclass as main. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Empty")), 1280, 800);
        FrameProbe.watchScene(scene, s -> true, Platform::exit);
        stage.setTitle("Empty");
        stage.setScene(scene);
        stage.show();
    }
}
