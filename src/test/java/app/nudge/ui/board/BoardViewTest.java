package app.nudge.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.cli.Cli;
import app.nudge.cli.CliRunner;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, headless: an imported file shows up in the list. */
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {

    @TempDir
    static Path folder;

    private static Database database;
    private BoardViewModel viewModel;

    @Start
    void start(Stage stage) throws IOException {
        Path file = folder.resolve("rich.json");
        try (InputStream in = getClass().getResourceAsStream("/exchange/rich.json")) {
            Files.copy(in, file);
        }
        String db = folder.resolve("nudge").toString();
        assertEquals(Cli.OK, new CliRunner().run("import", file.toString(), "--db", db).exitCode());
        database = Database.openExisting(DatabasePath.of(db));
        // A synchronous "database thread" keeps the test deterministic; results still go through runLater.
        ApplicationService service = new ApplicationService(() -> new ApplicationRepository(database), Runnable::run);
        viewModel = new BoardViewModel(service, Platform::runLater);
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(BoardController.class, () -> new BoardController(viewModel)));
        Scene scene = new Scene(views.load(BoardController.class).root(), 1000, 600);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Nudge");
        stage.show();
    }

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void showsTheImportedApplications(FxRobot robot) {
        robot.interact(viewModel::reload);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#applications").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        assertTrue(robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Acme Corp".equals(cell.getText())), "a cell shows the company");
        assertTrue(robot.lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Mon 16 Nov 2026".equals(cell.getText())), "a cell shows the latest interview date");
        assertEquals("3 applications", robot.lookup("#status").queryAs(Labeled.class).getText());
    }
}
