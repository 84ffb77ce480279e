package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Application;
import app.nudge.service.ApplicationService;
import app.nudge.ui.common.FxmlLoaderFactory;
import app.nudge.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The three ways a reply comes in (paste, open, drop) and the dialogs that follow: each one read
 * becomes a waiting reply, and the first of what the user brought in opens for review at once.
 * Everything here runs on the JavaFX thread; reading runs in the view model's background.
 */
public final class RepliesUi {

    private final RepliesViewModel model;
    private final ApplicationService service;
    private final Executor ui;
    private final Supplier<List<Application>> applications;
    private final EmailFileChooser chooser;
    private final NewApplicationForm newApplication;
    private final Consumer<Application> onRecorded;
    private Supplier<Window> owner = () -> null;
    private Supplier<String> clipboardText = () -> "";
    private FxmlLoaderFactory.Loaded<RepliesController> board;

    /**
     * @param applications the applications shown now (candidates, "pick an application")
     * @param onRecorded   after an Accept stored a change: the stored application
     */
    public RepliesUi(RepliesViewModel model, ApplicationService service, Executor ui,
                     Supplier<List<Application>> applications, EmailFileChooser chooser,
                     NewApplicationForm newApplication, Consumer<Application> onRecorded) {
        this.model = Objects.requireNonNull(model);
        this.service = Objects.requireNonNull(service);
        this.ui = Objects.requireNonNull(ui);
        this.applications = Objects.requireNonNull(applications);
        this.chooser = Objects.requireNonNull(chooser);
        this.newApplication = Objects.requireNonNull(newApplication);
        this.onRecorded = Objects.requireNonNull(onRecorded);
    }

    /**
     * Where "Paste a reply" finds text already copied: the dialog opens with it and with "Read it"
     * focused, so one Enter reads it. On the JavaFX thread.
     */
    public void setClipboardText(Supplier<String> clipboardText) {
        this.clipboardText = Objects.requireNonNull(clipboardText);
    }

    /** The window the dialogs belong to (the main window). */
    public void setOwner(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    public RepliesViewModel model() {
        return model;
    }

    /** The board's part: the strip (waiting count, problems) and its "Replies" toolbar button. */
    public FxmlLoaderFactory.Loaded<RepliesController> boardPart() {
        if (board == null) {
            board = new FxmlLoaderFactory(Map.of(RepliesController.class,
                    () -> new RepliesController(model, this::pasteReply, this::openEmailFiles, this::showWaiting)))
                    .load(RepliesController.class);
        }
        return board;
    }

    /** Files dropped on {@code target} are read as replies (see {@link #filesDropped}). */
    public void acceptDrops(Node target) {
        EmailFileDrop.install(target, this::filesDropped);
    }

    /** "Paste a reply…" (Ctrl+Shift+V): the paste dialog. */
    public Stage pasteReply() {
        Stage[] stage = new Stage[1];
        PasteReplyViewModel paste = new PasteReplyViewModel();
        paste.offerCopied(clipboardText.get());
        FxmlLoaderFactory.Loaded<PasteReplyController> view = new FxmlLoaderFactory(Map.of(PasteReplyController.class,
                () -> new PasteReplyController(paste, text -> {
                    stage[0].close();
                    model.paste(text).thenAccept(this::reviewFirst);
                }, () -> stage[0].close()))).load(PasteReplyController.class);
        stage[0] = modal(view.root(), t("replies.paste.title"));
        if (paste.emptyProperty().get()) {
            view.controller().focusText();
        } else {
            view.controller().focusOk(); // Enter reads what was copied; a click in the text edits it
        }
        return stage[0];
    }

    /** "Open email file…": the chooser, then the same as a drop. */
    public void openEmailFiles() {
        List<Path> files = chooser.choose(owner.get());
        if (!files.isEmpty()) {
            filesDropped(files);
        }
    }

    /** What a drop of files does (the drop handler calls this; tests call it too): read, wait, review the first. */
    public void filesDropped(List<Path> files) {
        model.openFiles(files).thenAccept(this::reviewFirst);
    }

    private void reviewFirst(List<WaitingReply> added) {
        if (!added.isEmpty()) {
            review(added.get(0));
        }
    }

    /** The waiting replies, to open each. */
    public Stage showWaiting() {
        Stage[] stage = new Stage[1];
        FxmlLoaderFactory.Loaded<WaitingRepliesController> view = new FxmlLoaderFactory(Map.of(
                WaitingRepliesController.class, () -> new WaitingRepliesController(model, applications,
                        reply -> review(reply), () -> stage[0].close()))).load(WaitingRepliesController.class);
        stage[0] = modal(view.root(), t("replies.waiting.title"));
        view.controller().focusList();
        return stage[0];
    }

    /** The review of one waiting reply. Closing the window is "Later". */
    public Stage review(WaitingReply reply) {
        Stage[] stage = new Stage[1];
        ReplyReviewViewModel review = new ReplyReviewViewModel(reply, List.copyOf(applications.get()), service, ui);
        ReplyReviewController.Actions actions = new ReplyReviewController.Actions() {
            @Override
            public void accepted(WaitingReply done, Application stored) {
                model.remove(done);
                stage[0].close();
                if (stored != null) {
                    onRecorded.accept(stored);
                }
            }

            @Override
            public void dismissed(WaitingReply done) {
                model.remove(done);
                stage[0].close();
            }

            @Override
            public void later(WaitingReply kept) {
                stage[0].close();
            }

            @Override
            public void startApplication(String company, Consumer<Application> created) {
                newApplication.open(stage[0], company, created);
            }
        };
        FxmlLoaderFactory.Loaded<ReplyReviewController> view = new FxmlLoaderFactory(Map.of(
                ReplyReviewController.class, () -> new ReplyReviewController(review, actions)))
                .load(ReplyReviewController.class);
        stage[0] = modal(view.root(), t("replies.review.windowTitle"));
        view.controller().focusFirst();
        return stage[0];
    }

    private Stage modal(Parent root, String title) {
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        Scene scene = new Scene(root);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(t("replies.windowTitle", "title", title));
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.show();
        stage.requestFocus();
        return stage;
    }
}
