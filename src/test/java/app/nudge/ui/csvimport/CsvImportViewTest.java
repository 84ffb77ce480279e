package app.nudge.ui.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.interop.csv.CsvField;
import app.nudge.interop.csv.StoreCsvImports;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog, headless, against a real database: preview first, and all rows or none. */
@ExtendWith(ApplicationExtension.class)
class CsvImportViewTest {

    @TempDir
    Path dir;

    private Database db;
    private CsvImportViewModel model;
    /** What the (fake) file chooser answers next. */
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final AtomicInteger imported = new AtomicInteger(-1);
    private final AtomicInteger replans = new AtomicInteger();

    @Start
    void start(Stage stage) {
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        // A synchronous "database thread" keeps the test deterministic; results still go through runLater.
        StoreCsvImports imports = new StoreCsvImports(() -> db, Runnable::run,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), replans::incrementAndGet);
        model = new CsvImportViewModel(imports, Platform::runLater, imported::set);
        stage.setScene(new Scene(CsvImportView.build(model, () -> Optional.ofNullable(chosen.get()), stage::close), 800, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void choose(FxRobot robot, String sample) throws IOException {
        Path file = dir.resolve(sample);
        try (InputStream in = getClass().getResourceAsStream("/interop/" + sample)) {
            Files.copy(in, file);
        }
        chosen.set(file);
        robot.clickOn("#csv-choose");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int stored() {
        return new ApplicationRepository(db).count();
    }

    @Test
    void aGoodSheetShowsLayoutMappingAndRowsAndImportsOnClick(FxRobot robot) throws IOException {
        choose(robot, "huntr.csv");

        assertEquals("Recognised as: Huntr", robot.lookup("#csv-layout").queryAs(Label.class).getText());
        assertEquals("listName", robot.lookup("#csv-map-status").queryAs(ComboBox.class).getValue());
        assertEquals(5, robot.lookup("#csv-preview").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#csv-bad-rows").query().isVisible());
        assertEquals(0, stored(), "nothing is stored by a preview");

        robot.clickOn("#csv-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, stored());
        assertEquals(5, imported.get());
        assertEquals(1, replans.get(), "one re-plan for the whole import");
        assertTrue(robot.lookup("#csv-import").queryAs(Button.class).isDisabled(), "no second import of the same preview");
    }

    @Test
    void badRowsAreListedWithReasonsAndImportStaysDisabled(FxRobot robot) throws IOException {
        choose(robot, "plain-with-bad-rows.csv");

        ListView<?> bad = robot.lookup("#csv-bad-rows").queryAs(ListView.class);
        assertTrue(bad.isVisible());
        assertEquals("row 3: \"COMPANY\": required", bad.getItems().get(0).toString());
        assertEquals(2, bad.getItems().size());
        assertTrue(robot.lookup("#csv-import").queryAs(Button.class).isDisabled());
        assertEquals(0, stored());
    }

    @Test
    void choosingColumnsInTheMappingFixesASheetNoNameMatches(FxRobot robot) throws IOException {
        choose(robot, "odd-columns.csv");
        assertTrue(robot.lookup("#csv-error").queryAs(Label.class).getText().contains("no column for company and role"));
        assertTrue(robot.lookup("#csv-import").queryAs(Button.class).isDisabled());

        robot.interact(() -> model.remap(CsvField.COMPANY, "Firm"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> role = robot.lookup("#csv-map-role").queryAs(ComboBox.class);
        robot.interact(() -> role.setValue("Vacancy")); // as picking it in the combo box does
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("", robot.lookup("#csv-error").queryAs(Label.class).getText());
        assertEquals("Firm", robot.lookup("#csv-map-company").queryAs(ComboBox.class).getValue());
        assertFalse(robot.lookup("#csv-import").queryAs(Button.class).isDisabled());
        robot.clickOn("#csv-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(new ApplicationRepository(db).find("acme-corp-business-analyst").isPresent());
    }
}
