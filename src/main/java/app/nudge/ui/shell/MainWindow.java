package app.nudge.ui.shell;

import app.nudge.i18n.Texts;
import app.nudge.ui.board.BoardController;
import app.nudge.ui.board.BoardViewModel;
import app.nudge.ui.common.Theme;
import app.nudge.ui.detail.DetailViewModel;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The one main window: the notice floating on top, the board on the left, the selected application on
 * the right. The detail follows the board's selection; the title follows the due count.
 */
public final class MainWindow {

    private final StackPane root = new StackPane();
    private final NoticeBanner notice = new NoticeBanner();
    private final SplitPane split;
    private final BoardController boardController;
    /** The narrowest side pane: with five board columns it fits a 1024 px window. */
    static final double SIDE_MIN_WIDTH = 300;
    private Optional<WindowGeometry> restore = Optional.empty();
    /** Whether the stage shows a picture of this window at start, kept until this window is whole. */
    private boolean pictureShown;
    /** The card selected in that picture ("" for none): selected again, so the live window matches it. */
    private String selectedInPicture = "";
    /** The picture shown before the live scene, and the keys typed on it (null: none at this start, or no longer shown). */
    private PictureSwap swap;
    /** The side pane's first tab: filled once the board has what it shows at start (see {@link #keepPictureUntilWhole}). */
    private final javafx.beans.value.ObservableObjectValue<Node> sideContent;

    public MainWindow(Parent board, BoardController boardController, BoardViewModel boardModel,
                      Parent side, DetailViewModel detailModel) {
        this.boardController = boardController;
        split = new SplitPane(board, side);
        sideContent = side instanceof TabPane tabs ? tabs.getTabs().get(0).contentProperty() : new javafx.beans.property.SimpleObjectProperty<>(side);
        split.setDividerPositions(0.7);
        // Both sides share a change of window width, so a narrow window narrows the side pane too.
        if (side instanceof Region pane) {
            pane.setMinWidth(SIDE_MIN_WIDTH); // its contents wrap and scroll below their preferred width
        }
        StackPane.setAlignment(split, Pos.TOP_LEFT); // never centred and cut on both sides
        // The notice floats over the foot of the window, over the board (clear of the toolbar, the side pane and its Mark as sent):
        // it takes no room, so nothing moves under the pointer.
        StackPane.setAlignment(notice, Pos.BOTTOM_LEFT);
        StackPane.setMargin(notice, new Insets(0, 12, 28, 12));
        root.getChildren().addAll(split, notice);
        detailModel.applicationProperty().bind(boardModel.selectedProperty());
        detailModel.nextProperty().bind(boardModel.selectedActionProperty());
    }

    public NoticeBanner notice() {
        return notice;
    }

    public Parent root() {
        return root;
    }

    /** The place, size and split to open with (already fitted to the screens); set before {@link #show}. */
    public void restoreGeometry(Optional<WindowGeometry> geometry) {
        this.restore = geometry;
    }

    /**
     * The stage already shows a picture of this window (the last one, at start): {@link #show} builds
     * the live scene but puts it on the stage only once the side pane is filled (which follows the
     * board's first cards, or its problem), so no frame after the picture shows less than it did;
     * the card selected in the picture ({@code selectedThen}, "" for none) is selected again.
     */
    public void keepPictureUntilWhole(String selectedThen) {
        this.pictureShown = true;
        this.selectedInPicture = selectedThen;
    }

    /** The side pane shows its first tab (the message), as every start does. */
    public boolean showsFirstSideTab() {
        return !(split.getItems().get(1) instanceof TabPane tabs) || tabs.getSelectionModel().getSelectedIndex() == 0;
    }

    /** Where the window is now, to restore next time. */
    public WindowGeometry geometry(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized(),
                split.getDividerPositions()[0]);
    }

    /** The side pane's two tabs, empty: the app fills them after the board's first frame. */
    public static TabPane sideTabs() {
        TabPane side = new TabPane(new Tab(Texts.t("shell.side.message")), new Tab(Texts.t("shell.side.timeline")));
        side.setId("side");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return side;
    }

    /**
     * Content for the side pane's tabs: scrolls when the window is too low for it, so nothing at
     * its bottom (Delete application, Mark as sent) is ever out of reach.
     */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("side-scroll");
        return scroll;
    }

    /** Shows it in the stage: where it was last time, else at a size that suits a 1280x800 screen. */
    public Scene show(Stage stage, BoardViewModel boardModel, Runnable logInterview, Runnable settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        Theme.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), logInterview);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), settings);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> root.lookup("#search").requestFocus());
        if (pictureShown && !selectedInPicture.isEmpty()) {
            boardController.selectAsLeft(selectedInPicture); // if it is still there: else the usual first card
        }
        if (pictureShown && sideContent.get() == null) {
            swap = new PictureSwap(stage);
            swap.once(sideContent, () -> putOn(stage, scene, boardModel), scene);
        } else {
            putOn(stage, scene, boardModel);
        }
        return scene;
    }

    private void putOn(Stage stage, Scene scene, BoardViewModel boardModel) {
        stage.titleProperty().bind(boardModel.titleProperty());
        stage.setScene(scene);
        if (restore.isEmpty()) {
            // A reused stage keeps its old size otherwise. Never with a remembered size: sizeToScene
            // makes show() size the window to the scene, undoing the setWidth/setHeight below.
            stage.sizeToScene();
        }
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        // With a picture, the window is already there (the user may have moved it since).
        restore.filter(g -> !pictureShown).ifPresent(g -> g.placeOn(stage));
        stage.show(); // its first CSS pass makes the controls' parts, the columns among them
        restore.ifPresent(g -> split.setDividerPositions(g.divider()));
        if (swap != null) {
            // The stage was showing (the picture): nothing styled the live scene yet. Styled, laid out,
            // and styled again for the cards' cells the first layout made, before its first frame.
            root.resize(swap.width(), swap.height());
            root.applyCss();
            root.layout();
            root.applyCss();
            root.layout();
            boardController.focusSelectedColumn(); // where the picture showed the selection
            swap = null; // the picture's pixels are not kept once it is off screen
        } else {
            root.lookup("#column-THANK_YOU").requestFocus(); // the board, not the search box
        }
    }
}
