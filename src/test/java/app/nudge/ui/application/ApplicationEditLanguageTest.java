package app.nudge.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.common.TwoComputersOnOneFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
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

/**
 * The message language in the "edit application" form, headless: the country's usual language is
 * preselected until the user chooses one, and an explicit choice is never overridden by the country.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ApplicationEditLanguageTest {

    /** The box lists "As in Settings" first, then these in this order: DE is one key press down. */
    private static final List<String> COUNTRIES = List.of("DE", "NL", "US"); // in name order in English and German alike

    @TempDir
    Path folder;

    private Stage stage;
    private Database db;
    private ApplicationRepository repository;
    private ApplicationService service;
    private final List<Application> saved = new ArrayList<>();

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.setScene(new Scene(new StackPane(), 720, 720));
        stage.show();
    }

    @AfterEach
    void close() {
        Texts.use(Language.EN);
        if (db != null) {
            db.close();
        }
    }

    private Application store(Application a) {
        db = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        repository = new ApplicationRepository(db);
        service = new ApplicationService(() -> repository, Runnable::run);
        repository.save(a);
        return repository.find(a.id()).orElseThrow();
    }

    private void open(FxRobot robot, Application a) {
        TwoComputersOnOneFile.show(robot, stage, ApplicationEditDialog.load(new ApplicationEditViewModel(service,
                Runnable::run, a), COUNTRIES, saved::add, () -> { }).root(), 720, 720);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ApplicationEditController.LanguageChoice> languageBox(FxRobot robot) {
        return robot.lookup("#appMessageLanguage").queryAs(ComboBox.class);
    }

    private static String languageShown(FxRobot robot) {
        return languageBox(robot).getValue().label();
    }

    /** Focuses the node and presses the keys, as a user moving through the form would. */
    private static void keys(FxRobot robot, String id, KeyCode... codes) {
        Node node = robot.lookup(id).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node.isFocused(), id + " has the keyboard");
        robot.type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(FxRobot robot) {
        int before = saved.size();
        // Fired, not clicked: a window another test left open may stand over the button.
        robot.interact(() -> robot.lookup("#appSave").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, saved.size(), robot.lookup("#appProblem").queryAs(Label.class).getText());
    }

    @Test
    void theCountrysLanguageIsPreselectedByDefaultAndKeptWhenSavedAndReopened(FxRobot robot) {
        Application acme = store(Application.of("acme", "Acme Corp", "Analyst"));
        open(robot, acme);
        assertEquals("Your language (English)", languageShown(robot), "nothing chosen: the user's");

        keys(robot, "#appCountry", KeyCode.DOWN);
        assertEquals("Germany (DE)", robot.lookup("#appCountry").queryComboBox().getValue().toString());
        assertEquals("Deutsch", languageShown(robot), "the language usual in Germany is offered");
        assertFalse(robot.lookup("#appLanguageOffer").query().isVisible(), "already chosen: no link besides");

        keys(robot, "#appCountry", KeyCode.DOWN);
        assertEquals("Nederlands", languageShown(robot), "still not the user's choice: it follows the country");
        keys(robot, "#appCountry", KeyCode.UP);
        save(robot);
        Application stored = repository.find("acme").orElseThrow();
        assertEquals("DE", stored.country());
        assertEquals(Optional.of(Language.DE), stored.messageLanguage());

        open(robot, stored);
        assertEquals("Deutsch", languageShown(robot), "reopened: kept");
        keys(robot, "#appCountry", KeyCode.DOWN, KeyCode.DOWN);
        assertEquals("Deutsch", languageShown(robot), "stored, so chosen: another country does not change it");
    }

    @Test
    void anExplicitChoiceStaysWhenTheCountryChangesAndTheCountrysLanguageIsOnlyOffered(FxRobot robot) {
        Application acme = store(Application.of("acme", "Acme Corp", "Analyst"));
        open(robot, acme);
        keys(robot, "#appMessageLanguage", KeyCode.DOWN);
        assertEquals("English", languageShown(robot), "picked explicitly");

        keys(robot, "#appCountry", KeyCode.DOWN);
        assertEquals("English", languageShown(robot), "the country never overrides a choice");
        Hyperlink offer = robot.lookup("#appLanguageOffer").queryAs(Hyperlink.class);
        assertTrue(offer.isVisible());
        assertEquals("Use German, as usual there", offer.getText());

        save(robot);
        Application stored = repository.find("acme").orElseThrow();
        assertEquals(Optional.of(Language.EN), stored.messageLanguage());

        open(robot, stored); // a save closes the dialog: the next change is made in a new one
        offer = robot.lookup("#appLanguageOffer").queryAs(Hyperlink.class);
        assertEquals("English", languageShown(robot));
        assertTrue(offer.isVisible(), "the country still offers its language");
        Hyperlink link = offer;
        robot.interact(link::fire);
        assertEquals("Deutsch", languageShown(robot), "taken when the user follows the offer");
        assertFalse(offer.isVisible());
        save(robot);
        assertEquals(Optional.of(Language.DE), repository.find("acme").orElseThrow().messageLanguage());
    }

    @Test
    void choosingTheUsersLanguageAgainStoresNoLanguage(FxRobot robot) {
        Application acme = store(Application.of("acme", "Acme Corp", "Analyst").withCountry("FR")
                .withMessageLanguage(Optional.of(Language.ES)));
        open(robot, acme);
        assertEquals("Español", languageShown(robot));
        assertEquals("Use French, as usual there", robot.lookup("#appLanguageOffer").queryAs(Hyperlink.class).getText());
        keys(robot, "#appMessageLanguage", KeyCode.UP, KeyCode.UP, KeyCode.UP, KeyCode.UP);
        assertEquals("Your language (English)", languageShown(robot));
        save(robot);
        assertEquals(Optional.empty(), repository.find("acme").orElseThrow().messageLanguage(),
                "the default is no code: it follows the user's language");
    }

    @Test
    void theFormSpeaksGermanAndFrench(FxRobot robot) {
        Application acme = store(Application.of("acme", "Acme Corp", "Analyst"));
        Texts.use(Language.DE);
        open(robot, acme);
        assertEquals("Ihre Sprache (Deutsch)", languageShown(robot));
        assertTrue(robot.lookup((Label l) -> "Sprache der Nachrichten (für die Entwürfe)".equals(l.getText())).tryQuery()
                .isPresent());
        assertEquals("Acme Corp – Analyst bearbeiten", robot.lookup("#title").queryAs(Label.class).getText());
        assertEquals("Änderungen speichern", robot.lookup("#appSave").queryButton().getText());
        assertEquals("Abbrechen", robot.lookup("#appCancel").queryButton().getText());
        keys(robot, "#appMessageLanguage", KeyCode.DOWN);
        assertEquals("English", languageShown(robot));
        keys(robot, "#appCountry", KeyCode.DOWN);
        assertEquals("Deutsch verwenden, wie dort üblich", robot.lookup("#appLanguageOffer").queryAs(Hyperlink.class).getText());

        Texts.use(Language.FR);
        open(robot, acme);
        assertEquals("Votre langue (Français)", languageShown(robot));
        assertEquals("Modifier Acme Corp – Analyst", robot.lookup("#title").queryAs(Label.class).getText());
        assertTrue(robot.lookup((Label l) -> "Aucun contact pour l’instant.".equals(l.getText())).tryQuery().isPresent());
    }
}
