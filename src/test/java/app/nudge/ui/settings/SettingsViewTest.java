package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ThemeChoice;
import app.nudge.service.SettingsService;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings view, headless, against a real database in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    Path dir;

    private Database db;
    private SettingsRepository repository;
    private SettingsService service;
    private SettingsViewModel viewModel;
    private Stage stage;
    private Scene scene;
    private final AtomicInteger replans = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final List<ThemeChoice> themes = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        repository = new SettingsRepository(db);
        // A synchronous "database thread" keeps the test deterministic; results still go through runLater.
        service = new SettingsService(() -> new SettingsRepository(db), Runnable::run);
        service.onChange(replans::incrementAndGet);
        viewModel = new SettingsViewModel(service, List.of("DE", "FR", "US"), Platform::runLater);
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(SettingsController.class,
                () -> new SettingsController(viewModel, theme -> {
                    themes.add(theme);
                    Theme.apply(scene, theme == app.nudge.domain.ThemeChoice.DARK);
                }, closed::incrementAndGet)));
        scene = new Scene(views.load(SettingsController.class).root(), 620, 720); // within Monocle's 1280x800 screen
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle("Settings");
        stage.show();
        stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void load(FxRobot robot, Map<String, String> stored) {
        repository.putAll(stored);
        robot.interact(viewModel::load);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    /** Scrolls the settings so the node is in view (headless scrolling by wheel is unreliable), for clicks. */
    private static String inView(FxRobot robot, String id) {
        ScrollPane scroll = robot.lookup(".settings-scroll").queryAs(ScrollPane.class);
        Node target = robot.lookup(id).query();
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (inContent.getMinY() - 24) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    @Test
    void showsTheStoredValues(FxRobot robot) {
        load(robot, Map.of("yourName", "Jane Doe", "yourEmail", "jane@example.org", "yourPhone", "+1 555 0100",
                "signature", "Jane Doe\n+1 555 0100", "country", "DE", "holidaysNone", "false", "preset", "PATIENT",
                "customIntervals", "2,4,6,9,3,8,true", "theme", "dark"));

        assertEquals("Jane Doe", node(robot, "#yourName", TextField.class).getText());
        assertEquals("jane@example.org", node(robot, "#yourEmail", TextField.class).getText());
        assertEquals("+1 555 0100", node(robot, "#yourPhone", TextField.class).getText());
        assertEquals("Jane Doe\n+1 555 0100", node(robot, "#signature", TextArea.class).getText());
        assertEquals("DE", ((CountryChoice) node(robot, "#country", ComboBox.class).getValue()).code());
        assertEquals(List.of("Germany (DE)"), robot.lookup("#country .list-cell").queryAllAs(ListCell.class).stream()
                .filter(Node::isVisible).map(ListCell::getText).toList(), "the closed box shows the chosen country");
        assertFalse(node(robot, "#country", ComboBox.class).isDisabled());
        assertTrue(node(robot, "#presetCustom", RadioButton.class).isSelected());
        assertFalse(node(robot, "#presetPatient", RadioButton.class).isSelected());
        assertEquals(List.of(2, 4, 6, 9, 3, 8), List.of(spinner(robot, "#afterDecisionMin").getValue(),
                spinner(robot, "#afterDecisionMax").getValue(), spinner(robot, "#noDateMin").getValue(),
                spinner(robot, "#noDateMax").getValue(), spinner(robot, "#betweenMin").getValue(),
                spinner(robot, "#betweenMax").getValue()));
        assertEquals("4", spinner(robot, "#afterDecisionMax").getEditor().getText());
        assertTrue(node(robot, "#secondaryContact", CheckBox.class).isSelected());
        assertFalse(spinner(robot, "#afterDecisionMin").isDisabled(), "own numbers are editable");
        assertEquals(ThemeChoice.DARK, node(robot, "#theme", ChoiceBox.class).getValue());
        // You, Calendar, Timing, Inbox, Appearance; Data only with a connection to the app's data (none here)
        assertEquals(5, robot.lookup(".section-heading").queryAll().stream().filter(h -> h.getParent().isVisible()).count());
    }

    @Test
    void savingWritesEveryKeyOnceAndReplans(FxRobot robot) {
        load(robot, Map.of());
        robot.clickOn("#yourName").write("Jane Doe");
        robot.clickOn("#yourEmail").write("jane@example.org");
        robot.clickOn("#yourPhone").write("+1 555 0100");
        robot.clickOn("#signature").write("Jane Doe").type(KeyCode.ENTER).write("Berlin");
        robot.interact(() -> node(robot, "#country", ComboBox.class).getSelectionModel().select(CountryChoice.of("DE")));
        robot.clickOn(inView(robot, "#presetPersistent"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Map.ofEntries(Map.entry("yourName", "Jane Doe"), Map.entry("yourEmail", "jane@example.org"),
                Map.entry("yourPhone", "+1 555 0100"), Map.entry("signature", "Jane Doe\nBerlin"), Map.entry("country", "DE"),
                Map.entry("holidaysNone", "false"), Map.entry("preset", "PERSISTENT"), Map.entry("customIntervals", ""),
                Map.entry("theme", "light"), Map.entry("welcomeDone", "false"), Map.entry("inboxEnabled", "false"),
                Map.entry("inboxAddress", ""), Map.entry("inboxPollMinutes", "5"), Map.entry("language", "")), repository.all());
        assertEquals(1, replans.get(), "the save told the service's listener (the re-plan hook) once");
        assertEquals(1, closed.get(), "a save closes the dialog");
        assertEquals(List.of(ThemeChoice.LIGHT), themes);
    }

    @Test
    void enterSaves(FxRobot robot) {
        load(robot, Map.of());
        robot.clickOn("#yourName").write("Jane").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Jane", repository.all().get("yourName"));
        assertEquals(1, closed.get());
    }

    @Test
    void cancelClosesWithoutSaving(FxRobot robot) {
        load(robot, Map.of("yourName", "Jane"));
        robot.clickOn("#yourName").write(" Doe");
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, closed.get());
        assertEquals(Map.of("yourName", "Jane"), repository.all());
        assertEquals(0, replans.get());
        assertTrue(themes.isEmpty());
    }

    @Test
    void noPublicHolidaysDisablesTheCountry(FxRobot robot) {
        load(robot, Map.of("country", "FR"));
        ComboBox<?> country = node(robot, "#country", ComboBox.class);
        assertFalse(country.isDisabled());

        robot.clickOn(inView(robot, "#holidaysNone"));
        assertTrue(country.isDisabled());
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("true", repository.all().get("holidaysNone"));
        assertEquals("FR", repository.all().get("country"), "the country choice is kept for later");
    }

    @Test
    void numbersAreEditableOnlyForCustom(FxRobot robot) {
        load(robot, Map.of());
        assertTrue(spinner(robot, "#noDateMin").isDisabled());
        assertTrue(node(robot, "#secondaryContact", CheckBox.class).isDisabled());
        robot.clickOn(inView(robot, "#presetCustom"));
        assertFalse(spinner(robot, "#noDateMin").isDisabled());
        assertFalse(node(robot, "#secondaryContact", CheckBox.class).isDisabled());
    }

    @Test
    void minAboveMaxShowsAnErrorNextToTheFieldAndStoresNothing(FxRobot robot) {
        load(robot, Map.of());
        Label error = node(robot, "#betweenError", Label.class);
        assertFalse(error.isVisible());

        robot.clickOn(inView(robot, "#presetCustom"));
        TextField betweenMin = spinner(robot, "#betweenMin").getEditor();
        inView(robot, "#betweenMin");
        robot.doubleClickOn(betweenMin).eraseText(betweenMin.getText().length()).write("9");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(error.isVisible());
        assertEquals("The first number (9) must not be larger than the second (7).", error.getText());
        assertFalse(node(robot, "#afterDecisionError", Label.class).isVisible());
        assertTrue(repository.all().isEmpty(), "nothing stored");
        assertEquals(0, replans.get());
        assertEquals(0, closed.get(), "the dialog stays open");
        assertTrue(node(robot, "#status", Label.class).getText().startsWith("Nothing was saved"));
    }

    @Test
    void customNumbersAreStoredWithThePresetTheyStartedFrom(FxRobot robot) {
        load(robot, Map.of());
        robot.clickOn(inView(robot, "#presetPatient"));
        robot.clickOn(inView(robot, "#presetCustom"));
        robot.interact(() -> spinner(robot, "#afterDecisionMax").increment(2));
        robot.clickOn(inView(robot, "#secondaryContact"));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("PATIENT", repository.all().get("preset"));
        assertEquals("2,5,7,10,7,10,true", repository.all().get("customIntervals"));
    }

    @Test
    void choosingANamedPresetClearsTheCustomIntervals(FxRobot robot) {
        load(robot, Map.of("preset", "PATIENT", "customIntervals", "2,4,6,9,3,8,true"));
        robot.clickOn(inView(robot, "#presetStandard"));
        assertEquals(5, spinner(robot, "#noDateMin").getValue(), "the preset's own numbers are on show");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("STANDARD", repository.all().get("preset"));
        assertEquals("", repository.all().get("customIntervals"));
    }

    @Test
    void savingTheDarkThemeCallsBackWithIt(FxRobot robot) {
        load(robot, Map.of());
        assertFalse(Theme.isDark(scene));
        robot.interact(() -> node(robot, "#theme", ChoiceBox.class).getSelectionModel().select(ThemeChoice.DARK));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(ThemeChoice.DARK), themes);
        assertTrue(Theme.isDark(scene));
        assertEquals("dark", repository.all().get("theme"));
    }

    @Test
    void theDialogOpensOverItsOwnerAndEscapeClosesItWithoutSaving(FxRobot robot) {
        Stage[] dialog = new Stage[1];
        robot.interact(() -> dialog[0] = SettingsDialog.show(stage, service, List.of("DE"), "", InboxConnection.forThisRun(), themes::add));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog[0].isShowing());
        assertEquals(stage, dialog[0].getOwner());

        robot.interact(dialog[0]::requestFocus);
        robot.clickOn(robot.lookup("#yourName").match(n -> n.getScene() == dialog[0].getScene()).queryAs(TextField.class))
                .write("Jane").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog[0].isShowing());
        assertTrue(repository.all().isEmpty());
        assertTrue(themes.isEmpty());
    }

    @Test
    void theSavedThemeReachesTheOwnerThroughTheAppsThemeService(FxRobot robot) {
        app.nudge.ui.common.ThemeService themeService = new app.nudge.ui.common.ThemeService(() -> false,
                Runnable::run, Runnable::run);
        robot.interact(() -> themeService.attach(stage));
        Stage[] dialog = new Stage[1];
        robot.interact(() -> dialog[0] = SettingsDialog.show(stage, service, List.of("DE"), "", InboxConnection.forThisRun(), choice -> {
            themes.add(choice);
            themeService.apply(choice);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#theme").match(n -> n.getScene() == dialog[0].getScene())
                .queryAs(ChoiceBox.class).getSelectionModel().select(ThemeChoice.DARK));
        robot.clickOn(robot.lookup("#save").match(n -> n.getScene() == dialog[0].getScene()).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dialog[0].isShowing());
        assertTrue(Theme.isDark(scene), "the owner's scene shows the dark theme");
        assertEquals(List.of(ThemeChoice.DARK), themes);
        assertEquals("dark", repository.all().get("theme"));
        robot.interact(themeService::detach);
    }

    @Test
    void typingTheFirstLettersOfACountryChoosesIt(FxRobot robot) {
        load(robot, Map.of());
        ComboBox<?> country = node(robot, "#country", ComboBox.class);
        robot.interact(country::requestFocus);

        robot.write("Ger");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("DE", ((CountryChoice) country.getValue()).code());

        robot.clickOn("#country"); // the list is open: typing searches it too
        assertTrue(country.isShowing());
        robot.write("Fra").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("FR", ((CountryChoice) country.getValue()).code());
        assertFalse(country.isShowing());
        assertEquals(0, closed.get(), "Enter in the open list chooses; it does not save and close");

        robot.interact(country::requestFocus);
        robot.write("Ger");
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("DE", repository.all().get("country"));
    }

    @Test
    void tabReachesEveryField(FxRobot robot) {
        load(robot, Map.of("preset", "STANDARD", "customIntervals", "1,3,5,7,5,7,false")); // own numbers: all enabled
        // A group of radio buttons is one Tab stop, its chosen button (arrow keys move within it).
        List<String> fields = List.of("yourName", "yourEmail", "yourPhone", "signature", "country", "holidaysNone",
                "presetCustom", "afterDecisionMin", "afterDecisionMax", "noDateMin", "noDateMax", "betweenMin",
                "betweenMax", "secondaryContact", "inboxAddress", "inboxPassword", "inboxEnabled", "inboxMinutes",
                "inboxTest", "theme", "language", "cancel", "save");
        robot.clickOn("#yourName");
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 60 && !reached.containsAll(fields); i++) {
            Node focused = scene.getFocusOwner();
            while (focused != null && !fields.contains(focused.getId())) {
                focused = focused.getParent(); // a spinner's or a box's own text field
            }
            if (focused != null) {
                reached.add(focused.getId());
            }
            // A text area takes a plain Tab as a character today; Ctrl+Tab moves on in every control.
            if (scene.getFocusOwner() instanceof TextArea) {
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
        }
        assertEquals(fields.stream().filter(f -> !reached.contains(f)).toList(), List.of(), "fields Tab never reached");
    }

    @Test
    void everyInputHasALabelTheScreenReaderReads(FxRobot robot) {
        load(robot, Map.of());
        List<String> inputs = List.of("yourName", "yourEmail", "yourPhone", "signature", "country", "holidaysNone",
                "presetStandard", "presetPatient", "presetPersistent", "presetCustom", "afterDecisionMin", "afterDecisionMax",
                "noDateMin", "noDateMax", "betweenMin", "betweenMax", "secondaryContact", "inboxAddress", "inboxPassword",
                "inboxEnabled", "inboxMinutes", "inboxTest", "theme");
        assertEquals(inputs.size(), robot.lookup(n -> n instanceof javafx.scene.control.Control && n.getId() != null && inputs.contains(n.getId()))
                .queryAll().size(), "every input is on show");
        List<String> unlabelled = robot.lookup(n -> n instanceof javafx.scene.control.Control && n.getId() != null && inputs.contains(n.getId()))
                .queryAll().stream()
                .filter(n -> (n.getAccessibleText() == null || n.getAccessibleText().isBlank())
                        && !(n instanceof javafx.scene.control.Labeled labeled && !labeled.getText().isBlank()))
                .map(Node::getId).toList();
        assertEquals(List.of(), unlabelled);
        // A text field's prompt cannot hold a line break: it describes the two lines instead of showing them.
        assertTrue(node(robot, "#signature", TextArea.class).getPromptText().startsWith("Your name"));
        assertFalse(node(robot, "#signature", TextArea.class).getPromptText().toLowerCase().contains("regards"),
                "the example signature has no sign-off of its own (the messages have one)");
    }

    @Test
    void theThemeOffersFollowingTheSystem(FxRobot robot) {
        load(robot, Map.of("theme", "system"));
        ChoiceBox<?> theme = node(robot, "#theme", ChoiceBox.class);
        assertEquals(List.of(ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.SYSTEM), List.copyOf(theme.getItems()));
        assertEquals(ThemeChoice.SYSTEM, theme.getValue());
        assertEquals("Follow the system", ThemeChoices.label(ThemeChoice.SYSTEM));
        robot.clickOn("#save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(ThemeChoice.SYSTEM), themes);
        assertFalse(Theme.isDark(scene), "until the theme service resolves the system's choice, it shows light");
        assertEquals("system", repository.all().get("theme"));
    }
}
