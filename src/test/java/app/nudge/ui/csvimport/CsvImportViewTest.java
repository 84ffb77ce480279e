package app.nudge.ui.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.interop.csv.CsvField;
import app.nudge.interop.csv.CsvImportResult;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    private final AtomicReference<CsvImportResult> imported = new AtomicReference<>();
    private final AtomicInteger replans = new AtomicInteger();

    @Start
    void start(Stage stage) {
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        // A synchronous "database thread" keeps the test deterministic; results still go through runLater.
        StoreCsvImports imports = new StoreCsvImports(() -> db, Runnable::run,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), replans::incrementAndGet);
        model = new CsvImportViewModel(imports, Platform::runLater, CsvImportDialog.askWithAlert(stage), imported::set);
        stage.setScene(new Scene(CsvImportView.build(model, () -> Optional.ofNullable(chosen.get()), stage::close), 800, 640));
        stage.show();
        stage.requestFocus(); // headless stages take keys only when asked to (JavaFX 20+)
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
        assertEquals(0, stored(), "nothing before the user confirms");
        answerConfirmation(robot, ButtonBar.ButtonData.OK_DONE);
        assertEquals(5, stored());
        assertEquals(5, imported.get().created().size(), "the created ids are reported, for undo");
        assertTrue(imported.get().created().contains("hooli-support-engineer"));
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
        answerConfirmation(robot, ButtonBar.ButtonData.OK_DONE);
        assertTrue(new ApplicationRepository(db).find("acme-corp-business-analyst").isPresent());
    }

    /** The confirmation alert, or null when none is showing. */
    private static DialogPane confirmation(FxRobot robot) {
        return robot.lookup("#csv-confirm").tryQueryAs(DialogPane.class).orElse(null);
    }

    private static void answerConfirmation(FxRobot robot, ButtonBar.ButtonData answer) {
        DialogPane pane = confirmation(robot);
        assertTrue(pane != null, "the import asks first");
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == answer).findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(type));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void enterAfterChoosingAColumnWithTheKeyboardImportsNothing(FxRobot robot) throws IOException {
        choose(robot, "plain.csv");
        @SuppressWarnings("unchecked")
        ComboBox<String> notes = robot.lookup("#csv-map-notes").queryAs(ComboBox.class);
        assertEquals("Notes", notes.getValue());
        robot.interact(notes::requestFocus);
        robot.push(KeyCode.F4); // opens the list, as Alt+Down does
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER); // picks the next column and closes the list
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("URL", notes.getValue(), "the keyboard chose a column");
        robot.push(KeyCode.ENTER); // Enter again, the list closed: still only the mapping has focus
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(null, confirmation(robot), "Enter in the mapping does not start an import");
        assertEquals(0, stored());
        assertEquals(null, imported.get());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void cancellingTheConfirmationImportsNothing(FxRobot robot) throws IOException {
        choose(robot, "huntr.csv");
        robot.clickOn("#csv-import");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = confirmation(robot);
        assertTrue(pane.getHeaderText().startsWith("Import 5 applications from huntr.csv?"), pane.getHeaderText());

        answerConfirmation(robot, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertEquals(0, stored());
        assertEquals(null, imported.get());
        assertFalse(robot.lookup("#csv-import").queryAs(Button.class).isDisabled(), "the user may still import");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void importingOverStoredDataTakesABackupFirstAndShowsReadableOutcomes(FxRobot robot) throws IOException {
        new ApplicationRepository(db).save(app.nudge.domain.Application.of("kept", "Kept Co", "Analyst"));
        choose(robot, "teal.csv");
        @SuppressWarnings("unchecked")
        TableView<app.nudge.interop.csv.ImportedRow> table = robot.lookup("#csv-preview").queryAs(TableView.class);
        String globex = String.valueOf(table.getColumns().get(5).getCellData(1));
        assertEquals("Rejected", globex, "readable words, not REJECTION_RECEIVED");

        robot.clickOn("#csv-import");
        WaitForAsyncUtils.waitForFxEvents();
        answerConfirmation(robot, ButtonBar.ButtonData.OK_DONE);
        assertEquals(6, stored());
        assertTrue(imported.get().backup().isPresent(), "a backup before the import");
        assertTrue(Files.isRegularFile(imported.get().backup().get()));
        assertTrue(robot.lookup("#csv-summary").queryAs(Label.class).getText().contains("backed up"));
    }
}
