package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.common.NamedThreads;
import app.nudge.compose.Composer;
import app.nudge.domain.Settings;
import app.nudge.notify.DesktopNotifier;
import app.nudge.notify.DueWatcher;
import app.nudge.notify.Notifier;
import app.nudge.schedule.ExecutorTicker;
import app.nudge.schedule.Scheduler;
import app.nudge.schedule.StorePlanner;
import app.nudge.service.ApplicationService;
import app.nudge.service.SettingsService;
import app.nudge.service.TemplateService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import app.nudge.store.StoreException;
import app.nudge.ui.board.BoardController;
import app.nudge.ui.board.BoardViewModel;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import app.nudge.ui.composer.ComposerController;
import app.nudge.ui.composer.ComposerViewModel;
import app.nudge.ui.composer.FxClipboard;
import app.nudge.ui.detail.DetailController;
import app.nudge.ui.detail.DetailViewModel;
import app.nudge.ui.detail.DialogPrompts;
import app.nudge.ui.log.LogInterviewDialog;
import app.nudge.ui.settings.SettingsDialog;
import app.nudge.ui.shell.MainWindow;
import app.nudge.ui.templates.TemplatesDialog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The desktop app: wires the services, the scheduler and the views. The window shows at once;
 * the database opens on its own thread and the board fills when the first plan arrives, so
 * opening and migrating never delay the first frame.
 */
public final class NudgeApp extends Application {

    private static final Logger LOG = Logger.getLogger(NudgeApp.class.getName());

    private final ExecutorService databaseThread = NamedThreads.databaseThread();
    private final ScheduledExecutorService schedulerThread = NamedThreads.schedulerThread();
    private volatile Database database;
    private Scheduler scheduler;
    private DesktopNotifier desktopNotifier;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Clock clock = Clock.systemDefaultZone();
        Supplier<Database> db = this::openDatabase;
        HolidayCalendars holidays = HolidayCalendars.shared();

        ApplicationService applications = new ApplicationService(() -> new ApplicationRepository(db.get()), databaseThread);
        SettingsService settings = new SettingsService(() -> new SettingsRepository(db.get()), databaseThread);
        TemplateService templates = new TemplateService(() -> new SettingsRepository(db.get()), databaseThread);
        scheduler = new Scheduler(new StorePlanner(db, holidays, Locale.getDefault()), clock,
                new ExecutorTicker(schedulerThread), databaseThread);
        applications.onChange(scheduler::replan);
        settings.onChange(scheduler::replan);

        BoardViewModel board = new BoardViewModel(applications, Platform::runLater, clock);
        DetailViewModel detail = new DetailViewModel(applications, Platform::runLater, clock);
        ComposerViewModel composer = new ComposerViewModel(new Composer(), applications, new FxClipboard(),
                uri -> getHostServices().showDocument(uri), Platform::runLater, clock);
        FxmlLoaderFactory views = new FxmlLoaderFactory(Map.of(
                BoardController.class, () -> new BoardController(board),
                DetailController.class, () -> new DetailController(detail, () -> new DialogPrompts(stage)),
                ComposerController.class, () -> new ComposerController(composer)));
        FxmlLoaderFactory.Loaded<BoardController> boardView = views.load(BoardController.class);
        FxmlLoaderFactory.Loaded<DetailController> detailView = views.load(DetailController.class);
        TabPane side = new TabPane(
                new Tab("Next message", views.load(ComposerController.class).root()),
                new Tab("Timeline & record", detailView.root()));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(380);
        composer.applicationProperty().bind(board.selectedProperty());
        composer.actionProperty().bind(board.selectedActionProperty());

        MainWindow window = new MainWindow(boardView.root(), boardView.controller(), board, side, detail);
        Runnable logInterview = () -> LogInterviewDialog.show(stage, applications, Optional.empty(),
                board.applications(), saved -> board.selectedIdProperty().set(saved.id()));
        detailView.controller().setOnAddRound(() -> Optional.ofNullable(board.selectedProperty().get())
                .ifPresent(a -> LogInterviewDialog.show(stage, applications, Optional.of(a), board.applications(), saved -> { })));
        Runnable openSettings = () -> SettingsDialog.show(stage, settings, List.copyOf(holidays.supportedCountries()),
                theme -> { });
        boardView.controller().setOnLogInterview(logInterview);
        boardView.controller().setOnSettings(openSettings);
        // Template edits change drafts only (no re-plan): hand the composer the stored overrides.
        Runnable refreshTemplates = () -> templates.source().whenCompleteAsync((source, error) -> {
            if (error == null) {
                composer.setTemplates(source);
            } else {
                LOG.log(Level.WARNING, "Reading your templates failed; drafts keep the previous ones", error);
            }
        }, Platform::runLater);
        boardView.controller().setOnTemplates(() -> TemplatesDialog.show(stage, templates, refreshTemplates));
        Scene scene = window.show(stage, board, logInterview, openSettings);

        desktopNotifier = new DesktopNotifier(schedulerThread);
        DueWatcher watcher = new DueWatcher(Notifier.all(window.notice(), desktopNotifier));
        scheduler.addListener(snapshot -> Platform.runLater(() -> board.showSnapshot(snapshot)));
        scheduler.addListener(watcher);
        settings.onChange(() -> settings.load().thenAcceptAsync(values -> applySettings(values, composer, scene),
                Platform::runLater));

        CompletableFuture.runAsync(() -> database = Database.openOrCreate(options.database()), databaseThread)
                .whenCompleteAsync((ok, error) -> {
                    if (error == null) {
                        scheduler.start();
                        settings.load().thenAcceptAsync(values -> applySettings(values, composer, scene), Platform::runLater);
                        refreshTemplates.run();
                    } else {
                        Throwable cause = error.getCause() == null ? error : error.getCause();
                        LOG.log(Level.WARNING, "Opening the database failed", cause);
                        board.showProblem(cause instanceof StoreException ? cause.getMessage()
                                : "Cannot open the database: " + cause);
                    }
                }, Platform::runLater);
    }

    /** The parts of the settings the views use directly: the theme and your name for drafts. */
    private static void applySettings(Map<String, String> values, ComposerViewModel composer, Scene scene) {
        Theme.apply(scene, values.getOrDefault("theme", Theme.LIGHT));
        composer.setSettings(new Settings(values.get(SettingsRepository.YOUR_NAME), values.get(SettingsRepository.YOUR_EMAIL),
                values.get(SettingsRepository.YOUR_PHONE), values.get(SettingsRepository.SIGNATURE),
                values.get(SettingsRepository.COUNTRY), values.get(SettingsRepository.PRESET)));
    }

    private Database openDatabase() {
        Database db = database;
        if (db == null) {
            throw new IllegalStateException("The database is not open");
        }
        return db;
    }

    @Override
    public void stop() throws Exception {
        if (scheduler != null) {
            scheduler.close();
        }
        if (desktopNotifier != null) {
            desktopNotifier.close();
        }
        schedulerThread.shutdown();
        // Let queued writes finish, then close; never shutdownNow (it interrupts H2 I/O).
        databaseThread.execute(() -> {
            if (database != null) {
                database.close();
            }
        });
        databaseThread.shutdown();
        if (!databaseThread.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warning("The database thread did not finish within 10 s");
        }
    }
}
