package app.nudge.ui.replies;

import app.nudge.domain.Application;
import java.util.function.Consumer;
import javafx.stage.Window;

/** Opens the app's new-application form pre-filled with a company; gives back what was saved. */
@FunctionalInterface
public interface NewApplicationForm {

    void open(Window owner, String company, Consumer<Application> saved);
}
