package app.nudge.ui.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.interop.csv.StoreCsvImports;
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
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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

/** The import dialog in German, and its counted lines in French and Spanish. */
@ExtendWith(ApplicationExtension.class)
class CsvImportLanguageTest {

    @TempDir
    Path dir;

    private Database db;
    private CsvImportViewModel model;
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private final AtomicReference<String> asked = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Texts.use(Language.DE);
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        StoreCsvImports imports = new StoreCsvImports(() -> db, Runnable::run,
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), () -> { });
        model = new CsvImportViewModel(imports, Platform::runLater, (question, detail) -> {
            asked.set(question + " | " + detail);
            return false;
        }, result -> { });
        stage.setScene(new Scene(CsvImportView.build(model, () -> Optional.ofNullable(chosen.get()), stage::close), 800, 640));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
        db.close();
    }

    @Test
    void theDialogSpeaksGerman(FxRobot robot) throws IOException {
        assertEquals("CSV-Datei wählen …", robot.lookup("#csv-choose").queryAs(Button.class).getText());
        assertEquals("Keine Datei gewählt", robot.lookup("#csv-file").queryAs(Label.class).getText());
        assertEquals("Schließen", robot.lookup("#csv-close").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#csv-summary").queryAs(Label.class).getText().startsWith("Wählen Sie eine CSV-Datei"));

        Path file = dir.resolve("huntr.csv");
        try (InputStream in = getClass().getResourceAsStream("/interop/huntr.csv")) {
            Files.copy(in, file);
        }
        chosen.set(file);
        robot.clickOn("#csv-choose");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("5 Zeilen in Ordnung, 0 fehlerhaft", robot.lookup("#csv-summary").queryAs(Label.class).getText());
        TableView<?> table = robot.lookup("#csv-preview").queryAs(TableView.class);
        assertEquals("Zeile, Firma, Stelle, Status (Tab.), Beworben, Wird zu, Ergebnis",
                String.join(", ", table.getColumns().stream().map(TableColumn::getText).toList()));
        TableColumn<?, ?> appliedColumn = table.getColumns().get(4);
        String applied = java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(i -> String.valueOf(appliedColumn.getCellData(i))).filter(s -> !s.isEmpty()).findFirst().orElse("");
        assertTrue(applied.matches("\\d{1,2}\\. \\S+ 20\\d\\d"), "a German date: " + applied);

        robot.clickOn("#csv-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5 Bewerbungen aus huntr.csv importieren? | 5 neu. Der jetzige Stand wird vorher gesichert.", asked.get());
    }

    @Test
    void countedLinesInFrenchAndSpanish() {
        Texts.use(Language.FR);
        assertEquals("Importer 1 candidature depuis a.csv\u202f?", // a narrow no-break space before "?"
                Texts.current().count("csvimport.question", 1, "file", "a.csv"));
        assertEquals("2 candidatures importées.", Texts.current().count("csvimport.imported", 2));
        Texts.use(Language.ES);
        assertEquals("¿Importar 3 candidaturas de b.csv?", Texts.current().count("csvimport.question", 3, "file", "b.csv"));
        assertEquals("Empresa", CsvImportView.fieldName(app.nudge.interop.csv.CsvField.COMPANY));
    }
}
