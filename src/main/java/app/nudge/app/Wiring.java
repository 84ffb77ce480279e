package app.nudge.app;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.compose.Composer;
import app.nudge.i18n.Texts;
import app.nudge.interop.csv.CsvImports;
import app.nudge.notify.DueWatcher;
import app.nudge.notify.Notifier;
import app.nudge.policy.PipelineStage;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.schedule.Scheduler;
import app.nudge.schedule.Ticker;
import app.nudge.service.ApplicationService;
import app.nudge.service.SettingsService;
import app.nudge.service.TemplateService;
import app.nudge.settings.UserSettings;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.ui.application.ApplicationEditDialog;
import app.nudge.ui.board.BoardCards;
import app.nudge.ui.board.BoardController;
import app.nudge.ui.board.BoardViewModel;
import app.nudge.ui.common.AfterNextFrame;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.SystemColorScheme;
import app.nudge.ui.common.ThemeService;
import app.nudge.ui.composer.ClipboardPort;
import app.nudge.ui.composer.ComposerController;
import app.nudge.ui.composer.ComposerViewModel;
import app.nudge.ui.composer.MailLauncher;
import app.nudge.ui.csvimport.CsvImportDialog;
import app.nudge.ui.detail.DetailController;
import app.nudge.ui.detail.DetailViewModel;
import app.nudge.ui.detail.Prompts;
import app.nudge.ui.detail.UndoKeys;
import app.nudge.ui.log.LogInterviewDialog;
import app.nudge.ui.settings.DataConnection;
import app.nudge.ui.settings.InboxConnection;
import app.nudge.ui.settings.SettingsDialog;
import app.nudge.ui.welcome.WelcomeDialog;
import app.nudge.ui.shell.MainWindow;
import app.nudge.ui.templates.TemplatesDialog;
import app.nudge.mail.MailFiles;
import app.nudge.ui.log.LogInterviewViewModel;
import app.nudge.ui.replies.RepliesController;
import app.nudge.ui.replies.RepliesUi;
import app.nudge.ui.replies.RepliesViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The app's object graph: the {@link Services} (services, scheduler, calendar file) joined to the
 * view models and views, as the architecture draws them. The app passes its real threads; tests pass synchronous executors, a
 * fixed clock and fake clipboard and prompts, and get exactly the app's wiring.
 */
public final class Wiring {

    /** What the wiring takes from outside. */
    public record Environment(Supplier<Database> database, Executor databaseExecutor, Executor uiExecutor,
                              Clock clock, Ticker ticker, Locale locale, ClipboardPort clipboard,
                              MailLauncher mail, Supplier<Prompts> prompts, Notifier desktopNotifier) {
    }

    private final Environment env;
    private final RepliesUi replies;
    private final Services services;
    private final ApplicationService applications;
    private final SettingsService settings;
    private final TemplateService templates;
    private final BoardViewModel board;
    private final DetailViewModel detail;
    private final ComposerViewModel composer;
    private final BoardController boardController;
    private final MainWindow window;
    private final FxmlLoaderFactory views;
    private final TabPane side;
    private boolean sideRequested;
    private final FirstCards firstCards = new FirstCards();
    private final HolidayCalendars holidays;
    private Scene scene;
    /** Every window's theme; "follow the system" asks the desktop on a short-lived thread of its own. */
    private final ThemeService theme;
    /** The watched inbox, when the app joined one ({@link #useInbox}); read on the JavaFX thread. */
    private InboxWiring inbox;
    /** Where the data is and the way to another store (Settings → Data); null until the app joins one ({@link #useData}). */
    private DataConnection data;
    /** The server whose copy is shown read-only at a start while it is away ({@link #showingCopyOf}), else null. */
    private volatile DatabasePath copyOf;
    /** Insights (Ctrl+I) and the activity report, from the last plan. */
    private final InsightsWiring insights;

    public Wiring(Environment env) {
        this(env, ReplyInputs.standard(env.clock(), env.locale()));
    }

    public Wiring(Environment env, ReplyInputs replyInputs) {
        this(env, replyInputs, ReportInputs.standard(null));
    }

