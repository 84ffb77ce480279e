package app.nudge.ui.common;

import app.nudge.domain.Application;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The set-up of the "changed on another computer meanwhile" form tests: one H2 file (it cannot be
 * opened twice) with two services, each with its own repository that reads and writes on its own,
 * as two desktops on one server schema do; {@code here} holds the form, {@code there} changes the
 * record under it.
 */
public final class TwoComputersOnOneFile implements AutoCloseable {

    public final Database database;
    public final ApplicationService here;
    public final ApplicationService there;

    private TwoComputersOnOneFile(Database database) {
        this.database = database;
        this.here = new ApplicationService(() -> new ApplicationRepository(database), Runnable::run);
        this.there = new ApplicationService(() -> new ApplicationRepository(database), Runnable::run);
    }

    public static TwoComputersOnOneFile open(Path folder) {
        return new TwoComputersOnOneFile(TempDatabase.open(folder));
    }

    /** The record as stored now (read by a third repository: neither computer's view). */
    public Application stored(String id) {
        return new ApplicationRepository(database).find(id).orElseThrow();
    }

    /** Shows a form in {@code stage}, themed and focused, and waits until it is. */
    public static void show(FxRobot robot, Stage stage, Parent form, double width, double height) {
        robot.interact(() -> {
            Scene scene = new Scene(form, width, height);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.requestFocus(); // headless stages take focus only when asked (TestFX issue 749)
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        database.close();
    }
}
