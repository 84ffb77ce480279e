package app.nudge.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import app.nudge.ui.common.DateField;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Insights pane alone, headless, fed hand-built reports through synchronous executors. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InsightsViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(16, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final List<Period> asked = new CopyOnWriteArrayList<>();
    private final List<Image> clipboard = new ArrayList<>();
    private final List<Boolean> writtenOnFxThread = new CopyOnWriteArrayList<>();
    private final ExecutorService files = Executors.newSingleThreadExecutor();
    private volatile Function<Period, InsightsReport> answer = period -> SampleReports.realistic(period, TODAY);
    private InsightsViewModel model;
    private ChartExport export;

    @Start
    void start(Stage stage) {
        model = new InsightsViewModel(period -> {
            asked.add(period);
            return answer.apply(period);
        }, Runnable::run, Runnable::run, CLOCK);
        PngFileChooser chooser = (owner, suggested) -> Optional.of(folder.resolve(suggested));
        export = new ChartExport(clipboard::add, chooser, task -> files.execute(() -> {
            writtenOnFxThread.add(Platform.isFxApplicationThread());
            task.run();
        }), Platform::runLater);
        FxmlLoaderFactory.Loaded<InsightsController> view = new FxmlLoaderFactory(Map.of(InsightsController.class,
                () -> new InsightsController(model, export))).load(InsightsController.class);
        Scene scene = new Scene(view.root(), 1100, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        model.refresh();
    }

    @AfterEach
    void stopFiles() {
        files.shutdownNow();
    }

    @Test
    void eachPeriodChoiceRecomputesWithItsPeriodAndCustomDatesAreTypedThenEnter(FxRobot robot) {
        assertEquals(List.of(new Period(LocalDate.of(2026, 8, 26), TODAY)), asked, "the last 90 days at first");
        ComboBox<PeriodChoice> choice = robot.lookup("#periodChoice").queryComboBox();
        robot.interact(() -> choice.getSelectionModel().select(PeriodChoice.LAST_30_DAYS));
        robot.interact(() -> choice.getSelectionModel().select(PeriodChoice.ALL));
        assertEquals(List.of(Period.lastDays(30, TODAY), Period.all()), asked.subList(1, 3));
        assertFalse(robot.lookup("#customDates").query().isVisible(), "no dates until Custom is chosen");

        robot.interact(() -> choice.getSelectionModel().select(PeriodChoice.CUSTOM));
        assertTrue(robot.lookup("#customDates").query().isVisible());
        type(robot, "#customFrom", "2026-09-01");
        assertEquals(new Period(LocalDate.of(2026, 9, 1), null), last());
        type(robot, "#customTo", "2026-10-31");
        assertEquals(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)), last());
        assertEquals("1 Sep 2026 to 31 Oct 2026", text(robot, "#periodText"));
    }

    @Test
    void aCustomPeriodEndingBeforeItStartsNamesTheFieldAndKeepsTheLastReport(FxRobot robot) {
        robot.interact(() -> model.choiceProperty().set(PeriodChoice.CUSTOM));
        type(robot, "#customFrom", "2026-10-10");
        int before = asked.size();
        answer = period -> SampleReports.empty(period, TODAY);
        type(robot, "#customTo", "2026-10-01");
        assertEquals(before, asked.size(), "nothing computed for an impossible period");
        assertEquals("To: 1 Oct 2026 is before From (10 Oct 2026); choose a day on or after it.", text(robot, "#problem"));
        assertEquals("Applications: 12", text(robot, "#funnelApplications"), "the last report stays");
        type(robot, "#customTo", "2026-10-20");
        assertFalse(robot.lookup("#problem").query().isVisible(), "the message goes once the period is right");
        assertEquals("No applications in this period.", text(robot, "#funnelEmpty"));
    }

    @Test
    void theNumbersBesideTheChartsAreTheReportsNumbers(FxRobot robot) {
        assertEquals("Applications: 12", text(robot, "#funnelApplications"));
        assertEquals("Interviewed: 7 (58%)", text(robot, "#funnelInterviewed"));
        assertEquals("Closed without an answer: 1", text(robot, "#funnelClosedWithoutAnswer"));
        assertEquals("Not closed yet: 5", text(robot, "#funnelOpen"));
        assertEquals("Counted on their first interview, or the day you applied when there is none.",
                text(robot, "#funnelCountedOn"));
        assertEquals("Sent: 16, answered: 7 (44%)", text(robot, "#followUpsTotal"));
        assertEquals("1st attempt: 9 sent, 5 answered (56%)", text(robot, "#followUpsFirst"));
        assertEquals("3rd or later: 3 sent, 1 answered (33%)", text(robot, "#followUpsLater"), "3rd and 4th add up");
        assertEquals("By phone: 5 sent, 3 answered (60%)", text(robot, "#followUpsPhone"));
        assertEquals("Sent on time: 10 sent, 6 answered (60%)", text(robot, "#followUpsOnTime"));
        assertEquals("Sent late: 5 sent, 1 answered (20%)", text(robot, "#followUpsLate"));
        // What is and is not a follow-up, and why the weeks' answers may be more (a trial asked).
        assertTrue(text(robot, "#followUpsCounted").contains("a voicemail is not one"));
        assertTrue(text(robot, "#weeksCounted").contains("whether or not a follow-up came before it"));
        assertEquals("Usually 4 days (the median of 7)", text(robot, "#answerTimesMedian"));
        assertEquals("The middle half: 2 to 7.5 days", text(robot, "#answerTimesMiddle"));
        assertEquals("Shortest 0 days, longest 15 days", text(robot, "#answerTimesRange"));
        assertEquals("All: median 12 days (5 decisions)", text(robot, "#decisionsAll"));
        assertEquals("Standard preset: median 12 days (5 decisions)", text(robot, "#decisionsPreset0"));
        assertEquals("No country set: median 8 days (1 decision)", text(robot, "#decisionsCountry0"));
        assertEquals("US: median 10 days (3 decisions)", text(robot, "#decisionsCountry2"));
        assertEquals("Interviews: 14", text(robot, "#weeksInterviews"));
        assertEquals("Due next week: 6", text(robot, "#weeksDue"));
        assertEquals("Tue 24 Nov: Email Pat to follow up (Acme Corp)", text(robot, "#weeksDue0"));
        assertEquals("Fri 27 Nov: Check back with Jürgen (Umbrella)", text(robot, "#weeksDue3"));
        assertEquals("and 1 more", text(robot, "#weeksDueMore"));
        assertEquals("On time (by the day after the interview): 5 (83%)", text(robot, "#thankYousOnTime"));

        BarChart<?, ?> funnel = robot.lookup("#funnelChart").queryAs(BarChart.class);
        assertEquals(List.of(12, 7, 2, 3, 1, 1, 5), values(funnel.getData().get(0)));
        assertEquals(List.of("Applications", "Interviewed", "Offers", "Rejections", "No answer", "Withdrawn", "Not closed"),
                categories(funnel.getData().get(0)), "not \"Applied\": the count is by first interview");
        BarChart<?, ?> decisions = robot.lookup("#decisionsChart").queryAs(BarChart.class);
        assertEquals(List.of("All", "Standard preset", "No country set", "DE", "US"), categories(decisions.getData().get(0)),
                "the preset in words and no empty label");
        BarChart<?, ?> followUps = robot.lookup("#followUpsChart").queryAs(BarChart.class);
        assertEquals(List.of("Sent", "Answered"), followUps.getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(List.of(9, 4, 3, 11, 5, 10, 5), values(followUps.getData().get(0)));
        assertEquals(List.of(5, 1, 1, 4, 3, 6, 1), values(followUps.getData().get(1)));
        for (String id : List.of("#funnelChart", "#followUpsChart", "#answerTimesChart", "#decisionsChart", "#weeksChart",
                "#thankYousChart")) {
            assertFalse(robot.lookup(id).queryAs(Chart.class).getAnimated(), id + " is not animated");
        }
    }

    @Test
    void anEmptyReportSaysPlainlyThatThereIsNothingYetWithNoEmptyCharts(FxRobot robot) {
        answer = period -> SampleReports.empty(period, TODAY);
        robot.clickOn("#refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No applications in this period.", text(robot, "#funnelEmpty"));
        assertEquals("No follow-ups sent in this period.", text(robot, "#followUpsEmpty"));
        assertEquals("No follow-up was answered in this period.", text(robot, "#answerTimesEmpty"));
        assertEquals("No offers or rejections came in this period.", text(robot, "#decisionsEmpty"));
        assertEquals("Nothing recorded in this period.", text(robot, "#weeksEmpty"));
        assertEquals("Nothing due next week.", text(robot, "#weeksDue"));
        assertEquals("No thank-you notes sent in this period.", text(robot, "#thankYousEmpty"));
        assertTrue(robot.lookup(".chart").queryAll().isEmpty(), "no chart without figures");
        assertTrue(robot.lookup("#funnelCopy").queryAll().isEmpty(), "nothing to copy");
    }

    @Test
    void copyPutsTheChartsPictureOnTheClipboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#thankYousCopy").query().requestFocus()); // below the fold: by keyboard
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, clipboard.size());
        Region frame = robot.lookup("#thankYousPicture").queryAs(Region.class);
        assertTrue(clipboard.get(0).getWidth() >= Math.ceil(frame.getWidth()), "the whole chart");
        assertTrue(clipboard.get(0).getHeight() >= frame.getHeight() + 30,
                "a title and the period above the chart: " + clipboard.get(0).getHeight() + " vs " + frame.getHeight());
        assertEquals("Copied the thank-you picture.", text(robot, "#exportStatus"));
    }

    @Test
    void saveWritesARealPngOffTheFxThread(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#funnelSave").query().requestFocus());
        robot.type(KeyCode.SPACE); // keyboard reachable
        Path file = folder.resolve("nudge-funnel-2026-08-26-to-2026-11-23.png"); // the period in the name
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#exportStatus").startsWith("Saved"));
        assertEquals("Saved the funnel picture to " + file + ".", text(robot, "#exportStatus"));
        assertEquals(List.of(false), writtenOnFxThread);
        BufferedImage read = ImageIO.read(file.toFile());
        Region frame = robot.lookup("#funnelPicture").queryAs(Region.class);
        assertTrue(read.getWidth() >= Math.ceil(frame.getWidth()), read.getWidth() + " vs " + frame.getWidth());
        assertTrue(read.getHeight() >= frame.getHeight() + 30, "title and period above the chart");
        assertTrue(read.getWidth() > 200 && read.getHeight() > 150, read.getWidth() + "x" + read.getHeight());
        assertFalse(Files.exists(folder.resolve("nudge-funnel-2026-08-26-to-2026-11-23.png.tmp")));

        robot.interact(() -> model.choiceProperty().set(PeriodChoice.ALL));
        robot.interact(() -> robot.lookup("#funnelSave").query().requestFocus());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#exportStatus").startsWith("Saved"));
        assertTrue(Files.exists(folder.resolve("nudge-funnel-all-time.png")), "a second period does not overwrite the first");
        assertTrue(Files.exists(file));
    }

    @Test
    void theCopyOrSaveLineGoesWhenThePeriodChangesOrANewReportArrives(FxRobot robot) {
        robot.clickOn("#funnelCopy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Copied the funnel picture.", text(robot, "#exportStatus"));
        robot.interact(() -> model.choiceProperty().set(PeriodChoice.LAST_30_DAYS));
        assertEquals("", text(robot, "#exportStatus"), "stale once the period changed");
        assertFalse(robot.lookup("#exportStatus").query().isManaged(), "it no longer pushes the charts down");

        robot.clickOn("#funnelCopy");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Copied the funnel picture.", text(robot, "#exportStatus"));
        robot.interact(model::refresh); // the data changed: a new report
        assertEquals("", text(robot, "#exportStatus"), "stale once new figures are shown");
    }

    @Test
    void saveToAFolderThatCannotBeWrittenSaysSoInOneLine(FxRobot robot) throws Exception {
        Files.createDirectory(folder.resolve("nudge-funnel-2026-08-26-to-2026-11-23.png")); // a folder where the file should go
        robot.clickOn("#funnelSave");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#exportStatus").startsWith("Could not"));
        String line = text(robot, "#exportStatus");
        assertFalse(line.contains("Exception") || line.contains("\n"), line);
    }

    @Test
    void eachChartHasATextAlternativeWithItsNumbers(FxRobot robot) {
        assertEquals("Funnel: 12 applications, 7 interviewed, 2 offers, 3 rejections, 1 closed without an answer, "
                + "1 withdrawn, 5 not closed yet.", spoken(robot, "#funnelChart"));
        assertEquals("Follow-ups: 16 sent, 7 answered. First attempt 9 sent, 5 answered (56%); second attempt 4 sent, "
                + "1 answered (25%); third or later 3 sent, 1 answered (33%). By email 11 sent, 4 answered (36%); by phone "
                + "5 sent, 3 answered (60%). Answered when sent on time: 6 of 10 (60%); when sent late: 1 of 5 (20%).",
                spoken(robot, "#followUpsChart"));
        assertEquals("Days from a follow-up to its answer, 7 answers: median 4 days; the middle half: 2 to 7.5 days; "
                + "shortest 0 days, longest 15 days.", spoken(robot, "#answerTimesChart"));
        assertTrue(spoken(robot, "#decisionsChart").contains("US: median 10 days (3 decisions)"));
        assertEquals("Week by week, 13 weeks from 31 Aug 2026: 14 interviews, 41 messages sent, 17 answers received in all. "
                + "Latest week, from 23 Nov 2026: 1 interview, 1 message sent, 0 answers received.", spoken(robot, "#weeksChart"));
        assertEquals("Thank-yous: 6 sent, 5 on time (by the day after the interview), 83%.", spoken(robot, "#thankYousChart"));
    }

    @Test
    void aFailedComputeShowsOnePlainLineAndKeepsTheFigures(FxRobot robot) {
        answer = period -> {
            throw new IllegalStateException("Timeout trying to lock table [50200-252]");
        };
        robot.clickOn("#refresh");
        WaitForAsyncUtils.waitForFxEvents();
        String line = text(robot, "#problem");
        assertEquals(InsightsTexts.computeFailed(), line);
        assertFalse(line.contains("Exception") || line.contains("50200") || line.contains("\n"));
        assertEquals("Applications: 12", text(robot, "#funnelApplications"));
    }

    private Period last() {
        return asked.get(asked.size() - 1);
    }

    private static void type(FxRobot robot, String id, String text) {
        DateField field = robot.lookup(id).queryAs(DateField.class);
        robot.interact(() -> field.getEditor().requestFocus());
        robot.interact(() -> field.getEditor().selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        assertTrue(node != null, id);
        return ((Label) node).getText();
    }

    private static String spoken(FxRobot robot, String id) {
        return robot.lookup(id).query().getAccessibleText();
    }

    private static List<Object> categories(XYChart.Series<?, ?> series) {
        return series.getData().stream().map(d -> (Object) d.getXValue()).toList();
    }

    private static List<Integer> values(XYChart.Series<?, ?> series) {
        return series.getData().stream().map(d -> ((Number) d.getYValue()).intValue()).toList();
    }

}
