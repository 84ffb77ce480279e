package app.nudge.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
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

/** The detail pane in French: its buttons, its timeline's lines and dates, and what it says after a click. */
@ExtendWith(ApplicationExtension.class)
class DetailInFrenchTest {

    private static final LocalDate TODAY = DetailViewTest.TODAY; // Mon 23 Nov 2026
    /** French puts a no-break space before a colon. */
    private static final String COLON = "\u00a0:";

    @TempDir
    Path folder;

    private Database database;
    private DetailViewModel viewModel;
    private final DetailViewTest.FakePrompts prompts = new DetailViewTest.FakePrompts();

    @Start
    void start(Stage stage) {
        Texts.use(Language.FR);
        database = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        ApplicationRepository repository = new ApplicationRepository(database);
        Application acme = Application.of("acme", "Acme Corp", "Business Analyst")
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0),
                        LocalDate.of(2026, 11, 20), "billing", List.of("Pat Lee"))));
        repository.save(acme);
        ApplicationService service = new ApplicationService(() -> repository, Runnable::run);
        viewModel = new DetailViewModel(service, Runnable::run,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(DetailController.class,
                () -> new DetailController(viewModel, () -> prompts)));
        Scene scene = new Scene(views.load(DetailController.class).root(), 420, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        viewModel.applicationProperty().set(acme);
        viewModel.nextProperty().set(new PlannedAction("acme", "Acme Corp", "Business Analyst", ActionType.FOLLOW_UP,
                Channel.EMAIL, null, TODAY.plusDays(7), TODAY.plusDays(9), Status.UPCOMING, "R7", ""));
    }

    @AfterEach
    void back() {
        Texts.use(Language.EN);
        database.close();
    }

    @Test
    void buttonsAndTimelineSpeakFrench(FxRobot robot) {
        assertEquals("Remerciement envoyé", robot.lookup("#thankYouSent").queryButton().getText());
        assertEquals("Reporter…", robot.lookup("#snooze").queryButton().getText());
        assertEquals("Supprimer la candidature", robot.lookup("#deleteApplication").queryButton().getText());
        assertEquals("Annuler", robot.lookup("#undo").queryButton().getText());
        assertEquals("HISTORIQUE", robot.lookup("#timelineTitle").queryAs(Label.class).getText());

        TimelineEntry round = viewModel.timelineProperty().get(0);
        assertEquals("lun. 16 nov. 2026", round.dateText());
        assertEquals("Entretien avec Pat Lee (fini à 15:00)", round.text());
        assertEquals("décision attendue d’ici le ven. 20 nov. 2026 · sujet abordé" + COLON + " billing", round.detail());

        robot.clickOn("#rejection");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Refus reçu — noté.", viewModel.messageProperty().get());
        TimelineEntry rejection = viewModel.timelineProperty().get(0);
        assertEquals("lun. 23 nov. 2026", rejection.dateText());
        assertEquals("Refus reçu", rejection.text());
        assertTrue(robot.lookup("#undo").queryButton().getText().startsWith("Annuler" + COLON + " "),
                robot.lookup("#undo").queryButton().getText());

        robot.clickOn("#skip");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ignoré" + COLON + " relance", viewModel.timelineProperty().get(0).text());
    }

    @Test
    void snoozeAsksInFrenchWithFrenchDates(FxRobot robot) {
        prompts.date = TODAY.plusDays(8);
        robot.clickOn("#snooze");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(prompts.question.startsWith("Prévu entre le lun. 30 nov. et le mer. 2 déc."), prompts.question);
        assertTrue(prompts.question.endsWith("Me le rappeler à partir du" + COLON), prompts.question);
        assertEquals("Reporté au mar. 1 déc.", viewModel.messageProperty().get());
    }
}
