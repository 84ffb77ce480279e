package app.nudge.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.insights.InsightsReport;
import app.nudge.insights.Period;
import app.nudge.ui.common.Contrast;
import app.nudge.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Insights window alone, with a full and an empty report, in both themes at 1024x640 and
 * 1440x900, written to {@code target/gallery/insights-*.png}; every visible text also meets AA.
 * Run: {@code mvn -B -Pgallery test -Dtest=InsightsGalleryTest} (the app's GalleryTest pictures it
 * in the real app through ViewCatalog).
 */
@Tag("gallery")
@ExtendWith(ApplicationExtension.class)
class InsightsGalleryTest {

    private static final Path OUT = Path.of("target", "gallery");

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    /** A long search: the week axis labels every few weeks instead of crowding. */
    private static InsightsReport aYearAndAHalf(Period period, java.time.LocalDate today) {
        InsightsReport r = SampleReports.realistic(period, today);
        List<app.nudge.insights.Week> weeks = new ArrayList<>();
        for (int i = 0; i < 78; i++) {
            weeks.add(new app.nudge.insights.Week(today.minusWeeks(77 - i), i % 3, (i * 7) % 9, (i * 5) % 4));
        }
        return new InsightsReport(r.period(), today, r.funnel(), r.followUps(), r.thankYous(), r.decisions(), weeks,
                r.dueNextWeek());
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void picturesTheWindowInBothThemesAtBothSizes() throws Exception {
        Files.createDirectories(OUT);
        List<String> problems = new ArrayList<>();
        List<BiFunction<Period, java.time.LocalDate, InsightsReport>> reports = List.of(SampleReports::realistic,
                SampleReports::empty, InsightsGalleryTest::aYearAndAHalf);
        List<String> names = List.of("", "-empty", "-long");
        for (boolean dark : List.of(false, true)) {
            WaitForAsyncUtils.asyncFx(() -> Theme.apply(owner.getScene(), dark)).get();
            for (int[] size : List.of(new int[] {1024, 640}, new int[] {1440, 900})) {
                for (int r = 0; r < reports.size(); r++) {
                    var report = reports.get(r);
                    String name = String.format(Locale.ROOT, "insights-window%s-%s-%dx%d.png", names.get(r),
                            dark ? "dark" : "light", size[0], size[1]);
                    Stage shown = WaitForAsyncUtils.asyncFx(() -> {
                        InsightsViewModel model = new InsightsViewModel(p -> report.apply(p, InsightsViewTest.TODAY),
                                Runnable::run, Runnable::run, InsightsViewTest.CLOCK);
                        Stage stage = InsightsWindow.show(owner, model, new ChartExport(picture -> { },
                                (w, n) -> Optional.empty(), Runnable::run, Runnable::run));
                        if (report == reports.get(2)) { // also the custom dates and their message
                            model.choiceProperty().set(PeriodChoice.CUSTOM);
                            model.customFromProperty().set(java.time.LocalDate.of(2026, 10, 10));
                            model.customToProperty().set(java.time.LocalDate.of(2026, 10, 1));
                        }
                        stage.setWidth(Math.min(stage.getWidth(), size[0])); // as a small screen would
                        stage.setHeight(Math.min(stage.getHeight(), size[1]));
                        return stage;
                    }).get();
                    WaitForAsyncUtils.waitForFxEvents();
                    WritableImage image = WaitForAsyncUtils.asyncFx(() -> shown.getScene().snapshot(null)).get();
                    ImageIO.write(PngFiles.pixels(image), "png", OUT.resolve(name).toFile());
                    // The whole column too (the window shows its top), and the contrast at every scroll position.
                    WritableImage column = WaitForAsyncUtils.asyncFx(() -> shown.getScene().lookup("#sections")
                            .snapshot(null, null)).get();
                    ImageIO.write(PngFiles.pixels(column), "png", OUT.resolve("column-" + name).toFile());
                    if (r == 0) { // what Copy / Save as PNG… make of a chart
                        WritableImage picture = WaitForAsyncUtils.asyncFx(() -> ChartPicture.of(shown.getScene()
                                .lookup("#decisionsPicture"), "From interview to decision", "26 Aug 2026 to 23 Nov 2026")
                                .snapshot(null, null)).get();
                        ImageIO.write(PngFiles.pixels(picture), "png", OUT.resolve("picture-" + name).toFile());
                    }
                    for (double at : List.of(0.0, 0.25, 0.5, 0.75, 1.0)) {
                        WaitForAsyncUtils.asyncFx(() -> ((ScrollPane) shown.getScene().lookup("#scroller")).setVvalue(at)).get();
                        WaitForAsyncUtils.waitForFxEvents();
                        WaitForAsyncUtils.asyncFx(() -> Contrast.failures(shown.getScene())).get()
                                .forEach(f -> problems.add(name + " scrolled to " + at + ": " + f));
                    }
                    WaitForAsyncUtils.asyncFx(shown::close).get();
                }
            }
        }
        assertEquals("", String.join("\n", new java.util.LinkedHashSet<>(problems)));
    }
}
