package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.Application;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.StorePlanner;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.CheckedContent;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import app.nudge.ui.board.BoardCards;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import javafx.scene.Parent;
import javafx.stage.Stage;

/**
 * Pictures of the closing window as the next days' first starts will draw it. A picture is shown
 * only on the day it was taken for ({@link WindowPicture}): without these, the first start of a day,
 * the most common start, would find none (yesterday's shows yesterday's due dates and badges). At
 * close, once the services have stopped, the window's board is filed with each next day's plan, made
 * from the data as stored, as that day's start will make it, while the window's clock reads that
 * day; then it is taken as today's picture is. A start still shows one only when all its facts hold:
 * a database changed since (a command, a crash) shows none.
 */
final class PicturesAhead {

    /** Days after today with a picture: a Friday's close covers Monday's first start. */
    static final int DAYS = 3;

    private static final Logger LOG = Logger.getLogger(PicturesAhead.class.getName());

    private PicturesAhead() {
    }

    /**
     * On the JavaFX thread as the app stops, its services closed: the pictures of the next days after
     * {@code today}'s (taken as the window closed), planned on {@code databaseThread} (after any
     * change's re-plan queued there) and drawn here. Waited for: the window is gone and the process
     * ends once they are made; none when they cannot be made in a few seconds.
     */
    static List<StartPicture.Taken> after(StartPicture.Taken today, Wiring wiring, Stage stage, LookAheadClock clock,
            Supplier<Database> data, Executor databaseThread, Locale locale) {
        if (stage.isShowing()) {
            stage.hide(); // closed by Platform.exit: the next days' boards are drawn out of sight
        }
        long began = System.nanoTime();
        try {
            List<BoardCards> days = CompletableFuture.supplyAsync(() -> plan(data.get(), wiring.scheduler().lastPlan(),
                    today.day(), HolidayCalendars.shared(), locale), databaseThread).get(5, TimeUnit.SECONDS);
            long planned = System.nanoTime();
            List<StartPicture.Taken> taken = take(wiring, stage, clock, today.day(), days, today.language(), today.theme());
            LOG.info(String.format(Locale.ROOT, "Pictures for the next %d days: planned in %d ms, drawn in %d ms",
                    taken.size(), (planned - began) / 1_000_000, (System.nanoTime() - planned) / 1_000_000));
            return taken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.info(() -> "No pictures were taken for the next days: " + e);
        }
        return List.of();
    }

    /**
     * On the database thread: the board's cards for each of the {@link #DAYS} days after {@code today},
     * planned from the data as stored: the applications of {@code last}, the scheduler's last plan
     * (re-planned on this thread after every change, so as stored; empty: read again), with the
     * settings as stored. The days are planned side by side, as the window waits for them.
     */
    static List<BoardCards> plan(Database db, Optional<PlanSnapshot> last, LocalDate today, HolidayCalendars holidays,
            Locale locale) {
        List<Application> applications = last.map(PlanSnapshot::applications)
                .orElseGet(() -> new ApplicationRepository(db).findAll());
        CheckedContent stored = new CheckedContent(applications, new SettingsRepository(db).all());
        return IntStream.rangeClosed(1, DAYS).parallel()
                .mapToObj(ahead -> BoardCards.of(StorePlanner.planOf(stored, today.plusDays(ahead), holidays, locale)))
                .toList();
    }

    /**
     * On the JavaFX thread, the window hidden and its services closed: for each day's {@code cards}
     * (the first is tomorrow's), the window's clock is set to that day, the board filed with them and
     * the window taken. It stops at a day whose window a start would draw otherwise (the selected card
     * gone from the board, a column scrolled to keep it in view).
     * The window is left on the last day: it is closing.
     */
    static List<StartPicture.Taken> take(Wiring wiring, Stage stage, LookAheadClock clock, LocalDate today,
            List<BoardCards> cards, String language, String theme) {
        String selected = Optional.ofNullable(wiring.board().selectedIdProperty().get()).orElse("");
        Parent root = wiring.window().root();
        // A hidden window's scene is forgotten by JavaFX's style manager: its style sheets no longer
        // style it until they are set again (the pictures came out half styled).
        List<String> sheets = List.copyOf(root.getScene().getStylesheets());
        root.getScene().getStylesheets().clear();
        root.getScene().getStylesheets().setAll(sheets);
        List<StartPicture.Taken> taken = new ArrayList<>(cards.size());
        for (int ahead = 1; ahead <= cards.size(); ahead++) {
            clock.lookAhead(ahead);
            wiring.board().show(cards.get(ahead - 1));
            // Styled and laid out for the cards filed, then again for the cells that layout made.
            root.applyCss();
            root.layout();
            root.applyCss();
            root.layout();
            if (!selected.equals(Optional.ofNullable(wiring.board().selectedIdProperty().get()).orElse(""))
                    || !wiring.boardController().scrolledToTheStart()) {
                break;
            }
            StartPicture.take(stage, root.getScene(), wiring.window().geometry(stage), selected, language, theme,
                    today.plusDays(ahead)).ifPresent(taken::add);
        }
        return taken;
    }
}
