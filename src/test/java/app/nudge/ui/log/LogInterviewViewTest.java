package app.nudge.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.InterviewRound;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The form in a window, headless: typing, Enter, Esc, the quick dates and the messages beside the fields. */
@ExtendWith(ApplicationExtension.class)
class LogInterviewViewTest {

    private static final Clock CLOCK = LogInterviewViewModelTest.clockAt(LogInterviewViewModelTest.NOW); // Mon 16 Nov 2026 15:05

    @TempDir
    Path folder;

    private Stage stage;
    private Database database;
    private ApplicationRepository repository;
    private ApplicationService service;
    private final List<Application> savedCalls = new ArrayList<>();
    private final AtomicInteger cancelCalls = new AtomicInteger();

    @Start
    void start(Stage primary) {
        database = TempDatabase.open(folder);
        repository = new ApplicationRepository(database);
        // A synchronous "database thread"; results are applied directly, as the test runs the FX thread's events.
        service = new ApplicationService(() -> repository, Runnable::run);
        stage = primary;
        stage.setScene(new Scene(new StackPane(), 760, 800));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    private LogInterviewController open(FxRobot robot, Optional<Application> existing, List<Application> all) {
        LogInterviewViewModel vm = new LogInterviewViewModel(service, CLOCK, Runnable::run, existing, all);
        FxmlLoaderFactory.Loaded<LogInterviewController> view = LogInterviewDialog.load(vm, savedCalls::add,
                cancelCalls::incrementAndGet);
        robot.interact(() -> {
            Scene scene = new Scene(view.root(), 760, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.requestFocus(); // headless stages take focus only when asked (TestFX issue 749)
            view.controller().focusFirstField();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view.controller();
    }

    private static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private static String error(FxRobot robot, String id) {
        Label label = find(robot, "#" + id + "Error", Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private static void set(FxRobot robot, TextField field, String text) {
        robot.interact(() -> field.setText(text));
    }

    @Test
    void typingTheFormAndPressingEnterStoresTheInterview(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        assertTrue(find(robot, "#company", ComboBox.class).getEditor().isFocused(), "the caret starts at the company");

        robot.write("Acme Corp");
        robot.clickOn("#role").write("Business Analyst");
        robot.clickOn(".interviewer-name").write("Pat Lee");
        robot.clickOn(".interviewer-email").write("pat@acme.example");
        robot.clickOn(".interviewer-title").write("Hiring Manager");
        robot.clickOn("#addInterviewer").write("Sam Roe"); // the new line's name has the caret
        robot.clickOn("#quickByFriday");
        robot.interact(() -> {
            find(robot, "#mayCall", CheckBox.class).setSelected(true);
            find(robot, "#talkingPoint", TextField.class).setText("their move to event-driven billing");
            find(robot, "#talkingPoint", TextField.class).requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Application stored = repository.find("acme-corp-business-analyst").orElseThrow();
        assertEquals(List.of(stored), savedCalls);
        assertEquals(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 16, 15, 0), LocalDate.of(2026, 11, 20),
                "their move to event-driven billing", List.of("Pat Lee", "Sam Roe"))), stored.interviews());
        assertEquals(List.of(new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true),
                new Contact("Sam Roe", "", "", "", false)), stored.contacts());
        assertTrue(stored.mayCall());
        assertFalse(stored.knownDelay());
        assertEquals(0, cancelCalls.get());
    }

    @Test
    void enterInTheCompanyFieldSavesToo(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        set(robot, find(robot, "#role", TextField.class), "Business Analyst");
        robot.clickOn("#company").write("Acme Corp").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, repository.count());
        assertEquals(1, savedCalls.size());
    }

    @Test
    void quickChoicesSetTheDecisionDate(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        DatePicker decision = find(robot, "#decisionDate", DatePicker.class);

        robot.clickOn("#quickByFriday");
        assertEquals(LocalDate.of(2026, 11, 20), decision.getValue());
        robot.clickOn("#quickEndNextWeek");
        assertEquals(LocalDate.of(2026, 11, 27), decision.getValue());
        robot.clickOn("#quickTwoWeeks");
        assertEquals(LocalDate.of(2026, 11, 30), decision.getValue());
        robot.clickOn("#quickNoDate");
        assertNull(decision.getValue());
        assertEquals(LocalDate.of(2026, 11, 16), find(robot, "#endedDate", DatePicker.class).getValue());
        assertEquals("15:00", find(robot, "#endedTime", TextField.class).getText());
    }

    @Test
    void aMissingCompanyIsShownUnderTheFieldAndNothingIsStored(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        set(robot, find(robot, "#role", TextField.class), "Business Analyst");
        assertFalse(find(robot, "#companyError", Label.class).isVisible(), "no message before saving");

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Enter the company.", error(robot, "company"));
        assertEquals("", error(robot, "role"));
        assertTrue(find(robot, "#company", ComboBox.class).getEditor().isFocused(), "the caret goes to the problem");
        assertEquals(0, repository.count());
        assertEquals(List.of(), savedCalls);

        robot.write("Acme Corp");
        assertEquals("", error(robot, "company"), "the message goes once the field is filled");
    }

    @Test
    void aBadEmailIsShownUnderItsLine(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        set(robot, find(robot, "#role", TextField.class), "Business Analyst");
        set(robot, find(robot, "#company", ComboBox.class).getEditor(), "Acme Corp");
        robot.clickOn(".interviewer-name").write("Pat Lee");
        robot.clickOn(".interviewer-email").write("pat.acme.example");

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        Label lineError = find(robot, ".interviewer-error", Label.class);
        assertTrue(lineError.isVisible());
        assertEquals("Not an email address: pat.acme.example", lineError.getText());
        assertEquals("Check interviewer 1: Not an email address: pat.acme.example", error(robot, "interviewers"));
        assertTrue(find(robot, ".interviewer-email", TextField.class).isFocused());
        assertEquals(0, repository.count());
    }

    @Test
    void aDecisionDateBeforeTheInterviewIsShownUnderTheDecisionDate(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        set(robot, find(robot, "#role", TextField.class), "Business Analyst");
        set(robot, find(robot, "#company", ComboBox.class).getEditor(), "Acme Corp");
        robot.interact(() -> find(robot, "#decisionDate", DatePicker.class).setValue(LocalDate.of(2026, 11, 13)));

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("The decision date is before the interview (Mon 16 Nov 2026).", error(robot, "decisionDate"));
        assertEquals(0, repository.count());
    }

    @Test
    void aRoundEndingLaterThanAnHourFromNowNeedsTheScheduledTick(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        set(robot, find(robot, "#role", TextField.class), "Business Analyst");
        set(robot, find(robot, "#company", ComboBox.class).getEditor(), "Acme Corp");
        TextField time = find(robot, "#endedTime", TextField.class);
        robot.doubleClickOn(time).eraseText(time.getText().length()).write("17:00");

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(FormCheck.tooFarAhead(), error(robot, "endedDate"));
        assertEquals(0, repository.count());

        robot.clickOn("#scheduled");
        assertEquals("", error(robot, "endedDate"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDateTime.of(2026, 11, 16, 17, 0),
                repository.find("acme-corp-business-analyst").orElseThrow().interviews().get(0).endedAt());
    }

    @Test
    void anUnreadableTypedDateIsShownAndNothingIsStored(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        set(robot, find(robot, "#role", TextField.class), "Business Analyst");
        set(robot, find(robot, "#company", ComboBox.class).getEditor(), "Acme Corp");
        set(robot, find(robot, "#decisionDate", DatePicker.class).getEditor(), "next tuesday");

        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(error(robot, "decisionDate").contains("cannot read \u201cnext tuesday\u201d"), error(robot, "decisionDate"));
        assertEquals(0, repository.count());

        set(robot, find(robot, "#decisionDate", DatePicker.class).getEditor(), "2026-11-20"); // ISO is read too
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 11, 20), repository.find("acme-corp-business-analyst").orElseThrow()
                .interviews().get(0).decisionExpectedBy());
    }

    @Test
    void aLaterRoundShowsTheApplicationFixedAndAppendsARound(FxRobot robot) {
        Application acme = LogInterviewViewModelTest.existingAcme();
        repository.save(acme);
        open(robot, Optional.of(acme), List.of(acme));

        ComboBox<?> company = find(robot, "#company", ComboBox.class);
        TextField role = find(robot, "#role", TextField.class);
        assertTrue(company.isDisabled());
        assertTrue(role.isDisabled());
        assertEquals("Acme Corp", company.getEditor().getText());
        assertEquals("Business Analyst", role.getText());
        assertEquals("Add round", find(robot, "#save", Button.class).getText());
        assertTrue(find(robot, "#knownContacts", Label.class).getText().contains("Pat Lee (contact for updates)"));

        robot.clickOn("#addInterviewer");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getScene().getFocusOwner().getStyleClass().contains("interviewer-name"),
                "the new line's name takes the caret");
        robot.write("Alex Kim");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Application loaded = repository.find(acme.id()).orElseThrow();
        assertEquals(1, repository.count());
        assertEquals(2, loaded.interviews().size());
        assertEquals(acme.interviews().get(0), loaded.interviews().get(0));
        assertEquals(List.of("Alex Kim"), loaded.interviews().get(1).interviewers());
        assertEquals(acme.events(), loaded.events());
        assertEquals(3, loaded.contacts().size());
        assertEquals(List.of(loaded), savedCalls);
    }

    @Test
    void typingAStoredCompanyAndRoleSaysARoundWillBeAdded(FxRobot robot) {
        Application acme = LogInterviewViewModelTest.existingAcme();
        repository.save(acme);
        open(robot, Optional.empty(), List.of(acme));
        Label note = find(robot, "#matchNote", Label.class);
        assertFalse(note.isVisible());

        robot.write("acme corp");
        robot.clickOn("#role").write("Business Analyst");

        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("You already follow Acme Corp – Business Analyst."), note.getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, repository.count());
        assertEquals(2, repository.find(acme.id()).orElseThrow().interviews().size());
    }

