package app.nudge.ui.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.ReplyKind;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The review pane alone, headless: a reply that fits no application, and the fields each kind shows. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReplyReviewViewTest {

    @TempDir
    Path folder;

    private Database database;
    private ApplicationService service;
    private ReplyReviewViewModel review;
    private final List<String> calls = new ArrayList<>();

    @Start
    void start(Stage stage) {
        database = TempDatabase.open(folder);
        ApplicationRepository repository = new ApplicationRepository(database);
        service = new ApplicationService(() -> repository, Runnable::run);
        List<Application> all = List.of(RepliesViewModelTest.ACME, RepliesViewModelTest.GLOBEX);
        service.saveAll("seed", all).join();
        IncomingMessage message = new IncomingMessage("Hello", "talent@initech-labs.example", "Ann", null,
                "Thanks for applying. Unfortunately the role is filled.", Map.of(), IncomingMessage.Source.FILE);
        review = new ReplyReviewViewModel(new WaitingReply(new FakeProposer(RepliesViewModelTest.TODAY)
                .propose(message, all), "initech.eml"), all, service, Runnable::run);
        ReplyReviewController.Actions actions = new ReplyReviewController.Actions() {
            @Override
            public void accepted(WaitingReply reply, Application stored) {
                calls.add("accepted " + stored.id());
            }

            @Override
            public void dismissed(WaitingReply reply) {
                calls.add("dismissed");
            }

            @Override
            public void later(WaitingReply reply) {
                calls.add("later");
            }

            @Override
            public void startApplication(String company, Consumer<Application> created) {
                calls.add("new " + company);
                Application initech = Application.of("initech", company, "Engineer");
                service.save(initech).join();
                created.accept(initech);
            }
        };
        FxmlLoaderFactory.Loaded<ReplyReviewController> view = new FxmlLoaderFactory(Map.of(ReplyReviewController.class,
                () -> new ReplyReviewController(review, actions))).load(ReplyReviewController.class);
        Scene scene = new Scene(view.root(), 760, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aReplyThatFitsNothingOffersANewApplicationWithTheCompanyGuessedThenAccepts(FxRobot robot) {
        assertEquals("No application fits: pick one, or start a new application.",
                robot.lookup("#matchText").queryAs(Label.class).getText());
        assertEquals(List.of(RepliesViewModelTest.ACME, RepliesViewModelTest.GLOBEX),
                robot.lookup("#applicationChoice").queryAs(ComboBox.class).getItems());
        robot.clickOn("#acceptReply");
        assertEquals("Application: pick the application this reply is about.",
                robot.lookup("#reviewError").queryAs(Label.class).getText());
        assertTrue(calls.isEmpty(), "nothing accepted without an application");

        robot.clickOn("#newApplication");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("new Initech Labs", calls.get(0));
        assertEquals("initech", review.applicationProperty().get().id());
        robot.clickOn("#acceptReply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("accepted initech", calls.get(1));
    }

    @Test
    void eachKindShowsOnlyTheDateItRecords(FxRobot robot) {
        Label named = robot.lookup("#namedDateLabel").queryAs(Label.class);
        TextField time = robot.lookup("#roundTime").queryAs(TextField.class);
        assertEquals(ReplyKind.REJECTION_RECEIVED, review.kindProperty().get());
        assertFalse(named.isVisible());
        robot.interact(() -> review.kindProperty().set(ReplyKind.NEXT_ROUND));
        assertTrue(named.isVisible());
        assertEquals("Round on", named.getText());
        assertTrue(time.isVisible());
        robot.interact(() -> review.kindProperty().set(ReplyKind.CHECK_BACK_AGREED));
        assertEquals("Check back on", named.getText());
        assertFalse(time.isVisible());
        robot.clickOn("#laterReply");
        assertEquals(List.of("later"), calls);
        assertFalse(robot.lookup("#dismissReply").queryAs(Button.class).isDisabled());
    }
}