    public Wiring(Environment env, ReplyInputs replyInputs, ReportInputs reportInputs) {
        this.env = env;
        theme = new ThemeService(SystemColorScheme.desktop(),
                job -> Thread.ofPlatform().daemon().name("nudge-theme").start(job), env.uiExecutor());
        services = new Services(env.database(), env.databaseExecutor(), env.uiExecutor(), env.clock(), env.ticker(),
                env.locale());
        applications = services.applications();
        settings = services.settings();
        templates = services.templates();
        holidays = services.holidays();
        board = new BoardViewModel(applications, env.uiExecutor(), env.clock());
        detail = new DetailViewModel(applications, env.uiExecutor(), env.clock());
        composer = new ComposerViewModel(new Composer(), applications, env.clipboard(), env.mail(), env.uiExecutor(), env.clock());
        views = new FxmlLoaderFactory(Map.of(
                BoardController.class, () -> new BoardController(board),
                DetailController.class, () -> new DetailController(detail, env.prompts()),
                ComposerController.class, () -> new ComposerController(composer)));
        FxmlLoaderFactory.Loaded<BoardController> boardView = views.load(BoardController.class);
        boardController = boardView.controller();
        // The side pane's tabs are filled after the board's first frame with data (buildSideSoon):
        // the first frame is the board, and the composer and timeline come a frame later.
        side = MainWindow.sideTabs();
        composer.applicationProperty().bind(board.selectedProperty());
        composer.actionProperty().bind(board.selectedActionProperty());
        window = new MainWindow(boardView.root(), boardController, board, side, detail);
        board.failedProperty().addListener((o, was, failed) -> buildSideSoon());
        replies = new RepliesUi(new RepliesViewModel(replyInputs.reader(), replyInputs.proposer(), board::applications,
                replyInputs.background(), env.uiExecutor()), applications, env.uiExecutor(), board::applications,
                replyInputs.chooser(), this::startApplication, recorded -> {
                    board.selectWhenShown(recorded.id()); // the card the reply moved on
                    window.notice().notify("Nudge", Texts.t("app.replyRecorded", "company", recorded.company()));
                });
        FxmlLoaderFactory.Loaded<RepliesController> repliesPart = replies.boardPart();
        boardController.addPart(repliesPart.controller().commands(), repliesPart.root());
        replies.acceptDrops(boardView.root());
        replies.setClipboardText(env.clipboard()::text);
        replies.model().setPastedReader(MailFiles::pasted);

        DueWatcher watcher = new DueWatcher(Notifier.all(window.notice(), env.desktopNotifier()));
        // Cards are built and sorted here, on the planning thread; the JavaFX thread only files them.
        services.scheduler().addListener(snapshot -> {
            BoardCards cards = firstCards.cardsFor(snapshot);
            env.uiExecutor().execute(() -> {
                board.show(cards);
                buildSideSoon();
            });
        });
        services.scheduler().addListener(watcher);
        insights = new InsightsWiring(reportInputs, holidays, env.locale(), env.clock(), env.uiExecutor());
        services.scheduler().addListener(insights::planned);
        boardController.addToolbarButton(insights.toolbarMenu(() -> window.root().getScene().getWindow()));
        settings.onChange(this::loadSettings);
        // On a server: its outages are shown under the toolbar (hidden while it can be reached), and once it is
        // back the side pane's lines about the outage go; settings and templates changed elsewhere read again.
        services.serverFollow().useStatus(ServerFollow.shownIn(boardController::addStrip, window.notice(), env.clock().getZone(),
                this::sideFailuresOver));
        services.onChangedElsewhere(this::loadStored);
        applications.onSaved(() -> env.uiExecutor().execute(this::sideFailuresOver)); // a saved change: the server answers
    }

    /** Lines in the side pane saying a change failed go (its cause, e.g. the server away, is over). */
    private void sideFailuresOver() {
        detail.clearProblem();
        composer.status().clearProblem();
    }

