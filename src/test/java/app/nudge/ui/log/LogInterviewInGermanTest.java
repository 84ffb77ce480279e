package app.nudge.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The form speaks German when the window does: its labels, hints and problems, and the dates it
 * shows and reads are written the German way (3.12.2026, "4. Dezember"), on an English-US system.
 */
@ExtendWith(ApplicationExtension.class)
class LogInterviewInGermanTest {

    private static final Clock CLOCK = LogInterviewViewModelTest.clockAt(LogInterviewViewModelTest.NOW); // Mon 16 Nov 2026 15:05

    @TempDir
    Path folder;

    private Stage stage;
    private Database database;
    private ApplicationRepository repository;
    private ApplicationService service;

    @Start
    void start(Stage primary) {
        database = TempDatabase.open(folder);
        repository = new ApplicationRepository(database);
        service = new ApplicationService(() -> repository, Runnable::run);
        stage = primary;
        stage.setScene(new Scene(new StackPane(), 1024, 640));
        stage.show();
    }

    @AfterEach
    void back() {
        Texts.use(Language.EN);
        database.close();
    }

    private LogInterviewViewModel open(FxRobot robot) {
        Texts.use(Language.DE);
        LogInterviewViewModel vm = new LogInterviewViewModel(service, CLOCK, Runnable::run, Optional.empty(), List.of());
        FxmlLoaderFactory.Loaded<LogInterviewController> view = LogInterviewDialog.load(vm, saved -> { }, () -> { });
        robot.interact(() -> {
            Scene scene = new Scene(view.root(), 1024, 640);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.requestFocus();
            view.controller().focusFirstField();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return vm;
    }

    private static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    @Test
    void theFormIsInGermanAndTakesAGermanDate(FxRobot robot) {
        LogInterviewViewModel vm = open(robot);

        assertEquals("Gespräch erfassen", find(robot, "#title", Label.class).getText());
        assertEquals("Firma", find(robot, "#companyLabel", Label.class).getText());
        assertEquals("Stelle", find(robot, "#roleLabel", Label.class).getText());
        assertEquals("Endete am", find(robot, "#endedDateLabel", Label.class).getText());
        assertEquals("Genannter Entscheidungstermin", find(robot, "#decisionDateLabel", Label.class).getText());
        assertEquals("Gespräch speichern", find(robot, "#save", Button.class).getText());
        assertEquals("Abbrechen", find(robot, "#cancel", Button.class).getText());
        assertEquals("bis Freitag", find(robot, "#quickByFriday", Button.class).getText());
        assertEquals("Trägt Fr., 20. Nov. ein", find(robot, "#quickByFriday", Button.class).getTooltip().getText());
        assertEquals("Kontakt für Rückmeldungen", find(robot, ".interviewer-primary", CheckBox.class).getText());
        assertEquals("Name von Person 1", find(robot, ".interviewer-name", TextField.class).getAccessibleText());
        assertEquals("15:00", find(robot, "#endedTime", TextField.class).getText());
        DatePicker ended = find(robot, "#endedDate", DatePicker.class);
        assertEquals("16.11.2026", ended.getEditor().getText(), "shown the German way");

        robot.interact(() -> ended.getEditor().setText(""));
        robot.clickOn(ended.getEditor()).write("3.12.2026").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 12, 3), vm.endedDateProperty().get(), "day first, as Germans write it");
        assertEquals("03.12.2026", ended.getEditor().getText());

        DatePicker decision = find(robot, "#decisionDate", DatePicker.class);
        robot.clickOn(decision.getEditor()).write("4. Dezember").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 12, 4), vm.decisionDateProperty().get(), "a German month name");

        robot.interact(() -> find(robot, "#company", ComboBox.class).getEditor().setText(""));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Geben Sie die Firma ein.", find(robot, "#companyError", Label.class).getText());
        assertEquals("Das Gespräch kann nicht später als in einer Stunde enden; haken Sie „geplant“ an,"
                + " wenn die Runde noch bevorsteht.", find(robot, "#endedDateError", Label.class).getText());

        robot.interact(() -> {
            find(robot, "#company", ComboBox.class).getEditor().setText("Acme GmbH");
            find(robot, "#role", TextField.class).setText("Business Analyst");
            find(robot, "#scheduled", CheckBox.class).setSelected(true);
        });
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        Application stored = repository.find("acme-gmbh-business-analyst").orElseThrow();
        assertEquals(List.of(new InterviewRound(LocalDateTime.of(2026, 12, 3, 15, 0), LocalDate.of(2026, 12, 4), "",
                List.of())), stored.interviews());
    }

    @Test
    void aLaterRoundIsDescribedInGerman(FxRobot robot) {
        Texts.use(Language.DE);
        Application acme = LogInterviewViewModelTest.existingAcme();
        LogInterviewViewModel vm = new LogInterviewViewModel(service, CLOCK, Runnable::run, Optional.of(acme),
                List.of(acme));
        assertEquals("Weitere Runde hinzufügen", vm.titleProperty().get());
        assertEquals("Runde hinzufügen", vm.saveTextProperty().get());
        assertEquals(acme.company() + " – " + acme.role() + " · Runde " + (acme.interviews().size() + 1)
                + ". Frühere Runden und alles Erfasste bleiben, wie sie sind.", vm.subtitleProperty().get());
    }
}
