package app.nudge.ui.detail;

import app.nudge.i18n.ReasonTexts;
import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;
import app.nudge.service.ApplicationService;
import app.nudge.service.undo.Change;
import app.nudge.ui.common.StatusLine;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/**
 * The selected application: its timeline and the ways to record what happened. Every record goes
 * through the service (which re-plans); the board and this pane follow the new plan.
 */
public final class DetailViewModel {

    private final ApplicationService applications;
    private final Executor uiExecutor;
    private final Clock clock;

    private final ObjectProperty<Application> application = new SimpleObjectProperty<>();
    private final ObjectProperty<PlannedAction> next = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final StatusLine message = new StatusLine();
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(false);
    private final UndoRedoModel undoRedo;
    private final ReadOnlyListWrapper<TimelineEntry> timeline = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public DetailViewModel(ApplicationService applications, Executor uiExecutor, Clock clock) {
        this.applications = applications;
        this.uiExecutor = uiExecutor;
        this.clock = clock;
        this.undoRedo = new UndoRedoModel(applications, uiExecutor, message);
        application.addListener((o, was, now) -> {
            // One card's "recorded." does not belong under another; with no card selected (the
            // shown one was just deleted, say) the line still says what happened.
            if (now != null && (was == null || !was.id().equals(now.id()))) {
                message.clear();
            }
            refresh();
        });
        next.addListener((o, was, now) -> refresh());
    }

    /** The application shown; bound to the board's selection. */
    public ObjectProperty<Application> applicationProperty() {
        return application;
    }

