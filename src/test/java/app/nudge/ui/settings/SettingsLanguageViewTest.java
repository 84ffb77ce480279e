package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.service.SettingsService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.ui.common.FxmlLoaderFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings in German, and the language chosen with the keyboard and stored for the next start. */
@ExtendWith(ApplicationExtension.class)
class SettingsLanguageViewTest {

    @TempDir
    Path dir;

    private Database db;
    private SettingsRepository repository;
    private SettingsViewModel viewModel;
    private final AtomicInteger closed = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Texts.use(Language.DE);
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        repository = new SettingsRepository(db);
        SettingsService service = new SettingsService(() -> new SettingsRepository(db), Runnable::run);
        viewModel = new SettingsViewModel(service, List.of("DE", "FR", "AT"), "DE", Platform::runLater);
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(SettingsController.class,
                () -> new SettingsController(viewModel, theme -> { }, closed::incrementAndGet)));
        stage.setScene(new Scene(views.load(SettingsController.class).root(), 620, 720));
        stage.show();
        stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
        db.close();
    }

    private void load(FxRobot robot, Map<String, String> stored) {
        repository.putAll(stored);
        robot.interact(viewModel::load);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : node instanceof Button button ? button.getText()
                : node instanceof CheckBox box ? box.getText() : ((RadioButton) node).getText();
    }

    /** Scrolls the settings so the node is in view, for the keyboard and clicks. */
    private static void inView(FxRobot robot, String id) {
        ScrollPane scroll = robot.lookup(".settings-scroll").queryAs(ScrollPane.class);
        Node target = robot.lookup(id).query();
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (inContent.getMinY() - 24) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSettingsSpeakGerman(FxRobot robot) {
        load(robot, Map.of("yourName", "Erika", "theme", "dark"));

        assertEquals("Einstellungen", text(robot, "#settingsTitle"));
        assertEquals("Ihre Angaben", text(robot, "#youHeading"));
        assertEquals("Zeitpunkt der Nachfragen", text(robot, "#timingHeading"));
        assertEquals("Darstellung", text(robot, "#appearanceHeading"));
        assertEquals("Sprache", text(robot, "#languageLabel"));
        assertEquals("Die neue Sprache gilt ab dem nächsten Start, auch für die Entwürfe von Bewerbungen ohne eigene Nachrichtensprache.", text(robot, "#languageHint"));
        assertEquals("Geduldig", text(robot, "#presetPatient"));
        assertTrue(text(robot, "#presetStandardHint").contains("Werktage"), text(robot, "#presetStandardHint"));
        assertEquals("Keine Feiertage (nur Wochenenden)", text(robot, "#holidaysNone"));
        assertEquals("Speichern", text(robot, "#save"));
        assertEquals("Abbrechen", text(robot, "#cancel"));
        assertEquals("Erika Mustermann", robot.lookup("#yourName").queryAs(javafx.scene.control.TextField.class).getPromptText());

        ChoiceBox<?> theme = robot.lookup("#theme").queryAs(ChoiceBox.class);
        assertEquals("Dunkel", theme.getConverter().toString(cast(theme.getValue())));

        // Country names in the window's language, sorted by them: Deutschland, Frankreich, Österreich.
        @SuppressWarnings("unchecked")
        ComboBox<CountryChoice> country = robot.lookup("#country").queryAs(ComboBox.class);
        assertEquals(List.of("Automatisch (Deutschland)", "Deutschland (DE)", "Frankreich (FR)", "Österreich (AT)"),
                country.getItems().stream().map(CountryChoice::label).toList());

        robot.interact(() -> robot.lookup("#yourEmail").queryAs(javafx.scene.control.TextField.class).setText("erika@"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#yourEmailError").queryAs(Label.class).getText().startsWith("Das sieht nicht wie"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Test
    void aLanguageChosenWithTheKeyboardIsSavedForTheNextStart(FxRobot robot) {
        load(robot, Map.of("yourName", "Erika"));
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Language>> language = robot.lookup("#language").queryAs(ComboBox.class);
        assertEquals(Optional.empty(), language.getValue(), "nothing chosen: the system's");
        // The first entry names the language the system gives (English in the tests), then each by its own name.
        assertEquals(List.of("System (English)", "English", "Deutsch", "Français", "Español", "Nederlands"),
                language.getItems().stream().map(LanguageChoices::label).toList());
        assertEquals("System (English)", language.getButtonCell().getText());

        inView(robot, "#language");
        robot.interact(language::requestFocus);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN); // System → English → Deutsch → Français
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(Language.FR), language.getValue());
        assertEquals("Français", language.getButtonCell().getText());

        robot.interact(() -> robot.lookup("#save").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("fr", repository.all().get("language"));
        assertEquals(Optional.of(Language.FR), repository.settings().language());
        assertEquals("Erika", repository.settings().yourName(), "the other settings stay");
        assertEquals(1, closed.get(), "Save stores and closes");
        assertEquals(Language.DE, Texts.current().language(), "the window keeps its language until the next start");
    }

    @Test
    void aStoredChoiceShowsAndSystemCanBeChosenAgain(FxRobot robot) {
        load(robot, Map.of("language", "nl"));
        @SuppressWarnings("unchecked")
        ComboBox<Optional<Language>> language = robot.lookup("#language").queryAs(ComboBox.class);
        assertEquals(Optional.of(Language.NL), language.getValue());

        inView(robot, "#language");
        robot.interact(language::requestFocus);
        for (int i = 0; i < Language.values().length; i++) { // Nederlands is the last entry; System the first
            robot.type(KeyCode.UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), language.getValue());
        robot.interact(() -> robot.lookup("#save").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", repository.all().get("language"));
    }
}
