package app.nudge.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs a job once the scene's next frame is laid out, so what is on screen now shows first (the
 * board before the side pane, the window before the welcome). On the JavaFX thread.
 */
public final class AfterNextFrame {

    private AfterNextFrame() {
    }

    public static void run(Scene scene, Runnable job) {
        laidOut(scene, () -> Platform.runLater(job));
    }

    /** Runs {@code job} once, as the scene's next frame is laid out (before it is drawn). On the JavaFX thread. */
    public static void laidOut(Scene scene, Runnable job) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            job.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