    @Test
    void removeTakesAwayTheSelectedLine(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        robot.clickOn(".interviewer-name").write("Pat Lee");
        robot.clickOn("#addInterviewer").write("Sam Roe");
        robot.clickOn("#addInterviewer").write("Alex Kim");
        List<TextField> names = List.copyOf(robot.lookup(".interviewer-name").queryAllAs(TextField.class));
        robot.clickOn(names.get(1));

        robot.clickOn("#removeInterviewer");

        assertEquals(List.of("Pat Lee", "Alex Kim"), robot.lookup(".interviewer-name").queryAllAs(TextField.class)
                .stream().map(TextField::getText).toList());
    }

    @Test
    void escapeOnAFilledFormAsksFirstNoKeepsItYesDiscards(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        robot.write("Acme Corp");
        robot.clickOn("#role").write("Business Analyst");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Discard this interview?").tryQuery().isPresent(), "Esc on a filled form asks");
        robot.clickOn("#discardNo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, cancelCalls.get(), "'Keep editing' keeps the form");
        assertEquals("Business Analyst", find(robot, "#role", TextField.class).getText());

        robot.interact(stage::requestFocus);
        robot.clickOn("#role").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#discardYes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, cancelCalls.get());
        assertEquals(0, repository.count(), "nothing is stored");
        assertEquals(List.of(), savedCalls);
    }

    @Test
    void escapeOnAnUntouchedFormClosesAtOnce(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, cancelCalls.get());
        assertTrue(robot.lookup("#discardYes").tryQuery().isEmpty(), "no question for an empty form");
    }

