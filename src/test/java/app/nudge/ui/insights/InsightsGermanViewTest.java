package app.nudge.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.ui.common.FxmlLoaderFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Insights pane built in German: its labels, figures, dates, decimals and percents are German. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InsightsGermanViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(16, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Start
    void start(Stage stage) {
        Texts.use(Language.DE); // before the pane is built: its words are read as it is made
        InsightsViewModel model = new InsightsViewModel(period -> SampleReports.realistic(period, TODAY),
                Runnable::run, Runnable::run, CLOCK);
        ChartExport export = new ChartExport(image -> { }, (owner, name) -> Optional.empty(), Runnable::run, Runnable::run);
        FxmlLoaderFactory.Loaded<InsightsController> view = new FxmlLoaderFactory(Map.of(InsightsController.class,
                () -> new InsightsController(model, export))).load(InsightsController.class);
        stage.setScene(new Scene(view.root(), 1024, 640));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void theWindowSpeaksGerman(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zeitraum", text(robot, "#periodLabel"));
        assertEquals("Aktualisieren", robot.lookup("#refresh").queryAs(Button.class).getText());
        ComboBox<?> choice = robot.lookup("#periodChoice").queryComboBox();
        assertEquals("Letzte 90 Tage", String.valueOf(choice.getValue()));
        assertTrue(text(robot, "#periodText").endsWith(" bis 23. Nov. 2026"), text(robot, "#periodText"));

        assertEquals("Bewerbungen: 12", text(robot, "#funnelApplications"));
        assertEquals("Mit Gespräch: 7 (58\u00a0%)", text(robot, "#funnelInterviewed"));
        assertEquals("Mittlere Hälfte: 2 bis 7,5 Tage", text(robot, "#answerTimesMiddle"),
                "a German decimal comma");
        assertEquals("Vorgabe „Standard“: Median 12 Tage (5 Entscheidungen)", text(robot, "#decisionsPreset0"));
        assertEquals("Kopieren", robot.lookup("#funnelCopy").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#funnelCopy").queryAs(Button.class).getAccessibleText().contains("„Trichter“"));
        Chart chart = robot.lookup("#funnelChart").queryAs(Chart.class);
        assertTrue(chart.getAccessibleText().startsWith("Trichter: 12 Bewerbungen, 7 mit Gespräch"), chart.getAccessibleText());
        assertEquals("Die Zahlen stehen auch neben dem Diagramm.", chart.getAccessibleHelp());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