    /**
     * A plan made at start-up from the data as it is, with its cards: the first re-plan uses them
     * instead of planning again, unless something changed in between. Any thread.
     */
    public void offerFirstPlan(PlanSnapshot snapshot, BoardCards cards) {
        firstCards.offer(snapshot, cards);
        services.offerFirstPlan(snapshot);
    }

    /** Shows the main window in the stage. */
    public void show(Stage stage) {
        Runnable logInterview = () -> LogInterviewDialog.show(stage, applications, env.clock(), env.uiExecutor(),
                Optional.empty(), board.applications(), saved -> board.selectWhenShown(saved.id()));
        Runnable openSettings = () -> SettingsDialog.show(stage, settings, List.copyOf(holidays.supportedCountries()),
                HolidayCalendars.defaultCountry("", env.locale()),
                inbox != null ? inbox.connection() : InboxConnection.forThisRun(), theme::apply, data);
        boardController.setOnLogInterview(logInterview);
        boardController.setOnSettings(openSettings);
        boardController.setOnTemplates(() -> TemplatesDialog.show(stage, templates, this::loadTemplates));
        boardController.setOnImportCsv(() -> CsvImportDialog.show(stage, services.csvImports(), imported -> { }));
        replies.setOwner(() -> stage);
        scene = window.show(stage, board, logInterview, openSettings);
        UndoKeys.install(scene, detail.undoRedo()); // Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y anywhere in the window
        theme.attach(stage);
    }

    /**
     * Fills the side pane (composer, timeline) after the next frame, once: the window's first frame
     * with data shows the board alone, sooner. On the JavaFX thread.
     */
    private void buildSideSoon() {
        if (sideRequested) {
            return;
        }
        sideRequested = true;
        if (scene == null || scene.getWindow() == null) { // not on screen yet (a picture shows): no frame to wait for
            buildSide();
            return;
        }
        AfterNextFrame.run(scene, this::buildSide);
    }

    private void buildSide() {
        FxmlLoaderFactory.Loaded<DetailController> detailView = views.load(DetailController.class);
        side.getTabs().get(0).setContent(MainWindow.scrolling(views.load(ComposerController.class).root()));
        side.getTabs().get(1).setContent(MainWindow.scrolling(detailView.root()));
        detailView.controller().setOnAddRound(() -> Optional.ofNullable(board.selectedProperty().get())
                .ifPresent(a -> LogInterviewDialog.show(window.root().getScene().getWindow(), applications,
                        env.clock(), env.uiExecutor(), Optional.of(a), board.applications(), saved -> { })));
        detailView.controller().setOnEditRound(index -> Optional.ofNullable(board.selectedProperty().get())
                .ifPresent(a -> LogInterviewDialog.showEditing(window.root().getScene().getWindow(), applications,
                        env.clock(), env.uiExecutor(), a, index, board.applications(), saved -> { })));
        detailView.controller().setOnEditApplication(this::editSelectedApplication);
        // The cards' own menu offers the same edit (the right-clicked card is the selected one).
        for (PipelineStage stage : PipelineStage.values()) {
            MenuItem edit = new MenuItem(Texts.t("app.editApplication"));
            edit.setOnAction(e -> editSelectedApplication());
            Optional.ofNullable(boardController.list(stage).getContextMenu()).ifPresent(m -> m.getItems().add(edit));
        }
    }

    /** "Start a new application…" from a reply: the log form with the company guessed from the sender. */
    private void startApplication(javafx.stage.Window owner, String company, java.util.function.Consumer<app.nudge.domain.Application> saved) {
        LogInterviewViewModel form = new LogInterviewViewModel(applications, env.clock(), env.uiExecutor(), Optional.empty(),
                board.applications());
        form.companyProperty().set(company);
        LogInterviewDialog.show(owner, form, saved);
    }

    private void editSelectedApplication() {
        Optional.ofNullable(board.selectedProperty().get())
                .ifPresent(a -> ApplicationEditDialog.show(window.root().getScene().getWindow(), applications,
                        env.uiExecutor(), a, holidays.supportedCountries().stream().sorted().toList(), saved -> { }));
    }

    /** Settings → Data switches the window's store through {@code connection} (the app's {@link DataSession}). */
    public void useData(DataConnection connection) {
        data = connection;
    }

