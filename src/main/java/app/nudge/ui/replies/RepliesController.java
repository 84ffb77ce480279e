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
    private VBox strip;
    @FXML
    private MenuButton commands;
    @FXML
    private MenuItem pasteItem;
    @FXML
    private MenuItem openItem;
    @FXML
    private MenuItem reviewItem;
    @FXML
    private HBox waitingRow;
    @FXML
    private Label waitingCount;
    @FXML
    private Button reviewWaiting;
    @FXML
    private HBox problemRow;
    @FXML
    private Label problem;
    @FXML
    private Button closeProblem;

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
        pasteItem.setOnAction(e -> paste.run());
        openItem.setOnAction(e -> open.run());
        reviewItem.setOnAction(e -> review.run());
        reviewItem.disableProperty().bind(viewModel.waitingProperty().emptyProperty());
        waitingCount.textProperty().bind(viewModel.countTextProperty());
        waitingRow.visibleProperty().bind(viewModel.waitingProperty().emptyProperty().not());
        waitingRow.managedProperty().bind(waitingRow.visibleProperty());
        reviewWaiting.setOnAction(e -> review.run());
        problem.textProperty().bind(viewModel.problemProperty());
        problemRow.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemRow.managedProperty().bind(problemRow.visibleProperty());
        closeProblem.setOnAction(e -> viewModel.clearProblem());
        strip.visibleProperty().bind(waitingRow.visibleProperty().or(problemRow.visibleProperty()));
        strip.managedProperty().bind(strip.visibleProperty());
    }

    /** The "Replies" button with its commands, for the board's toolbar. */
    public MenuButton commands() {
        return commands;
    }
}
