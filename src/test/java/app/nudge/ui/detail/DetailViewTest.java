package app.nudge.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
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
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Recording, correcting and taking back events from the detail pane, headless. */
@ExtendWith(ApplicationExtension.class)
class DetailViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database database;
    private ApplicationRepository repository;
    private DetailViewModel viewModel;
    private final FakePrompts prompts = new FakePrompts();

    /** Answers the questions the dialogs would ask. */
    static final class FakePrompts implements Prompts {
        LocalDate date = TODAY.plusDays(10);
        Optional<LocalDate> newDecision = Optional.empty();
        Event edited;
        LocalDate suggested;
        String question;

        @Override
        public Optional<LocalDate> date(String title, String question, LocalDate suggested) {
            this.suggested = suggested;
            this.question = question;
            return Optional.of(date);
        }

        @Override
        public Optional<Optional<LocalDate>> reply(LocalDate suggested) {
            return Optional.of(newDecision);
        }

        @Override
        public Optional<Event> edit(Event event) {
            return Optional.ofNullable(edited);
        }

        @Override
        public boolean confirm(String title, String question) {
            return true;
        }
    }

    @Start
    void start(Stage stage) {
        database = Database.openOrCreate(new DatabasePath(folder.resolve("nudge")));
        repository = new ApplicationRepository(database);
        Application acme = Application.of("acme", "Acme Corp", "Business Analyst")
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0),
                        LocalDate.of(2026, 11, 20), "billing", List.of("Pat Lee"))));
        repository.save(acme);
        ApplicationService service = new ApplicationService(() -> repository, Runnable::run);
        viewModel = new DetailViewModel(service, Runnable::run, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(DetailController.class, () -> new DetailController(viewModel, () -> prompts)));
        Scene scene = new Scene(views.load(DetailController.class).root(), 420, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        viewModel.applicationProperty().set(acme);
        viewModel.nextProperty().set(new PlannedAction("acme", "Acme Corp", "Business Analyst", ActionType.THANK_YOU,
                Channel.EMAIL, null, TODAY, TODAY, Status.DUE, "R4", "reason"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<Event> stored() {
        return repository.find("acme").orElseThrow().events();
    }

    @Test
    void oneClickRecordsTheEventForTodayAndUndoTakesItBack(FxRobot robot) {
        robot.clickOn("#thankYouSent");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Event.of(EventType.THANK_YOU_SENT, TODAY)), stored());
        assertEquals("Thank-you note sent", viewModel.timelineProperty().get(0).text());

        robot.clickOn("#followUpPhone");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Event.followUp(TODAY, Channel.PHONE), stored().get(1));

        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Event.of(EventType.THANK_YOU_SENT, TODAY)), stored());
    }

    @Test
    void repliesCheckBacksSkipsAndSnoozesAskForWhatTheyNeed(FxRobot robot) {
        prompts.newDecision = Optional.of(LocalDate.of(2026, 12, 4));
        robot.clickOn("#replied");
        prompts.date = LocalDate.of(2026, 12, 1);
        robot.clickOn("#checkBack");
        robot.clickOn("#skip");
        prompts.date = LocalDate.of(2026, 11, 30);
        robot.clickOn("#snooze");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Event.reply(TODAY, LocalDate.of(2026, 12, 4)),
                Event.checkBack(TODAY, LocalDate.of(2026, 12, 1)),
                Event.skipped(TODAY, ActionType.THANK_YOU),
                Event.snoozed(TODAY, LocalDate.of(2026, 11, 30))), stored());
    }

    @Test
    void anEventCanBeCorrectedOrDeletedFromTheTimeline(FxRobot robot) {
        robot.clickOn("#thankYouSent");
        robot.clickOn("#voicemail");
        WaitForAsyncUtils.waitForFxEvents();
        prompts.edited = Event.of(EventType.THANK_YOU_SENT, TODAY.minusDays(6)).withNote("sent from my phone");
        robot.interact(() -> viewModel.replaceEvent(0, prompts.edited));
        assertEquals(prompts.edited, stored().get(0));
        robot.interact(() -> viewModel.deleteEvent(1));
        assertEquals(List.of(prompts.edited), stored());
    }

    @Test
    void aBadCorrectionIsRefusedWithAMessageAndNothingChanges(FxRobot robot) {
        robot.clickOn("#thankYouSent");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.replaceEvent(0, Event.checkBack(TODAY, TODAY.minusDays(3))));
        assertTrue(viewModel.messageProperty().get().contains("checkBackOn"), viewModel.messageProperty().get());
        assertEquals(List.of(Event.of(EventType.THANK_YOU_SENT, TODAY)), stored());
    }

    @Test
    void deletingTheApplicationRemovesIt(FxRobot robot) {
        robot.clickOn("#deleteApplication");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(repository.find("acme").orElse(null));
    }

    @Test
    void undoAfterDeletingAnOlderEventBringsBackThatEventNotTheNewest(FxRobot robot) {
        robot.clickOn("#thankYouSent");
        robot.clickOn("#followUpEmail");
        robot.clickOn("#voicemail");
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> all = stored();
        robot.interact(() -> viewModel.deleteEvent(1));
        assertEquals(List.of(all.get(0), all.get(2)), stored());
        assertEquals("Undo: delete 'Follow-up sent'", robot.lookup("#undo").queryButton().getText());

        robot.clickOn("#undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, stored());
        assertEquals("Undone: delete 'Follow-up sent' (Acme Corp).", viewModel.messageProperty().get());
        assertEquals("Undo: record 'Voicemail left'", robot.lookup("#undo").queryButton().getText());
        robot.clickOn("#redo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(all.get(0), all.get(2)), stored());
    }

    @Test
    void snoozeSuggestsADayAfterTheActionsOwnStartAndSaysWhenItIsPlanned(FxRobot robot) {
        robot.interact(() -> viewModel.nextProperty().set(new PlannedAction("acme", "Acme Corp", "Business Analyst",
                ActionType.FOLLOW_UP, Channel.EMAIL, null, TODAY.plusDays(7), TODAY.plusDays(9), Status.UPCOMING, "R7", "")));
        prompts.date = TODAY.plusDays(8);
        robot.clickOn("#snooze");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TODAY.plusDays(8), prompts.suggested, "three days on would be before the start: the day after it");
        assertTrue(prompts.question.contains("between Mon 30 Nov and Wed 2 Dec"), prompts.question);
        assertEquals(List.of(Event.snoozed(TODAY, TODAY.plusDays(8))), stored());

        robot.interact(() -> viewModel.nextProperty().set(new PlannedAction("acme", "Acme Corp", "Business Analyst",
                ActionType.FOLLOW_UP, Channel.EMAIL, null, TODAY, TODAY.plusDays(2), Status.DUE, "R7", "")));
        robot.clickOn("#snooze");
        assertEquals(TODAY.plusDays(3), prompts.suggested, "already due: three days on");
    }

    @Test
    void aSnoozeThatMovesNothingSaysSo(FxRobot robot) {
        robot.interact(() -> viewModel.nextProperty().set(new PlannedAction("acme", "Acme Corp", "Business Analyst",
                ActionType.FOLLOW_UP, Channel.EMAIL, null, TODAY.plusDays(7), TODAY.plusDays(9), Status.UPCOMING, "R7", "")));
        prompts.date = TODAY.plusDays(2);
        robot.clickOn("#snooze");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.messageProperty().get().contains("nothing moved"), viewModel.messageProperty().get());
    }

    @Test
    void anotherApplicationClearsTheStatusLineButTheSameOneReloadedKeepsIt(FxRobot robot) {
        robot.clickOn("#rejection");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("They said no — recorded.", viewModel.messageProperty().get());
        robot.interact(() -> viewModel.applicationProperty().set(repository.find("acme").orElseThrow()));
        assertEquals("They said no — recorded.", viewModel.messageProperty().get(), "the same card after a re-plan");
        robot.interact(() -> viewModel.applicationProperty().set(Application.of("globex", "Globex", "PM")));
        assertEquals("", viewModel.messageProperty().get());
    }
}
