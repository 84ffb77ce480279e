package app.nudge.app;

import app.nudge.common.NamedThreads;
import app.nudge.notify.DesktopNotifier;
import app.nudge.schedule.ExecutorTicker;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import app.nudge.ui.composer.FxClipboard;
import app.nudge.ui.detail.DialogPrompts;
import java.io.File;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; the database opens on its own thread and the board
 * fills when the first plan arrives, so opening and migrating never delay the first frame.
 */
public final class NudgeApp extends Application {

    private static final Logger LOG = Logger.getLogger(NudgeApp.class.getName());

    /** Set by {@link Main} when this launch holds the single-instance lock (null otherwise). */
    static volatile InstanceLock instance;

    private final ExecutorService databaseThread = NamedThreads.databaseThread();
    private final ScheduledExecutorService schedulerThread = NamedThreads.schedulerThread();
    private volatile Database database;
    private volatile DatabasePath databasePath;
    private volatile boolean started;
    private Wiring wiring;
    private DesktopNotifier desktopNotifier;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        LogFiles.install(options.database().folder());
        InstanceLock lock = instance;
        if (lock != null) {
            lock.onShow(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        }
        desktopNotifier = new DesktopNotifier(schedulerThread);
        wiring = new Wiring(new Wiring.Environment(this::openDatabase, databaseThread, Platform::runLater,
                Clock.systemDefaultZone(), new ExecutorTicker(schedulerThread), Locale.getDefault(), new FxClipboard(),
                uri -> getHostServices().showDocument(uri), () -> new DialogPrompts(stage), desktopNotifier));
        wiring.show(stage);
        wiring.boardController().setOnBackups(this::showBackups);
        open(options.database(), null);
    }

    /**
     * Opens {@code path} on the database thread, after {@code before} (a restore) when given; then
     * plans, or offers the ways out of a problem. The daily backup follows the first plan.
     */
    private void open(DatabasePath path, Runnable before) {
        databasePath = path;
        CompletableFuture.supplyAsync(() -> {
            // A failed restore changes nothing (Backups checks first): reopen what is there and say so.
            RuntimeException restoreProblem = null;
            if (before != null) {
                try {
                    before.run();
                } catch (RuntimeException e) {
                    restoreProblem = e;
                }
            }
            database = Database.openOrCreate(path);
            return restoreProblem;
        }, databaseThread).whenCompleteAsync((restoreProblem, error) -> {
            if (error == null) {
                if (started) {
                    wiring.reload();
                } else {
                    started = true;
                    wiring.start();
                }
                if (restoreProblem != null) {
                    LOG.log(Level.WARNING, "A restore failed", restoreProblem);
                    wiring.board().showProblem(restoreProblem instanceof StoreException ? restoreProblem.getMessage()
                            : "The restore failed: " + restoreProblem);
                }
                databaseThread.execute(this::dailyBackup);
            } else {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                LOG.log(Level.WARNING, "Opening the database failed", cause);
                if (cause instanceof StoreException problem && problem.kind() != StoreException.Kind.IN_USE) {
                    offerWayOut(path, problem);
                } else {
                    wiring.board().showProblem(cause instanceof StoreException ? cause.getMessage()
                            : "Cannot open the database: " + cause);
                }
            }
        }, Platform::runLater);
    }

    private void dailyBackup() {
        try {
            if (database != null) {
                database.dailyBackup();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily backup failed", e);
        }
    }

    private void offerWayOut(DatabasePath path, StoreException problem) {
        Backups backups = new Backups(path);
        switch (DatabaseProblemDialog.ask(stage, problem, backups.latest().isPresent())) {
            case RESTORE_LATEST -> open(path, () -> backups.restore(backups.latest().orElseThrow()));
            case CHOOSE_ANOTHER -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Choose a Nudge data file");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Nudge data", "*.mv.db"));
                File folder = path.folder().toFile();
                if (folder.isDirectory()) {
                    chooser.setInitialDirectory(folder);
                }
                File chosen = chooser.showOpenDialog(stage);
                if (chosen == null) {
                    offerWayOut(path, problem);
                } else {
                    open(DatabasePath.of(chosen.getPath()), null);
                }
            }
            case QUIT -> Platform.exit();
        }
    }

    /** The Backups… button: list them; a restore closes the database, restores, reopens and re-plans. */
    private void showBackups() {
        DatabasePath path = databasePath;
        Backups backups = new Backups(path);
        BackupsDialog.show(stage, backups.list(), backups.folder().toString(), chosen -> open(path, () -> {
            Database open = database;
            database = null;
            if (open != null) {
                open.close();
            }
            backups.restore(chosen);
        }));
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
        if (wiring != null) {
            wiring.scheduler().close();
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
        InstanceLock lock = instance;
        if (lock != null) {
            lock.close();
        }
    }
}