    @Test
    void theDialogIsModalClosesOnEscapeAndOnSave(FxRobot robot) {
        List<Application> saved = new ArrayList<>();
        Stage[] dialog = new Stage[1];
        robot.interact(() -> dialog[0] = LogInterviewDialog.show(stage, service, CLOCK, Runnable::run,
                Optional.empty(), List.of(), saved::add));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(dialog[0]::requestFocus); // TestFX issue 749: headless stages take focus only when asked
        robot.targetWindow(dialog[0]); // FxRobot.write types into its target window
        assertTrue(dialog[0].isShowing());
        assertEquals(Modality.WINDOW_MODAL, dialog[0].getModality());
        assertEquals(stage, dialog[0].getOwner());
        assertEquals("Log interview – Nudge", dialog[0].getTitle());

        robot.type(KeyCode.ESCAPE); // nothing typed: closes without a question
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing());
        assertEquals(0, repository.count());

        robot.interact(() -> dialog[0] = LogInterviewDialog.show(stage, service, CLOCK, Runnable::run,
                Optional.empty(), List.of(), saved::add));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(dialog[0]::requestFocus); // TestFX issue 749: headless stages take focus only when asked
        robot.targetWindow(dialog[0]); // FxRobot.write types into its target window
        robot.write("Acme Corp");
        robot.clickOn(robot.lookup("#role").match(n -> n.getScene().getWindow() == dialog[0]).queryAs(TextField.class))
                .write("Business Analyst").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing());
        assertEquals(1, repository.count());
        assertEquals(List.of(repository.findAll().get(0)), saved);
        assertTrue(Window.getWindows().stream().noneMatch(w -> w != stage && w.isShowing() && w instanceof Stage),
                "no dialog is left open");
    }

    @Test
    void tabMovesThroughTheFormInReadingOrder(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Node focused = stage.getScene().getFocusOwner();
            Node named = focused;
            while (named != null && named.getId() == null && !named.getStyleClass().contains("interviewer-name")) {
                named = named.getParent();
            }
            order.add(named == null ? "?" : named.getId() != null ? named.getId() : "interviewer-name");
            robot.type(KeyCode.TAB);
        }
        assertEquals(List.of("company", "role", "endedDate", "endedTime", "scheduled", "decisionDate"), order);
    }

    @Test
    void aDateTypedInTheFormAndEnterIsWhatIsSaved(FxRobot robot) {
        open(robot, Optional.empty(), List.of());
        robot.write("Acme Corp").type(KeyCode.TAB).write("Business Analyst").type(KeyCode.TAB);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2026-11-12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDateTime.of(2026, 11, 12, 15, 0),
                repository.find("acme-corp-business-analyst").orElseThrow().interviews().get(0).endedAt());
    }
}
