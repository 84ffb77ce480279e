package app.nudge.ui.replies;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The board's part for replies: the "Replies" command button for its toolbar, and a strip that
 * shows how many replies wait for review and why a file could not be read.
 */
public final class RepliesController {

    private final RepliesViewModel viewModel;
    private final Runnable paste;
    private final Runnable open;
    private final Runnable review;

    @FXML
    private VBox repliesStrip;
    @FXML
    private MenuButton replies;
    @FXML
    private MenuItem pasteReply;
    @FXML
    private MenuItem openEmailFiles;
    @FXML
    private MenuItem showWaitingReplies;
    @FXML
    private MenuItem checkInbox;
    @FXML
    private HBox waitingRow;
    @FXML
    private Label repliesCount;
    @FXML
    private Button reviewReplies;
    @FXML
    private HBox problemRow;
    @FXML
    private Label repliesProblem;
    @FXML
    private Button closeRepliesProblem;

    /**
     * @param paste  opens the paste dialog
     * @param open   asks for email files and reads them
     * @param review shows the waiting replies
     */
    public RepliesController(RepliesViewModel viewModel, Runnable paste, Runnable open, Runnable review) {
        this.viewModel = viewModel;
        this.paste = paste;
        this.open = open;
        this.review = review;
    }

    @FXML
    private void initialize() {
        pasteReply.setOnAction(e -> paste.run());
        openEmailFiles.setOnAction(e -> open.run());
        showWaitingReplies.setOnAction(e -> review.run());
        showWaitingReplies.disableProperty().bind(viewModel.waitingProperty().emptyProperty());
        checkInbox.visibleProperty().bind(viewModel.inboxWatchedProperty());
        checkInbox.setOnAction(e -> viewModel.checkInbox());
        repliesCount.textProperty().bind(viewModel.countTextProperty());
        waitingRow.visibleProperty().bind(viewModel.waitingProperty().emptyProperty().not());
        waitingRow.managedProperty().bind(waitingRow.visibleProperty());
        reviewReplies.setOnAction(e -> review.run());
        repliesProblem.textProperty().bind(viewModel.problemProperty());
        problemRow.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemRow.managedProperty().bind(problemRow.visibleProperty());
        closeRepliesProblem.setOnAction(e -> viewModel.clearProblem());
        repliesStrip.visibleProperty().bind(waitingRow.visibleProperty().or(problemRow.visibleProperty()));
        repliesStrip.managedProperty().bind(repliesStrip.visibleProperty());
    }

    /** The "Replies" button with its commands, for the board's toolbar. */
    public MenuButton commands() {
        return replies;
    }
}