    /** Once the database is open: the first plan (which fills the board) and the settings. */
    public void start() {
        services.start();
        loadStored();
    }

    /** After the database was reopened (a restore, another file): plan again and reload what it holds. */
    public void reload() {
        services.reload();
        loadStored();
    }

    /** What the views take from the store besides the plan: settings, templates, and the store's name for the title. */
    private void loadStored() {
        loadSettings();
        loadTemplates();
        nameTheStore();
    }

    /** This computer's copy of {@code server} is shown (null: no more); the title names the server all the same. */
    public void showingCopyOf(DatabasePath server) {
        copyOf = server;
        nameTheStore();
    }

    private void nameTheStore() {
        env.uiExecutor().execute(() -> board.storeNameProperty().set(StoreName.of(env.database(), copyOf)));
    }

    /** Template edits change drafts only (no re-plan): hand the composer the stored overrides. */
    private void loadTemplates() {
        templates.source().thenAcceptAsync(composer::setTemplates, env.uiExecutor());
    }

    private void loadSettings() {
        settings.load().thenAcceptAsync(this::applySettings, env.uiExecutor());
    }

    /** The parts of the settings the views use directly: the theme and your name for drafts. */
    private void applySettings(UserSettings values) {
        theme.apply(values.theme());
        composer.setSettings(values.you());
        insights.settingsChanged(values);
        if (inbox != null) {
            inbox.apply(values.inbox());
            replies.model().watchInbox(values.inbox().watched(), () -> inbox.checkNow());
        }
    }

    /**
     * Joins the watched inbox to this window: it follows the settings from now on, its password is
     * kept by the settings dialog in the same credential store, and "Check the inbox now" appears
     * in the Replies menu while it is on. Without this call (tests) no inbox is watched.
     */
    void useInbox(InboxWiring watchedInbox) {
        this.inbox = watchedInbox;
    }

    /**
     * On a first start (no name stored, welcome never finished or skipped): shows the welcome after
     * the window's next frame. The settings are read on the database thread; the JavaFX thread only
     * opens the dialog. Called by the app once the database is open (tests call it themselves).
     */
    public void welcomeOnFirstRun() {
        settings.load().thenAcceptAsync(stored -> {
            if (stored.needsWelcome() && scene != null) {
                AfterNextFrame.run(scene, () -> WelcomeDialog.show(scene.getWindow(), settings, stored,
                        List.copyOf(holidays.supportedCountries()), HolidayCalendars.defaultCountry("", env.locale()),
                        env.uiExecutor()));
            }
        }, env.uiExecutor());
    }

    /** Stops the timers; the calendar file catches up first (queued on the database executor: call before it closes there). */
    public void close() throws Exception {
        theme.detach();
        services.close();
    }

    ServerFollow.Status serverStatus() { // the line under the toolbar
        return services.serverFollow().status();
    }

    public Scheduler scheduler() {
        return services.scheduler();
    }

    public ApplicationService applications() {
        return applications;
    }

    public TemplateService templates() {
        return templates;
    }

    public CsvImports csvImports() {
        return services.csvImports();
    }

    public SettingsService settings() {
        return settings;
    }

    public BoardViewModel board() {
        return board;
    }

    public BoardController boardController() {
        return boardController;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    public DetailViewModel detail() {
        return detail;
    }

    /** The theme of every window; Settings hands it the user's choice. */
    public ThemeService theme() {
        return theme;
    }

    /** Replies: paste, open, drop, review, and those waiting (the inbox watch offers its messages here). */
    public RepliesUi replies() {
        return replies;
    }

    /** Opens the Insights window (or brings it to the front): what Ctrl+I does. */
    public javafx.stage.Stage openInsights() {
        return insights.openInsights(window.root().getScene().getWindow());
    }

    /** Opens the activity report dialog: what Ctrl+Shift+R does. */
    public javafx.stage.Stage openActivityReport() {
        return insights.openActivityReport(window.root().getScene().getWindow());
    }

    public MainWindow window() {
        return window;
    }
}
