package app.nudge.ui.board;

import app.nudge.domain.EventType;
import app.nudge.i18n.Texts;
import app.nudge.policy.PipelineStage;
import app.nudge.ui.common.ProblemStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Binds the board to its view model. Moves (drag and drop, context menu, keyboard) all end in
 * {@link #requestMove}, so the tests exercise the same path a drop takes.
 */
public final class BoardController {

    static final DataFormat CARD = new DataFormat("application/x-nudge-card");

    private final BoardViewModel viewModel;
    private final Map<PipelineStage, ListView<BoardCard>> lists = new EnumMap<>(PipelineStage.class);
    private Runnable onLogInterview = () -> { };
    private Runnable onSettings = () -> { };
    private Runnable onTemplates = () -> { };
    private Runnable onImportCsv = () -> { };
    private Runnable onBackups = () -> { };
    private boolean selecting;
    /** A card to select without scrolling its column ({@link #selectAsLeft}), until it is shown selected. */
    private String selectedWhereItIs;

    @FXML
    private HBox columns;
    @FXML
    private VBox dueStrip;
    @FXML
    private ListView<BoardCard> dueList;
    @FXML
    private ToggleButton dueOnly;
    @FXML
    private TextField search;
    @FXML
    private Button logInterview;
    @FXML
    private Button settings;
    @FXML
    private Button templates;
    @FXML
    private Button importCsv;
    @FXML
    private Button backups;
    @FXML
    private Label status;
    @FXML
    private VBox top;
    @FXML
    private javafx.scene.layout.FlowPane tools;

    public BoardController(BoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public void setOnLogInterview(Runnable action) {
        this.onLogInterview = action;
    }

    public void setOnSettings(Runnable action) {
        this.onSettings = action;
    }

    public void setOnTemplates(Runnable action) {
        this.onTemplates = action;
    }

    /** The "Import CSV…" toolbar button. */
    public void setOnImportCsv(Runnable action) {
        this.onImportCsv = action;
    }

    public void setOnBackups(Runnable action) {
        this.onBackups = action;
    }

    /**
     * Another feature's part of the board: a toolbar button (before "+ Log interview") and a strip
     * under the toolbar (replies to review, say).
     */
    public void addPart(javafx.scene.Node toolbarButton, javafx.scene.Node strip) {
        addToolbarButton(toolbarButton);
        top.getChildren().add(1, strip);
    }

    /** A line under the toolbar (the server's state, say), above the other strips. */
    public void addStrip(javafx.scene.Node strip) {
        top.getChildren().add(1, strip);
    }

    /** Another feature's toolbar button (or menu), before "+ Log interview". */
    public void addToolbarButton(javafx.scene.Node toolbarButton) {
        tools.getChildren().add(tools.getChildren().indexOf(logInterview), toolbarButton);
    }

    @FXML
    private void initialize() {
        for (PipelineStage stage : PipelineStage.values()) {
            columns.getChildren().add(column(stage));
        }
        dueList.setOrientation(Orientation.HORIZONTAL);
        dueList.itemsProperty().bind(viewModel.dueNowProperty());
        dueList.setCellFactory(list -> new CardCell());
        dueList.getSelectionModel().selectedItemProperty().addListener((o, was, card) -> select(card, dueList));
        dueStrip.visibleProperty().bind(viewModel.dueNowProperty().emptyProperty().not());
        dueStrip.managedProperty().bind(dueStrip.visibleProperty());
        dueOnly.selectedProperty().bindBidirectional(viewModel.dueOnlyProperty());
        // Without counts while loading: "Due now (0)" and "Offer  0" before anything is read would be untrue.
        dueOnly.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadingProperty().get()
                ? Texts.t("board.dueOnly") : Texts.t("board.dueOnly.count", "count", viewModel.dueCountProperty().get()),
                viewModel.loadingProperty(), viewModel.dueCountProperty()));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> { // Esc empties the search before anything else
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        logInterview.setOnAction(e -> onLogInterview.run());
        settings.setOnAction(e -> onSettings.run());
        templates.setOnAction(e -> onTemplates.run());
        importCsv.setOnAction(e -> onImportCsv.run());
        backups.setOnAction(e -> onBackups.run());
        status.textProperty().bind(viewModel.statusProperty());
        // The view model may choose a card (the most urgent one at start): show it selected.
        viewModel.selectedIdProperty().addListener((o, was, id) -> {
            if (!selecting && id != null) {
                showSelected(id);
            }
        });
        ProblemStyle.follow(status, viewModel.failedProperty());
    }

    private VBox column(PipelineStage stage) {
        ListView<BoardCard> list = new ListView<>();
        list.setId("column-" + stage.name());
        list.getStyleClass().add("board-column-list");
        list.itemsProperty().bind(viewModel.column(stage));
        list.setCellFactory(l -> draggable(new CardCell()));
        list.setPlaceholder(new Label("—"));
        // Tab goes from cards to cards: an empty column is no stop on the way.
        list.focusTraversableProperty().bind(viewModel.column(stage).emptyProperty().not());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, card) -> {
            if (card == null) {
                keepSelection(list); // forgotten as the cards were filed again
            } else {
                select(card, list);
            }
        });
        list.setContextMenu(moveMenu(list));
        list.setOnDragOver(e -> {
            String id = e.getDragboard().hasContent(CARD) ? (String) e.getDragboard().getContent(CARD) : null;
            Optional<BoardCard> card = id == null ? Optional.empty() : viewModel.card(id);
            if (card.isPresent() && BoardViewModel.choicesForMove(card.get().stage(), stage).isPresent()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        list.setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(CARD);
            e.setDropCompleted(id instanceof String s && requestMove(s, stage));
            e.consume();
        });
        lists.put(stage, list);
        Label header = new Label();
        header.getStyleClass().add("column-title");
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loadingProperty().get()
                ? stageName(stage) : Texts.t("board.column.title", "stage", stageName(stage), "count",
                        viewModel.column(stage).size()), viewModel.loadingProperty(), viewModel.column(stage).sizeProperty()));
        VBox box = new VBox(8, header, list);
        box.getStyleClass().addAll("board-column", "column-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(118); // five columns and the side pane fit a 1024 px window
        box.setPrefWidth(180);
        return box;
    }

    /** A column's name, by the stage's enum name ("board.stage.THANK_YOU"): the policy keeps its English titles. */
    public static String stageName(PipelineStage stage) {
        return Texts.t("board.stage." + stage.name());
    }

    private CardCell draggable(CardCell cell) {
        cell.setOnDragDetected(e -> {
            if (cell.getItem() == null) {
                return;
            }
            Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(CARD, cell.getItem().id());
            board.setContent(content);
            e.consume();
        });
        return cell;
    }

    /**
     * The keyboard and mouse way to move a card: the list's context menu (menu key, Shift+F10). It
     * offers only the moves the selected card can make (a card already in Offer has no "Move to Offer").
     */
    private ContextMenu moveMenu(ListView<BoardCard> list) {
        MenuItem toOffer = new MenuItem(Texts.t("board.move.toOffer"));
        toOffer.setOnAction(e -> Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .ifPresent(card -> requestMove(card.id(), PipelineStage.OFFER)));
        MenuItem toClosed = new MenuItem(Texts.t("board.move.toClosed"));
        toClosed.setOnAction(e -> Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                .ifPresent(card -> requestMove(card.id(), PipelineStage.CLOSED)));
        ContextMenu menu = new ContextMenu(toOffer, toClosed);
        menu.setOnShowing(e -> {
            BoardCard card = list.getSelectionModel().getSelectedItem();
            toOffer.setVisible(card != null && BoardViewModel.choicesForMove(card.stage(), PipelineStage.OFFER).isPresent());
            toClosed.setVisible(card != null && BoardViewModel.choicesForMove(card.stage(), PipelineStage.CLOSED).isPresent());
        });
        return menu;
    }

    /**
     * Moves a card: records the matching event, asking which one when there is a choice.
     *
     * @return whether a move was made
     */
    public boolean requestMove(String applicationId, PipelineStage target) {
        Optional<BoardCard> card = viewModel.card(applicationId);
        if (card.isEmpty()) {
            return false;
        }
        Optional<List<EventType>> choices = BoardViewModel.choicesForMove(card.get().stage(), target);
        if (choices.isEmpty()) {
            return false;
        }
        Optional<EventType> event = choices.get().size() == 1 ? Optional.of(choices.get().get(0))
                : askCloseReason(card.get(), choices.get());
        event.ifPresent(type -> viewModel.move(applicationId, type));
        return event.isPresent();
    }

    /** Asks why the application closed; replaceable in tests, which cannot show a dialog headless. */
    Optional<EventType> askCloseReason(BoardCard card, List<EventType> choices) {
        return closeReasonChooser.choose(card, choices);
    }

    /** Chooses the close reason; the default asks with a dialog. */
    @FunctionalInterface
    public interface CloseReasonChooser {
        Optional<EventType> choose(BoardCard card, List<EventType> choices);
    }

    private CloseReasonChooser closeReasonChooser = this::dialogChoice;

    public void setCloseReasonChooser(CloseReasonChooser chooser) {
        this.closeReasonChooser = chooser;
    }

    private Optional<EventType> dialogChoice(BoardCard card, List<EventType> choices) {
        // Over the board, in its theme.
        return CloseReasonDialog.ask(columns.getScene() == null ? null : columns.getScene().getWindow(), card, choices);
    }

    /** One selection across all lists. */
    private void select(BoardCard card, ListView<BoardCard> from) {
        if (selecting || card == null) {
            return;
        }
        selecting = true;
        try {
            lists.values().stream().filter(l -> l != from).forEach(l -> l.getSelectionModel().clearSelection());
            if (from != dueList) {
                dueList.getSelectionModel().clearSelection();
            }
            viewModel.selectedIdProperty().set(card.id());
        } finally {
            selecting = false;
        }
    }

    /**
     * Cards filed again (a re-plan, as after saving Settings) are new items, and the list forgets its
     * selection while the side pane still shows the card: the selected card keeps its mark, where it is.
     */
    private void keepSelection(ListView<BoardCard> list) {
        String id = viewModel.selectedIdProperty().get();
        BoardCard marked = list.getSelectionModel().getSelectedItem();
        if (selecting || id == null || (marked != null && marked.id().equals(id))) {
            return;
        }
        list.getItems().stream().filter(card -> card.id().equals(id)).findFirst().ifPresent(card -> {
            selecting = true;
            try {
                list.getSelectionModel().select(card);
            } finally {
                selecting = false;
            }
        });
    }

    private void showSelected(String applicationId) {
        viewModel.card(applicationId).ifPresent(card -> {
            selecting = true;
            try {
                lists.forEach((stage, list) -> {
                    if (stage == card.stage()) {
                        list.getSelectionModel().select(card);
                        if (!applicationId.equals(selectedWhereItIs)) {
                            list.scrollTo(card); // to the column's top
                        }
                    } else {
                        list.getSelectionModel().clearSelection();
                    }
                });
                // Keyboard focus in another column's list (the window's first focus at start) follows the
                // card, so one column is framed, the selected card's, and the arrow keys move from it.
                selectedWhereItIs = null;
                ListView<BoardCard> target = lists.get(card.stage());
                if (target.getScene() != null && target.getScene().getFocusOwner() instanceof ListView<?> focused
                        && focused != target && (lists.containsValue(focused) || focused == dueList)) {
                    target.requestFocus();
                }
            } finally {
                selecting = false;
            }
        });
    }

    /**
     * Selects the card of {@code applicationId} once the board shows it, leaving its column where it
     * is (at its top at start): the card the window's last picture showed selected, where it showed it.
     */
    public void selectAsLeft(String applicationId) {
        selectedWhereItIs = applicationId;
        viewModel.selectWhenShown(applicationId);
    }

    /** Gives the keyboard to the selected card's column (the first column's without a selection), scrolling nothing. */
    public void focusSelectedColumn() {
        viewModel.card(viewModel.selectedIdProperty().get()).map(card -> lists.get(card.stage()))
                .orElse(lists.get(PipelineStage.THANK_YOU)).requestFocus();
    }

    /**
     * Whether every column and the due strip show their first cards, as a start shows them (a
     * picture of a board scrolled elsewhere would not match the live window that follows it).
     */
    public boolean scrolledToTheStart() {
        return java.util.stream.Stream.concat(lists.values().stream(), java.util.stream.Stream.of(dueList))
                .allMatch(list -> !(list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)
                        || flow.getPosition() == 0);
    }

    /** Selects a card and focuses it (keyboard users land on it). */
    public void focusCard(String applicationId) {
        viewModel.card(applicationId).ifPresent(card -> {
            ListView<BoardCard> list = lists.get(card.stage());
            list.getSelectionModel().select(card);
            list.scrollTo(card);
            list.requestFocus();
        });
    }

    public ListView<BoardCard> list(PipelineStage stage) {
        return lists.get(stage);
    }
}
