package app.nudge.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.service.TemplateService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.ui.common.FxmlLoaderFactory;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The template editor in German (its window; the templates themselves are the compose package's). */
@ExtendWith(ApplicationExtension.class)
class TemplatesLanguageTest {

    @TempDir
    Path dir;

    private Database db;
    private TemplatesViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.use(Language.DE);
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        TemplateService service = new TemplateService(() -> new SettingsRepository(db), Runnable::run);
        viewModel = new TemplatesViewModel(service, Platform::runLater, () -> { });
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(TemplatesController.class,
                () -> new TemplatesController(viewModel, name -> false, () -> { })));
        stage.setScene(new Scene(views.load(TemplatesController.class).root(), 900, 640));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
        db.close();
    }

    private <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).match(n -> n.getScene() == stage.getScene()).queryAs(type);
    }

    @Test
    void theEditorSpeaksGerman(FxRobot robot) {
        new SettingsRepository(db).putAll(Map.of("template.FOLLOW_UP-after-date", "Subject: Meins\n\nText"));
        robot.interact(viewModel::load);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Nachrichtenvorlagen", node(robot, "#templatesTitle", Label.class).getText());
        assertEquals("Zurücksetzen", node(robot, "#resetTemplate", Button.class).getText());
        assertEquals("Schließen", node(robot, "#closeTemplates", Button.class).getText());
        assertEquals("Speichern", node(robot, "#saveTemplate", Button.class).getText());
        assertEquals("Dankesnachricht", node(robot, "#templateName", Label.class).getText());
        String help = node(robot, "#placeholderHelp", Label.class).getText();
        assertTrue(help.startsWith("Platzhalter: {") && help.contains("{?name}"), help);
        assertEquals("Nachfrage – nach dem zugesagten Termin · bearbeitet", viewModel.label("FOLLOW_UP-after-date"));
        assertEquals("Gesprächsleitfaden – Nachfrage", viewModel.label("FOLLOW_UP-call-script"));
    }

    @Test
    void namesInFrenchSpanishAndDutch() {
        Texts.use(Language.FR);
        assertEquals("Script d’appel — relance", TemplateNames.of("FOLLOW_UP-call-script"));
        assertEquals("Réponse à une offre — demander un délai", TemplateNames.of("REPLY_TO_OFFER-time"));
        Texts.use(Language.ES);
        assertEquals("Mensaje de voz — retomar el contacto", TemplateNames.of("CHECK_BACK-voicemail"));
        Texts.use(Language.NL);
        assertEquals("Bedankje", TemplateNames.of("THANK_YOU"));
        assertEquals("SOMETHING_NEW-x", TemplateNames.of("SOMETHING_NEW-x"), "an unknown id as it is");
    }
}
