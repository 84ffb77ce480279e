package app.nudge.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.schedule.PlanSnapshot;
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
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real drag with the mouse, card to the Offer column. Drag and drop freezes under headless
 * Monocle (TestFX issue 33), so this runs only with a display:
 * {@code xvfb-run mvn test -Ddisplay.tests -Dtest=BoardDragTest}. The headless tests cover the same
 * move through {@link BoardController#requestMove}, which the drop calls.
 */
@Tag("display")
@ExtendWith(ApplicationExtension.class)
class BoardDragTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database database;

    @Start
    void start(Stage stage) {
        database = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        Application acme = Application.of("acme", "Acme Corp", "Analyst").withInterviews(List.of(
                new InterviewRound(LocalDateTime.of(2026, 11, 16, 10, 0), null, "", List.of())));
        new ApplicationRepository(database).save(acme);
        ApplicationService service = new ApplicationService(() -> new ApplicationRepository(database), Runnable::run);
        BoardViewModel viewModel = new BoardViewModel(service, Platform::runLater,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(BoardController.class, () -> new BoardController(viewModel)));
        Scene scene = new Scene(views.load(BoardController.class).root(), 1100, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        viewModel.showSnapshot(new PlanSnapshot(TODAY, List.of(acme), List.of(new PlannedAction("acme", "Acme Corp",
                "Analyst", ActionType.FOLLOW_UP, Channel.EMAIL, null, TODAY, TODAY, Status.DUE, "R8", ""))));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void draggingACardToOfferRecordsTheOffer(FxRobot robot) {
        robot.drag("#column-" + PipelineStage.WAITING.name() + " .card").dropTo("#column-" + PipelineStage.OFFER.name());
        WaitForAsyncUtils.waitForFxEvents();
        List<app.nudge.domain.Event> events = new ApplicationRepository(database).find("acme").orElseThrow().events();
        assertEquals(EventType.OFFER_RECEIVED, events.get(events.size() - 1).type());
    }
}
