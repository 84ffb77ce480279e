package app.nudge.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.service.ApplicationService;
import app.nudge.ui.common.FxmlLoaderFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board speaks the language chosen: German and French words in the toolbar, the column heads
 * (stage names by enum name, the policy keeps its English titles), the cards, badges with dates the
 * language's way, the status line and the window title. No store: the cards are handed over built.
 */
@ExtendWith(ApplicationExtension.class)
class BoardLanguagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private Stage stage;
    private BoardViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
        Platform.runLater(() -> stage.titleProperty().unbind()); // the primary stage is shared between test classes
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The board pane in the language of the moment, showing one application with a thank-you due today. */
    private void showBoard(FxRobot robot, Status status, LocalDate earliest) {
        ApplicationService none = new ApplicationService(() -> {
            throw new IllegalStateException("no store in this test");
        }, Runnable::run);
        robot.interact(() -> {
            viewModel = new BoardViewModel(none, Runnable::run, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
                    ZoneOffset.UTC));
            Parent root = new FxmlLoaderFactory(Map.of(BoardController.class, () -> new BoardController(viewModel)))
                    .load(BoardController.class).root();
            Application acme = Application.of("acme", "Acme", "Analyst").withInterviews(List.of(new InterviewRound(
                    LocalDateTime.of(2026, 11, 30, 10, 0), null, "", List.of("Pat Lee"))));
            PlannedAction thanks = new PlannedAction("acme", "Acme", "Analyst", ActionType.THANK_YOU, Channel.EMAIL,
                    new Contact("Pat Lee", "pat@acme.example", "", "", true), earliest, earliest, status, "R4", "reason");
            stage.setScene(new Scene(root, 1024, 640));
            stage.titleProperty().bind(viewModel.titleProperty());
            stage.show();
            viewModel.show(BoardCards.of(List.of(acme), Map.of("acme", thanks), TODAY));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void theBoardSpeaksGerman(FxRobot robot) {
        Texts.use(Language.DE);
        showBoard(robot, Status.DUE, TODAY);

        assertEquals("+ Gespräch erfassen", text(robot, "#logInterview"));
        assertEquals("Einstellungen", text(robot, "#settings"));
        assertEquals("Jetzt fällig (1)", text(robot, "#dueOnly"));
        assertEquals("Suchen", robot.lookup("#search").queryAs(TextField.class).getPromptText());
        assertEquals("Bewerbungen nach Firma oder Stelle durchsuchen",
                robot.lookup("#search").queryAs(TextField.class).getAccessibleText());
        assertEquals("1 Bewerbung, 1 jetzt zu erledigen", text(robot, "#status"));
        assertTrue(texts(robot, ".column-title").contains("Dank offen  1"), texts(robot, ".column-title").toString());
        assertTrue(texts(robot, ".column-title").contains("Noch kein Gespräch  0"));
        assertTrue(texts(robot, ".card-next").contains("Dank an Pat senden"), texts(robot, ".card-next").toString());
        assertTrue(texts(robot, ".badge").contains("● heute fällig"), texts(robot, ".badge").toString());
        assertEquals("Nudge – 1 fällig", stage.getTitle());
    }

    @Test
    void theBoardSpeaksFrenchWithFrenchDates(FxRobot robot) {
        Texts.use(Language.FR);
        showBoard(robot, Status.UPCOMING, LocalDate.of(2026, 12, 3));

        assertEquals("+ Noter un entretien", text(robot, "#logInterview"));
        assertEquals("À faire (0)", text(robot, "#dueOnly"));
        assertEquals("1 candidature, 0 à traiter maintenant", text(robot, "#status"));
        assertTrue(texts(robot, ".column-title").contains("Remerciement à envoyer  1"), texts(robot, ".column-title").toString());
        String day = Texts.current().date("format.day", LocalDate.of(2026, 12, 3)); // "jeu. 3 déc."
        assertTrue(day.startsWith("jeu"), day);
        assertTrue(texts(robot, ".badge").contains("◷ à partir du " + day), texts(robot, ".badge").toString());
        assertEquals("Nudge", stage.getTitle());
    }

    @Test
    void everyStageAndEveryActionHasWordsInEveryLanguage() {
        for (Language language : Language.values()) {
            Texts.use(language);
            for (PipelineStage s : PipelineStage.values()) {
                assertTrue(Texts.current().has("board.stage." + s.name()), language + " " + s);
            }
            for (ActionType type : ActionType.values()) {
                for (Channel channel : Channel.values()) {
                    PlannedAction a = new PlannedAction("x", "Acme", "Analyst", type, channel, null, TODAY, TODAY,
                            Status.DUE, "R", "reason");
                    assertTrue(!ActionTexts.describe(a).contains("{"), language + " " + type + " " + channel);
                }
            }
        }
    }

    @Test
    void theServerLineSpeaksSpanish() {
        Texts.use(Language.ES);
        ServerStatusLine line = new ServerStatusLine();
        line.away("db.example.org", LocalTime.of(9, 30));
        assertEquals("No se puede acceder al servidor db.example.org: se muestra el plan de las 09:30, solo lectura."
                + " Reintentando…", line.text());
        line.awayShowingCopy("db.example.org", LocalDateTime.of(2026, 12, 1, 9, 30));
        String day = Texts.current().date("format.dayYear", LocalDate.of(2026, 12, 1));
        assertTrue(day.startsWith("mar"), day);
        assertTrue(line.text().contains("el plan del " + day + " a las 09:30, solo lectura"), line.text());
    }
}
