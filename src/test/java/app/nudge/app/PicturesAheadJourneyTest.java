package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.store.ApplicationRepository;
import app.nudge.ui.board.BoardCards;
import app.nudge.ui.shell.WindowGeometry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window closing on a Monday draws itself for Tuesday, Wednesday and Thursday: each picture is,
 * pixel for pixel, the live window that day's first start builds over the same data (so the first
 * start of a day can show one), and differs from Monday's where the plan moved on.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PicturesAheadJourneyTest {

    private static final WindowGeometry WINDOW = new WindowGeometry(0, 0, 1024, 640, false, 0.7);
    private static final LocalDate MONDAY = JourneyApp.TODAY;

    @TempDir
    Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void eachNextDaysPictureIsTheWindowThatDaysStartShows() throws Exception {
        List<app.nudge.domain.Application> twelve = new DemoData(7, MONDAY).applications(12);
        JourneyApp monday = fx(() -> JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(db -> new ApplicationRepository(db).saveAll(twelve)).window(WINDOW).start());
        whole(monday);
        List<StartPicture.Taken> taken = fx(() -> {
            Scene live = stage.getScene();
            List<StartPicture.Taken> all = new ArrayList<>();
            all.add(StartPicture.take(stage, live, monday.wiring.window().geometry(stage),
                    monday.wiring.board().selectedIdProperty().get(), "EN", "LIGHT", MONDAY).orElseThrow());
            monday.wiring.close(); // as the app: the services stop before the window's clock moves on
            stage.hide(); // and the window is gone (the next days are drawn out of sight)
            List<BoardCards> days = PicturesAhead.plan(monday.database, monday.wiring.scheduler().lastPlan(), MONDAY, HolidayCalendars.shared(), Locale.US);
            all.addAll(PicturesAhead.take(monday.wiring, stage, monday.clock, MONDAY, days, "EN", "LIGHT"));
            return all;
        });
        // The window's size, place and split as the app keeps them at close, for the next start.
        WindowGeometry closedAs = taken.get(0).geometry();
        monday.close();
        fx(() -> {
            stage.show();
            return null;
        });

        assertEquals(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3)),
                taken.stream().map(StartPicture.Taken::day).toList());
        assertTrue(differing(taken.get(0), taken.get(3)) > 0, "Thursday's board is not Monday's");

        for (int ahead = 1; ahead <= PicturesAhead.DAYS; ahead++) {
            LocalDate day = MONDAY.plusDays(ahead);
            StartPicture.Taken picture = taken.get(ahead);
            StartPicture.Taken started = startOn(day, closedAs, picture.selected());
            assertEquals(picture.title(), started.title(), day.toString());
            assertEquals(picture.selected(), started.selected(), day.toString());
            assertSamePixels(picture, started, day + ": pixels that differ from the live window");
        }
    }

    @Test
    void aWindowClosedAsAStartWouldNotShowItKeepsNoPictureAndTheKeyboardGoesWhereAStartPutsIt(FxRobot robot)
            throws Exception {
        List<app.nudge.domain.Application> twelve = new DemoData(7, MONDAY).applications(12);
        JourneyApp monday = fx(() -> JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                .seed(db -> new ApplicationRepository(db).saveAll(twelve)).window(WINDOW).start());
        whole(monday);
        fx(() -> {
            stage.requestFocus(); // headless stages take no focus by themselves (TestFX issue 749)
            return null;
        });
        robot.interact(() -> robot.lookup("#body").query().requestFocus());
        robot.write(" PS");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> ClosingWindow.asAStartShowsIt(monday.wiring)), "an edit lasts for the run");
        robot.eraseText(3);
        robot.clickOn("#search"); // the keyboard in the search box, the pointer away from anything it lights up
        robot.moveTo(robot.lookup("#status").queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        StartPicture.Taken closing = fx(() -> {
            assertTrue(ClosingWindow.asAStartShowsIt(monday.wiring));
            return StartPicture.take(stage, stage.getScene(), monday.wiring.window().geometry(stage),
                    monday.wiring.board().selectedIdProperty().get(), "EN", "LIGHT", MONDAY).orElseThrow();
        });
        robot.clickOn("#search").write("Acme");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> ClosingWindow.asAStartShowsIt(monday.wiring)), "a search lasts for the run: a start shows none");
        monday.close();

        StartPicture.Taken started = startOn(MONDAY, closing.geometry(), closing.selected());
        assertSamePixels(closing, started, "pixels that differ from the next start's live window");
    }

    /** A start on {@code day} whose picture had {@code selected} selected, in {@code where}: its live window, once in place. */
    private StartPicture.Taken startOn(LocalDate day, WindowGeometry where, String selected) throws Exception {
        JourneyApp later = fx(() -> JourneyApp.on(stage, folder).today(day).window(where).pictureFirst(selected).start());
        Scene live = later.wiring.window().root().getScene();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() == live);
        WaitForAsyncUtils.waitForFxEvents();
        StartPicture.Taken started = fx(() -> StartPicture.take(stage, live, later.wiring.window().geometry(stage),
                later.wiring.board().selectedIdProperty().get(), "EN", "LIGHT", day).orElseThrow());
        later.close();
        return started;
    }

    /** Pixel for pixel the same; else both are kept under target/pictures-ahead to look at. */
    private static void assertSamePixels(StartPicture.Taken kept, StartPicture.Taken started, String what) {
        int differ = differing(kept, started);
        if (differ > 0) {
            keep(kept, "kept");
            keep(started, "started");
        }
        assertEquals(0, differ, what + " (see target/pictures-ahead)");
    }

    /** The board filled and the side pane built, as a window settled before its close. */
    private void whole(JourneyApp app) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.wiring.board().applications().size() == 12
                && stage.getScene().getRoot().lookup(".side-scroll") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int differing(StartPicture.Taken a, StartPicture.Taken b) {
        assertEquals(a.width() + "x" + a.height(), b.width() + "x" + b.height());
        int count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int i = 0; i < a.argb().length; i++) {
            if (a.argb()[i] != b.argb()[i]) {
                count++;
                minX = Math.min(minX, i % a.width());
                maxX = Math.max(maxX, i % a.width());
                minY = Math.min(minY, i / a.width());
                maxY = Math.max(maxY, i / a.width());
            }
        }
        if (count > 0) {
            System.out.printf("%s: %d pixels differ, in x %d..%d, y %d..%d%n", b.day(), count, minX, maxX, minY, maxY);
        }
        return count;
    }

    /** On a difference, both pictures as PNGs under target/pictures-ahead, to look at. */
    private static void keep(StartPicture.Taken picture, String which) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(picture.width(), picture.height(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        try {
            Path folder = Path.of("target", "pictures-ahead");
            java.nio.file.Files.createDirectories(folder);
            javax.imageio.ImageIO.write(image, "png", folder.resolve(picture.day() + "-" + which + ".png").toFile());
        } catch (java.io.IOException e) {
            System.out.println("not kept: " + e);
        }
    }

    private static <T> T fx(Callable<T> job) throws Exception {
        return WaitForAsyncUtils.asyncFx(job).get(30, TimeUnit.SECONDS);
    }
}
