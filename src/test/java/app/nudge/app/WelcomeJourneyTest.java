package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.InterviewRound;
import app.nudge.settings.UserSettings;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
 * The first start as a new user meets it, on the real wiring with an empty database: the welcome
 * shows over the main window, asks for the name, and never comes back once finished or skipped.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WelcomeJourneyTest {

    static final String TITLE = "Welcome to Nudge";

    @TempDir
    Path folder;

    private JourneyApp app;
    private Database database;
    private Wiring wiring;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = JourneyApp.on(stage, folder).locale(Locale.GERMANY).start(); // no settings yet: a first run
        database = app.database;
        wiring = app.wiring;
        wiring.welcomeOnFirstRun(); // as the app does once the database is open
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    private static Optional<Stage> welcome() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && TITLE.equals(s.getTitle()) && s.isShowing())
                .map(Stage.class::cast).findFirst();
    }

    private Stage waitForWelcome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> welcome().isPresent());
        Stage shown = welcome().orElseThrow();
        robot.interact(shown::requestFocus); // headless stages take no focus by themselves (TestFX issue 749)
        return shown;
    }

    private UserSettings stored() {
        return new SettingsRepository(database).settings();
    }

    @Test
    void theNameTypedInTheWelcomeSignsTheNextDraft(FxRobot robot) throws Exception {
        Stage shown = waitForWelcome(robot);
        assertEquals(stage, shown.getOwner(), "over the main window");
        assertEquals("Automatic (Germany)", robot.lookup("#welcomeCountry").queryAs(ComboBox.class).getValue().toString());
        assertTrue(robot.lookup("#welcomeName").queryAs(TextField.class).isFocused(), "the caret waits in the name field");

        robot.clickOn("#welcomeName").write("Jane Doe");
        assertEquals("Jane Doe", robot.lookup("#welcomeName").queryAs(TextField.class).getText());
        robot.interact(() -> robot.lookup("#welcomeCountry").query().requestFocus());
        robot.write("Ger");
        assertEquals("Germany (DE)", robot.lookup("#welcomeCountry").queryAs(ComboBox.class).getValue().toString());
        robot.clickOn("#welcomeName").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shown.isShowing(), "Enter finishes the welcome");
        UserSettings after = stored();
        assertEquals("Jane Doe", after.yourName());
        assertEquals("DE", after.country());
        assertTrue(after.welcomeDone());

        Application acme = Application.of("acme", "Acme Corp", "Business Analyst")
                .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 23, 10, 0), null, "", List.of("Pat Lee"))));
        robot.interact(() -> {
            wiring.applications().save(acme);
            wiring.board().selectedIdProperty().set("acme");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#body").queryAll().isEmpty()
                && !robot.lookup("#body").queryAs(TextArea.class).getText().isBlank());
        String body = robot.lookup("#body").queryAs(TextArea.class).getText();
        assertTrue(body.strip().endsWith("Best regards,\nJane Doe"), body);

        robot.interact(wiring::welcomeOnFirstRun); // the next start
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(welcome().isEmpty(), "the welcome does not come back");
    }

    @Test
    void skipStoresOnlyThatItWasSeenAndItDoesNotComeBack(FxRobot robot) throws Exception {
        Stage shown = waitForWelcome(robot);
        robot.clickOn("#welcomeName").write("Jane");
        robot.clickOn("#welcomeSkip");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shown.isShowing());
        UserSettings after = stored();
        assertTrue(after.welcomeDone());
        assertEquals("", after.yourName(), "Skip keeps nothing typed");

        robot.interact(wiring::welcomeOnFirstRun);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(welcome().isEmpty());
    }

    @Test
    void closingTheWindowCountsAsSkip(FxRobot robot) throws Exception {
        Stage shown = waitForWelcome(robot);
        robot.interact(() -> shown.fireEvent(new WindowEvent(shown, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shown.isShowing());
        assertTrue(stored().welcomeDone());
    }

    @Test
    void escapeSkipsToo(FxRobot robot) throws Exception {
        Stage shown = waitForWelcome(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shown.isShowing());
        assertTrue(stored().welcomeDone());
    }
}
