package app.nudge.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;

/** A pane's line shown in the error colours (both themes) while it says something failed. */
public final class ProblemStyle {

    private ProblemStyle() {
    }

    /** Keeps {@code line}'s "error" style class in step with {@code problem}. */
    public static void follow(Label line, ObservableBooleanValue problem) {
        follow(line, problem, () -> { });
    }

    /** Keeps {@code line}'s "error" style class in step with {@code problem}; {@code onProblem} runs each time one is shown. */
    public static void follow(Label line, ObservableBooleanValue problem, Runnable onProblem) {
        problem.addListener((o, was, now) -> {
            line.getStyleClass().remove("error");
            if (now) {
                line.getStyleClass().add("error");
                onProblem.run();
            }
        });
    }
}
