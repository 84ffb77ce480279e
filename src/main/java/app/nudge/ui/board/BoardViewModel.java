package app.nudge.ui.board;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.i18n.Texts;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import app.nudge.schedule.PlanSnapshot;
import app.nudge.service.ApplicationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The board's state: one list of cards per pipeline stage, the "due now" strip and the due count.
 * It receives data (applications from the service, plans from the scheduler) and never reads the
 * database itself. Results are applied on the UI executor (the JavaFX thread; tests may pass a
 * direct executor).
 */
public final class BoardViewModel {

    private final ApplicationService applications;
    private final Executor uiExecutor;
    private final Clock clock;

    private final Map<PipelineStage, ReadOnlyListWrapper<BoardCard>> columns = new EnumMap<>(PipelineStage.class);
    private final ReadOnlyListWrapper<BoardCard> dueNow = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper dueCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Nudge");
    /** "Loading…" until the first cards or a problem: an empty board at start is not yet an empty search. */
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.t("board.status.loading"));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Application> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlannedAction> selectedAction = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dueOnly = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    /** Which store the window shows, for its title: "jane on db.example.org" on a server, "" for this computer's file. */
    private final StringProperty storeName = new SimpleStringProperty("");
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>();
    /** A card to select once a plan shows it (see {@link #selectWhenShown}). */
    private String pendingSelection;

    /** What the board shows; replaced whole, never changed in place. */
    private BoardCards cards = BoardCards.EMPTY;

    public BoardViewModel(ApplicationService applications, Executor uiExecutor, Clock clock) {
        this.applications = applications;
        this.uiExecutor = uiExecutor;
        this.clock = clock;
        for (PipelineStage stage : PipelineStage.values()) {
            columns.put(stage, new ReadOnlyListWrapper<>(FXCollections.observableArrayList()));
        }
        dueOnly.addListener((o, was, now) -> rebuild());
        search.addListener((o, was, now) -> rebuild());
        storeName.addListener((o, was, now) -> retitle());
        selectedId.addListener((o, was, now) -> updateSelection());
    }

    public ReadOnlyListProperty<BoardCard> column(PipelineStage stage) {
        return columns.get(stage).getReadOnlyProperty();
    }

    public ReadOnlyListProperty<BoardCard> dueNowProperty() {
        return dueNow.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dueCountProperty() {
        return dueCount.getReadOnlyProperty();
    }

    /**
     * "Nudge — 3 due", or "Nudge" when nothing is due; on a server the store follows, as in
     * "Nudge — 3 due — jane on db.example.org", so a window on a shared search says whose it is.
     */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True until the first cards are filed or a problem shown: counts of nothing read yet would read as 0. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Show only due and overdue cards. */
    public BooleanProperty dueOnlyProperty() {
        return dueOnly;
    }

    /** The store shown, named for the title ("" for this computer's file, whose title stays as it was). */
    public StringProperty storeNameProperty() {
        return storeName;
    }

    /** Company or role contains this text (any case). */
    public StringProperty searchProperty() {
        return search;
    }

    /** The id of the selected application; set by the view. */
    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /**
     * Selects the card of {@code applicationId} now, or as soon as a plan shows it: an application
     * saved a moment ago has no card until the re-plan after the save arrives.
     */
    public void selectWhenShown(String applicationId) {
        if (cards.byId().containsKey(applicationId)) {
            dropSearchHiding(applicationId);
            selectedId.set(applicationId);
        } else {
            pendingSelection = applicationId;
        }
    }

    public ReadOnlyObjectProperty<Application> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlannedAction> selectedActionProperty() {
        return selectedAction.getReadOnlyProperty();
    }

    public List<Application> applications() {
        return cards.applications();
    }

    /** Reloads the applications from the store; the cards change when the data arrives. */
    public CompletableFuture<Void> reload() {
        status.set(Texts.t("board.status.loading"));
        return applications.loadAll().handleAsync((list, error) -> {
            if (error != null) {
                showProblem(ErrorMessages.of(error));
            } else {
                failed.set(false);
                showApplications(list);
            }
            return null;
        }, uiExecutor);
    }

    /** New applications, with the plan already shown (call on the UI thread). */
    public void showApplications(List<Application> list) {
        show(BoardCards.of(list, cards.plan(), today()));
    }

    /** A new plan from the scheduler, with the applications it was made from (call on the UI thread). */
    public void showSnapshot(PlanSnapshot snapshot) {
        show(BoardCards.of(snapshot));
    }

    /** A new plan for the applications already shown (call on the UI thread). */
    public void showPlan(PlanSnapshot snapshot) {
        show(BoardCards.of(new PlanSnapshot(snapshot.today(), cards.applications(), snapshot.actions())));
    }

    /**
     * Cards built elsewhere (the scheduler's thread builds them from each snapshot, so the JavaFX
     * thread only files them into columns). Call on the UI thread.
     */
    public void show(BoardCards prepared) {
        if (prepared == cards) {
            return; // the start's first look, handed on by the first plan: filed already
        }
        cards = prepared;
        int due = prepared.dueCount();
        dueCount.set(due);
        retitle();
        rebuild();
    }

    private void retitle() {
        int due = dueCount.get();
        String where = storeName.get() == null ? "" : storeName.get();
        String shown = due == 0 ? "Nudge" : Texts.t("board.title.due", "count", due);
        title.set(where.isEmpty() ? shown : Texts.t("board.title.store", "title", shown, "store", where));
    }

    private LocalDate today() {
        return cards.today() != null ? cards.today() : LocalDate.now(clock);
    }

    /** Shows a problem that keeps the data from loading (the database is missing, in use, damaged). */
    public void showProblem(String message) {
        loading.set(false);
        failed.set(true);
        status.set(message);
    }

    /** Files the cards into columns and the due strip, through the search and "due now" filters. */
    private void rebuild() {
        if (pendingSelection != null && dropSearchHiding(pendingSelection)) {
            return; // filed again, without the search, by the search's listener
        }
        String needle = needle();
        Map<PipelineStage, List<BoardCard>> byStage = new EnumMap<>(PipelineStage.class);
        for (PipelineStage stage : PipelineStage.values()) {
            byStage.put(stage, new ArrayList<>());
        }
        List<BoardCard> due = new ArrayList<>();
        int matching = 0;
        Set<String> matched = new HashSet<>();
        for (BoardCard card : cards.sorted()) { // already most urgent first: filtering keeps the order
            if (!card.matches(needle)) {
                continue; // the search narrows everything: columns, the due strip and the count
            }
            matching++;
            if (!needle.isEmpty()) {
                matched.add(card.id());
            }
            boolean urgent = card.urgency().needsAttention();
            if (urgent) {
                due.add(card);
            }
            if (dueOnly.get() && !urgent) {
                continue;
            }
            byStage.get(card.stage()).add(card);
        }
        byStage.forEach((stage, list) -> columns.get(stage).setAll(list));
        loading.set(false);
        dueNow.setAll(due);
        if (pendingSelection != null && cards.byId().containsKey(pendingSelection)) {
            selectedId.set(pendingSelection);
            pendingSelection = null;
        }
        if (selectedId.get() == null && !due.isEmpty()) {
            selectedId.set(due.get(0).id()); // open on what matters most today
        }
        String shown = selectedId.get();
        if (!needle.isEmpty() && shown != null && !matched.contains(shown)) {
            // The side pane follows the search: never a draft for a card the search has hidden.
            selectedId.set(due.isEmpty() ? byStage.values().stream().flatMap(List::stream).map(BoardCard::id)
                    .findFirst().orElse(null) : due.get(0).id());
        }
        int count = cards.applications().size();
        String act = Texts.t("board.status.act", "count", due.size());
        status.set(count == 0 ? Texts.t("board.status.empty")
                : needle.isEmpty() ? Texts.current().count("board.status.all", count, "act", act)
                : Texts.t("board.status.matching", "matching", matching, "count", count, "act", act,
                        "search", search.get().strip()));
        updateSelection();
    }

    private void updateSelection() {
        String id = selectedId.get();
        selected.set(id == null ? null : cards.byId().get(id));
        selectedAction.set(id == null ? null : cards.plan().get(id));
    }

    /**
     * What moving a card to another column records: to Offer an OFFER_RECEIVED; to Closed the
     * user's choice of REJECTION_RECEIVED, WITHDRAWN or CLOSED. Other columns follow from events
     * and cannot be dropped on.
     */
    public static Optional<List<EventType>> choicesForMove(PipelineStage from, PipelineStage to) {
        if (from == to) {
            return Optional.empty();
        }
        return switch (to) {
            case OFFER -> Optional.of(List.of(EventType.OFFER_RECEIVED));
            case CLOSED -> Optional.of(List.of(EventType.REJECTION_RECEIVED, EventType.WITHDRAWN, EventType.CLOSED));
            default -> Optional.empty();
        };
    }

    /** Records the event a move stands for, dated today; the plan and the board follow. */
    public CompletableFuture<Application> move(String applicationId, EventType event) {
        return applications.recordEvent(applicationId, Event.of(event, LocalDate.now(clock)))
                .whenCompleteAsync((a, error) -> {
                    if (error != null) {
                        showProblem(ErrorMessages.of(error));
                    }
                }, uiExecutor);
    }

    private String needle() {
        return search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A card the user just saved (the log form, a reply) or asked for is shown even when the search
     * would hide it: the search is emptied. Says whether it was.
     */
    private boolean dropSearchHiding(String applicationId) {
        String needle = needle();
        boolean hidden = !needle.isEmpty() && cards.sorted().stream()
                .anyMatch(c -> c.id().equals(applicationId) && !c.matches(needle));
        if (hidden) {
            search.set("");
        }
        return hidden;
    }

    public Optional<BoardCard> card(String applicationId) {
        return columns.values().stream().flatMap(List::stream).filter(c -> c.id().equals(applicationId)).findFirst();
    }

    /** Cards in column order, for keyboard moves ("move to the next column"). */
    public static Comparator<PipelineStage> stageOrder() {
        return Comparator.comparingInt(Enum::ordinal);
    }
}
