package app.nudge.app;

import static app.nudge.app.JourneyApp.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
 * A start with data already there, as every start after the first: the side pane is built a frame
 * after the board's first cards, when the draft of the card selected at start (the most urgent) is
 * already made. Its warnings must show then, not only after they change: a trial saw a draft's
 * "no email address" and "your name is empty" gone after a restart, and stay gone.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ComposerAtStartJourneyTest {

    @TempDir
    Path folder;

    private JourneyApp app;

    @Start
    void start(Stage stage) {
        Application interviewed = Application.of("fresh", "Fresh Start Inc", "Analyst").withCountry("US")
                .withContacts(List.of(new Contact("Kim Lee", "", "", "", true)))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(TODAY, LocalTime.of(11, 0)),
                        LocalDate.of(2026, 11, 27), "", List.of("Kim Lee"))));
        app = JourneyApp.on(stage, folder).settings(Map.of(SettingsRepository.COUNTRY, "US"))
                .seed(db -> new ApplicationRepository(db).save(interviewed)).start();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void theDraftSelectedAtStartShowsItsWarnings(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents(); // the side pane comes a frame after the cards

        assertEquals("fresh", app.wiring.board().selectedIdProperty().get(), "the due card is selected at start");
        List<String> shown = robot.lookup("#warnings").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(shown.stream().anyMatch(t -> t.contains("no email address")), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.contains("Your name is empty")), shown.toString());
    }
}
