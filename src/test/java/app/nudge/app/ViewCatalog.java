package app.nudge.app;

import app.nudge.i18n.Texts;
import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.policy.PipelineStage;
import app.nudge.settings.UserSettings;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.StoreException;
import app.nudge.replies.Evidence;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.MatchKind;
import app.nudge.replies.Reading;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.Period;
import app.nudge.ui.board.BoardCard;
import app.nudge.ui.insights.ChartExport;
import app.nudge.ui.insights.InsightsViewModel;
import app.nudge.ui.insights.InsightsWindow;
import app.nudge.ui.insights.SampleReports;
import app.nudge.ui.report.ActivityReportDialog;
import app.nudge.ui.report.ActivityReportViewModel;
import app.nudge.ui.report.FakeReports;
import app.nudge.ui.report.ReportOpener;
import app.nudge.ui.replies.FakeProposer;
import app.nudge.ui.replies.TinyEmlReader;
import app.nudge.ui.replies.WaitingReply;
import app.nudge.ui.detail.DialogPrompts;
import app.nudge.ui.log.LogInterviewDialog;
import app.nudge.ui.settings.DataDialog;
import app.nudge.ui.settings.BackToFileQuestion;
import app.nudge.ui.settings.RecordingDataConnection;
import app.nudge.ui.settings.ServerPasswordDialog;
import app.nudge.ui.welcome.WelcomeDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view and dialog of the app, each opened the way the app opens it, on the real wiring with
 * demo data. The gallery pictures them and the contrast test reads them: to add a view, add one
 * line to {@link #VIEWS}.
 */
final class ViewCatalog {

    /** How one view is opened in the running app (on the JavaFX thread; it may block in showAndWait). */
    @FunctionalInterface
    interface Opener {
        void open(App app);
    }

    record View(String name, Opener opener) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A server's problem as long as real ones get, for the picture of a result that wraps. */
    private static String longProblem() {
        return Texts.t("store.server.unreachable", "host", "db.example.org", "port", "5432") + " "
                + Texts.t("store.server.unknownHost", "host", "db.example.org");
    }

    static final List<View> VIEWS = List.of(
            new View("board", app -> app.selectTab(0)),
            new View("board-timeline", app -> app.selectTab(1)),
            new View("board-timeline-failed", app -> app.failedRecord()),
            new View("board-timeline-row", app -> {
                app.selectTab(1);
                javafx.scene.control.ListView<?> timeline = (javafx.scene.control.ListView<?>) app.stage.getScene().lookup("#timeline");
                timeline.getSelectionModel().select(timeline.getItems().size() - 1); // a round: bold text and a muted detail
                timeline.requestFocus();
            }),
            new View("board-notice", app -> app.wiring.window().notice().notify("Nudge",
                    Texts.t("notify.dueToday", "what", Texts.t("notify.action.THANK_AFTER_REJECTION", "company", "Acme Corp"),
                            "role", "Backend Developer"))),
            new View("board-search", app -> app.wiring.board().searchProperty().set("a")),
            new View("log-interview", app -> app.fire("#logInterview")),
            new View("log-interview-round", app -> LogInterviewDialog.show(app.stage, app.wiring.applications(), app.clock,
                    Runnable::run, Optional.of(app.selected()), app.wiring.board().applications(), saved -> { })),
            new View("settings", app -> app.fire("#settings")),
            new View("data-server", app -> app.fire("#settings", "#dataServer")),
            new View("data-server-tested", app -> app.dataDialog("postgresql://jane@db.example.org/nudge?schema=jane", "s3cret")),
            new View("data-server-wrong", app -> app.dataDialog("postgresql://jane@db.example.org:99999/nudge?schema=jane", "")),
            new View("data-server-unreachable", app -> app.dataDialog(RecordingDataConnection.forPicturesOnServer(longProblem()),
                    RecordingDataConnection.SERVER, "")),
            new View("settings-data-on-server", app -> app.settingsOnServer()),
            new View("back-to-file-question", app -> BackToFileQuestion.ask(app.stage,
                    RecordingDataConnection.SERVER)),
            new View("server-password", app -> ServerPasswordDialog.ask(app.stage,
                    "postgresql://jane@db.example.org/nudge?schema=jane",
                    Texts.t("store.server.needsPassword", "host", "db.example.org", "user", "jane"))),
            new View("templates", app -> app.fire("#templates")),
            new View("csv-import", app -> app.fire("#importCsv")),
            new View("backups", app -> BackupsDialog.show(app.stage, app.sampleBackups(), "/home/jane/.local/share/nudge/backups",
                    backup -> { })),
            new View("database-problem", app -> DatabaseProblemDialog.ask(app.stage,
                    new StoreException(StoreException.Kind.DAMAGED, Texts.t("store.damaged", "path", "nudge.mv.db",
                            "problem", Texts.t("store.damaged.unlinkedRows"), "whatToDo", ""), null), true)),
            new View("confirm-delete", app -> new DialogPrompts(app.stage).confirm(Texts.t("detail.deleteApplication"),
                    Texts.t("detail.deleteApplication.question", "name", "Acme Corp – Backend Developer"))),
            new View("date-prompt", app -> new DialogPrompts(app.stage).date(Texts.t("detail.snooze.title"), Texts.t("detail.snooze.question"),
                    app.clock.instant().atZone(app.clock.getZone()).toLocalDate().plusDays(3))),
            new View("reply-prompt", app -> new DialogPrompts(app.stage).reply(LocalDate.of(2026, 12, 4))),
            new View("close-reason", app -> app.wiring.boardController().requestMove(app.firstIn(PipelineStage.WAITING),
                    PipelineStage.CLOSED)),
            new View("edit-event", app -> new DialogPrompts(app.stage).edit(
                    Event.reply(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4)))),
            new View("edit-round", app -> LogInterviewDialog.showEditing(app.stage, app.wiring.applications(), app.clock,
                    Runnable::run, app.selected(), 0, app.wiring.board().applications(), saved -> { })),
            new View("edit-application", app -> app.fire("#editApplication")),
            new View("welcome", app -> WelcomeDialog.show(app.stage, app.wiring.settings(),
                    UserSettings.defaults(), List.of("DE", "FR", "GB", "NL", "US"), "US", Runnable::run)),
            new View("reply-paste", app -> app.wiring.replies().pasteReply()),
            new View("reply-review", app -> app.wiring.replies().review(app.sampleReply(false))),
            new View("reply-review-ambiguous", app -> app.wiring.replies().review(app.sampleReply(true))),
            new View("replies-waiting", app -> {
                app.wiring.replies().model().paste("Thank you for your patience. We expect a decision by 2026-12-04.");
                app.wiring.replies().model().paste("Unfortunately we decided to go with another candidate.");
                app.wiring.replies().showWaiting();
            }),
            new View("activity-report", app -> ActivityReportDialog.show(app.stage, app.activityReport(
                    FakeReports.lastMonthSample(App.TODAY)))),
            new View("activity-report-saved", app -> {
                ActivityReportViewModel model = new ActivityReportViewModel(FakeReports.lastMonthSample(App.TODAY),
                        (report, format, file) -> { }, (owner, name, format) -> Optional.of(Path.of("/home/jane/Documents", name)),
                        file -> { }, app.clock, Runnable::run, Runnable::run);
                ActivityReportDialog.show(app.stage, model);
                model.save(app.stage); // the fake writer writes nothing: the picture shows the line and "Open"
            }),
            new View("activity-report-empty", app -> ActivityReportDialog.show(app.stage, app.activityReport(
                    period -> new ActivityReport("Jane Doe", period, App.TODAY, List.of())))),
            new View("board-replies-waiting", app -> {
                if (app.wiring.replies().model().waitingProperty().isEmpty()) {
                    app.wiring.replies().model().paste("Unfortunately we decided to go with another candidate.");
                }
                app.wiring.replies().filesDropped(List.of(Path.of("not-there.eml"))); // the strip names a bad file
            }),
            new View("insights", app -> app.insights(SampleReports::realistic)),
            new View("insights-empty", app -> app.insights(SampleReports::empty)));

    /** The app as users get it: real H2 file, real wiring, demo data, a fixed clock (Mon 23 Nov 2026, 16:00). */
    static final class App {
        static final LocalDate TODAY = JourneyApp.TODAY;

        private final JourneyApp app;
        final Stage stage;
        final Database database;
        final Clock clock;
        final Wiring wiring;

        /** On the JavaFX thread. Periodic jobs never run: the pictures hold still. */
        App(Stage stage, Path folder) {
            app = JourneyApp.on(stage, folder).settings(JourneyApp.JANE_IN_US)
                    .seed(database -> new ApplicationRepository(database).saveAll(new DemoData(7, TODAY).applications(40)))
                    .prompts(() -> new DialogPrompts(stage))
                    .replies(clock -> new ReplyInputs(TinyEmlReader::read, new FakeProposer(TODAY),
                            owner -> List.of(), Runnable::run))
                    .start();
            this.stage = stage;
            database = app.database;
            clock = app.clock;
            wiring = app.wiring;
            wiring.useData(RecordingDataConnection.forPictures()); // Settings shows its Data section
        }

        /** The Data dialog with {@code address} and {@code password} typed and tested. */
        void dataDialog(String address, String password) {
            dataDialog(RecordingDataConnection.forPictures(), address, password);
        }

        void dataDialog(RecordingDataConnection connection, String address, String password) {
            Stage dialog = DataDialog.show(stage, connection, () -> { });
            ((javafx.scene.control.TextField) dialog.getScene().lookup("#dataAddress")).setText(address);
            ((javafx.scene.control.TextField) dialog.getScene().lookup("#dataPassword")).setText(password);
            ((Button) dialog.getScene().lookup("#dataTest")).fire();
        }

        /** Settings opened while the data is on a server, scrolled to its Data section ("Back to this computer's file"). */
        void settingsOnServer() {
            Set<Window> before = Set.copyOf(Window.getWindows());
            wiring.useData(RecordingDataConnection.forPicturesOnServer(null));
            fire("#settings");
            wiring.useData(RecordingDataConnection.forPictures());
            Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst().ifPresent(w -> {
                javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) w.getScene().lookup(".settings-scroll");
                Platform.runLater(() -> scroll.setVvalue(1)); // once laid out: the Data section is near the end
            });
        }

        /**
         * The timeline tab after a record that failed (the application was deleted behind the window's
         * back, then put back as it was): the failure's line, wrapped in the error colours.
         */
        void failedRecord() {
            selectTab(1);
            Application shown = selected();
            ApplicationRepository store = new ApplicationRepository(database);
            store.delete(shown.id());
            fire("#thankYouSent");
            store.save(shown);
        }

        /** The Insights window with a hand-built report (the figures are the insights branch's, not shown here). */
        void insights(java.util.function.BiFunction<app.nudge.insights.Period, LocalDate, app.nudge.insights.InsightsReport> report) {
            InsightsWindow.show(stage, new InsightsViewModel(period -> report.apply(period, TODAY), Runnable::run, Runnable::run,
                    clock), new ChartExport(image -> { }, (owner, name) -> Optional.empty(), Runnable::run, Runnable::run));
        }

        void selectTab(int index) {
            ((TabPane) stage.getScene().lookup("#side")).getSelectionModel().select(index);
        }

        void fire(String id) {
            ((Button) stage.getScene().lookup(id)).fire();
        }

        /** Fires {@code id} in the main window, then {@code inDialog} in the window that opened. */
        void fire(String id, String inDialog) {
            Set<Window> before = Set.copyOf(Window.getWindows());
            fire(id);
            Window.getWindows().stream().filter(w -> !before.contains(w)).findFirst()
                    .ifPresent(w -> ((Button) w.getScene().lookup(inDialog)).fire());
        }

        Application selected() {
            return wiring.board().selectedProperty().get();
        }

        String firstIn(PipelineStage column) {
            List<BoardCard> cards = wiring.board().column(column);
            return cards.isEmpty() ? wiring.board().dueNowProperty().get(0).id() : cards.get(0).id();
        }

        /**
         * A reply for the selected application (ambiguous: for it and the next one) saying when
         * they expect to decide, with that sentence as the evidence for the kind and the date.
         */
        WaitingReply sampleReply(boolean ambiguous) {
            Application first = selected();
            String text = "Hi Jane,\n\nThank you for meeting the team on Friday. We are still talking to a few "
                    + "candidates, and we expect a decision by December 4. I will write as soon as I know more.\n\n"
                    + "Best,\nPat\n\n> On Fri, 20 Nov 2026, Jane Doe wrote:\n> Thank you for the interview today.";
            String sentence = "We are still talking to a few candidates, and we expect a decision by December 4.";
            int start = text.indexOf(sentence);
            Evidence evidence = new Evidence(sentence, start, start + sentence.length());
            IncomingMessage message = new IncomingMessage("Re: " + first.role() + " at " + first.company(),
                    "pat@" + first.company().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example",
                    "Pat Lee", TODAY.atTime(9, 12).atZone(clock.getZone()), text, java.util.Map.of(),
                    IncomingMessage.Source.FILE);
            String other = wiring.board().applications().stream().map(Application::id)
                    .filter(id -> !id.equals(first.id())).findFirst().orElseThrow();
            ReplyMatch match = ambiguous ? new ReplyMatch(MatchKind.AMBIGUOUS, null, List.of(first.id(), other))
                    : new ReplyMatch(MatchKind.EMAIL, first.id(), List.of(first.id()));
            return new WaitingReply(new ReplyProposal(message, match, new Reading(ReplyKind.REPLY_RECEIVED, TODAY,
                    LocalDate.of(2026, 12, 4), null, evidence, evidence)), "reply.eml");
        }

        /** The activity report dialog's model on hand-made acts; Save offers no file (nothing is written). */
        ActivityReportViewModel activityReport(java.util.function.Function<Period, ActivityReport> reports) {
            return new ActivityReportViewModel(reports, (report, format, file) -> { }, (owner, name, format) -> Optional.empty(),
                    ReportOpener.NONE, clock, Runnable::run, Runnable::run);
        }

        List<Backups.Backup> sampleBackups() {
            LocalDateTime now = LocalDateTime.now(clock);
            return List.of(new Backups.Backup(Path.of("a"), Backups.Kind.DAILY, now.minusHours(5), 48_000, "a"),
                    new Backups.Backup(Path.of("b"), Backups.Kind.PRE_MIGRATION, now.minusDays(3), 47_000, "b"),
                    new Backups.Backup(Path.of("c"), Backups.Kind.PRE_RESTORE, now.minusDays(9), 39_000, "c"));
        }

        /** Sizes the main window, selects the most urgent card and restores the untouched board. */
        void reset(int width, int height) {
            WaitForAsyncUtils.asyncFx(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
                wiring.board().searchProperty().set("");
                if (!wiring.board().dueNowProperty().isEmpty()) {
                    wiring.board().selectedIdProperty().set(wiring.board().dueNowProperty().get(0).id());
                }
                selectTab(0);
            });
            WaitForAsyncUtils.waitForFxEvents();
        }

        /**
         * Opens the view and gives the window it shows (the main window when it opens none). A
         * window that is bigger than the screen size under test is shrunk to it, as a small
         * screen would.
         */
        Window open(View view, int width, int height) {
            Set<Window> before = Set.copyOf(Window.getWindows());
            Platform.runLater(() -> view.opener().open(this));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents(); // the side pane and dialogs fill a frame later
            Window shown = Window.getWindows().stream().filter(w -> !before.contains(w) && !(w instanceof PopupWindow))
                    .reduce((a, b) -> b).orElse(stage);
            if (shown != stage) {
                WaitForAsyncUtils.asyncFx(() -> {
                    shown.setWidth(Math.min(shown.getWidth(), width));
                    shown.setHeight(Math.min(shown.getHeight(), height));
                });
                WaitForAsyncUtils.waitForFxEvents();
            }
            return shown;
        }

        /** Closes every window but the main one (ending any showAndWait). */
        void closeOthers() {
            WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w != stage && !(w instanceof PopupWindow)).forEach(Window::hide));
            WaitForAsyncUtils.waitForFxEvents();
        }

        void close() {
            closeOthers();
            WaitForAsyncUtils.asyncFx(() -> wiring.theme().detach()); // the next test's wiring themes the shared primary stage
            app.close();
        }

        static Node lookup(Window window, String id) {
            return window.getScene().lookup(id);
        }
    }

    private ViewCatalog() {
    }
}