    /** Its planned action, or null. */
    public ObjectProperty<PlannedAction> nextProperty() {
        return next;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subheadingProperty() {
        return subheading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextTextProperty() {
        return nextText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** What just happened, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }

    /** Whether the line says something failed (shown in the error colours). */
    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return message.problemProperty();
    }

    /** A line saying something failed goes (the next change was saved, the server is back); others stay. */
    public void clearProblem() {
        message.clearProblem();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** Undo and redo of the newest changes, anywhere in the app. */
    public UndoRedoModel undoRedo() {
        return undoRedo;
    }

    public ReadOnlyListProperty<TimelineEntry> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void refresh() {
        Application a = application.get();
        hasSelection.set(a != null);
        if (a == null) {
            heading.set(t("detail.none"));
            subheading.set("");
            nextText.set("");
            reason.set("");
            timeline.clear();
            return;
        }
        heading.set(a.company());
        subheading.set(a.role() + (a.location().isEmpty() ? "" : " · " + a.location()));
        PlannedAction action = next.get();
        if (action == null) {
            nextText.set(t("detail.nothingPlanned"));
            reason.set("");
        } else {
            String what = app.nudge.ui.board.ActionTexts.describe(action);
            nextText.set(sameDay(action) ? t("detail.next.on", "action", what, "day", day(action.due()))
                    : t("detail.next.between", "action", what, "from", day(action.earliest()), "to", day(action.due())));
            reason.set(ReasonTexts.of(action));
        }
        timeline.setAll(TimelineEntry.of(a.interviews(), a.events()));
    }

    /** Records an event with nothing but a date: today. */
    public CompletableFuture<Application> record(EventType type) {
        return record(Event.of(type, today()), describeDone(type));
    }

    public CompletableFuture<Application> recordFollowUp(Channel channel) {
        return record(Event.followUp(today(), channel), channel == Channel.PHONE ? t("detail.done.call") : t("detail.done.followUp"));
    }

    public CompletableFuture<Application> recordReply(LocalDate newDecisionBy) {
        return record(Event.reply(today(), newDecisionBy), t("detail.done.reply"));
    }

    public CompletableFuture<Application> recordCheckBack(LocalDate on) {
        return record(Event.checkBack(today(), on), t("detail.done.checkBack"));
    }

    /**
     * Skips the planned action: it counts as done, though nothing was sent (docs/follow-up-rules.md,
     * "The next step of each open application").
     */
    public CompletableFuture<Application> skipNext() {
        PlannedAction action = next.get();
        if (action == null) {
            message.say(t("detail.done.nothingToSkip"));
            return CompletableFuture.completedFuture(application.get());
        }
        return record(Event.skipped(today(), action.action()), t("detail.done.skipped"));
    }

    private static boolean sameDay(PlannedAction action) {
        return action.earliest().equals(action.due());
    }

    private static String day(LocalDate date) {
        return Texts.current().date("format.day", date);
    }

    /**
     * Snooze's suggested day: three days on, but always after the action's own start, since a
     * snooze until then or before it would change nothing.
     */
    public LocalDate snoozeSuggestion() {
        LocalDate inThreeDays = today().plusDays(3);
        PlannedAction action = next.get();
        if (action == null || inThreeDays.isAfter(action.earliest())) {
            return inThreeDays;
        }
        return action.earliest().plusDays(1);
    }

    /** The Snooze dialog's question, saying when the action is planned now. */
    public String snoozeQuestion() {
        PlannedAction action = next.get();
        if (action == null) {
            return t("detail.snooze.question");
        }
        String what = app.nudge.ui.board.ActionTexts.describe(action);
        String planned = sameDay(action) ? t("detail.snooze.plannedOn", "action", what, "day", day(action.due()))
                : t("detail.snooze.plannedBetween", "action", what, "from", day(action.earliest()), "to", day(action.due()));
        return planned + "\n" + t("detail.snooze.question");
    }

    public CompletableFuture<Application> snooze(LocalDate until) {
        PlannedAction action = next.get();
        String done = action != null && !until.isAfter(action.earliest())
                ? t("detail.done.snoozedNoMove", "until", day(until), "earliest", day(action.earliest()))
                : t("detail.done.snoozed", "until", day(until));
        return record(Event.snoozed(today(), until), done);
    }

    /** Takes back the newest change (see {@link UndoRedoModel}). */
    public CompletableFuture<Change> undo() {
        return undoRedo.undo();
    }

    public CompletableFuture<Change> redo() {
        return undoRedo.redo();
    }

    public CompletableFuture<Application> replaceEvent(int index, Event corrected) {
        return apply(applications.replaceEvent(id(), index, event(index), corrected), t("detail.done.eventCorrected"));
    }

    public CompletableFuture<Application> deleteEvent(int index) {
        return apply(applications.deleteEvent(id(), index, event(index)), t("detail.done.eventDeleted"));
    }

    /** Deletes the round at {@code index} (refused if it changed meanwhile); the plan follows. */
    public CompletableFuture<Application> deleteRound(int index) {
        return apply(applications.deleteRound(id(), index, application.get().interviews().get(index)), t("detail.done.roundDeleted"));
    }

    public CompletableFuture<Boolean> deleteApplication() {
        String id = id();
        return applications.delete(id).whenCompleteAsync((ok, error) ->
                message.show(error != null ? ErrorMessages.of(error) : t("detail.done.applicationDeleted"), error != null),
                uiExecutor);
    }

    public Event event(int index) {
        return application.get().events().get(index);
    }

    private CompletableFuture<Application> record(Event event, String done) {
        return apply(applications.recordEvent(id(), event), done);
    }

    private CompletableFuture<Application> apply(CompletableFuture<Application> change, String done) {
        return change.whenCompleteAsync((a, error) -> {
            if (error != null) {
                message.show(ErrorMessages.of(error), true);
            } else {
                message.say(done);
                if (!application.isBound()) { // in the app the board's selection follows the new plan
                    application.set(a);
                }
            }
        }, uiExecutor);
    }

    private String id() {
        Application a = application.get();
        if (a == null) {
            throw new IllegalStateException("No application selected");
        }
        return a.id();
    }

    private static String describeDone(EventType type) {
        return t("detail.done.recorded", "event", TimelineEntry.describe(Event.of(type, LocalDate.EPOCH)));
    }
}
