package app.nudge.ui.detail;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.policy.PlannedAction;
import app.nudge.service.ApplicationService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final ApplicationService applications;
    private final Executor uiExecutor;
    private final Clock clock;

    private final ObjectProperty<Application> application = new SimpleObjectProperty<>();
    private final ObjectProperty<PlannedAction> next = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subheading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyListWrapper<TimelineEntry> timeline = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public DetailViewModel(ApplicationService applications, Executor uiExecutor, Clock clock) {
        this.applications = applications;
        this.uiExecutor = uiExecutor;
        this.clock = clock;
        application.addListener((o, was, now) -> refresh());
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
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
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
            heading.set("Select an application");
            subheading.set("");
            nextText.set("");
            reason.set("");
            timeline.clear();
            canUndo.set(false);
            return;
        }
        heading.set(a.company());
        subheading.set(a.role() + (a.location().isEmpty() ? "" : " · " + a.location()));
        PlannedAction action = next.get();
        if (action == null) {
            nextText.set("Nothing planned");
            reason.set("");
        } else {
            nextText.set(app.nudge.ui.board.ActionTexts.describe(action) + " — "
                    + (action.earliest().equals(action.due()) ? "on " + DAY.format(action.due())
                    : "between " + DAY.format(action.earliest()) + " and " + DAY.format(action.due())));
            reason.set(action.reason());
        }
        timeline.setAll(TimelineEntry.of(a.interviews(), a.events()));
        canUndo.set(!a.events().isEmpty());
    }

    /** Records an event with nothing but a date: today. */
    public CompletableFuture<Application> record(EventType type) {
        return record(Event.of(type, today()), describeDone(type));
    }

    public CompletableFuture<Application> recordFollowUp(Channel channel) {
        return record(Event.followUp(today(), channel), channel == Channel.PHONE ? "Call recorded." : "Follow-up recorded.");
    }

    public CompletableFuture<Application> recordReply(LocalDate newDecisionBy) {
        return record(Event.reply(today(), newDecisionBy), "Reply recorded.");
    }

    public CompletableFuture<Application> recordCheckBack(LocalDate on) {
        return record(Event.checkBack(today(), on), "Check-back recorded.");
    }

    /** Skips the planned action: it counts as done, though nothing was sent (spec section 2). */
    public CompletableFuture<Application> skipNext() {
        PlannedAction action = next.get();
        if (action == null) {
            message.set("Nothing planned to skip.");
            return CompletableFuture.completedFuture(application.get());
        }
        return record(Event.skipped(today(), action.action()), "Skipped.");
    }

    public CompletableFuture<Application> snooze(LocalDate until) {
        return record(Event.snoozed(today(), until), "Snoozed until " + DAY.format(until) + ".");
    }

    public CompletableFuture<Application> undo() {
        return apply(applications.undoLastEvent(id()), "Last event taken back.");
    }

    public CompletableFuture<Application> replaceEvent(int index, Event corrected) {
        return apply(applications.replaceEvent(id(), index, corrected), "Event corrected.");
    }

    public CompletableFuture<Application> deleteEvent(int index) {
        return apply(applications.deleteEvent(id(), index), "Event deleted.");
    }

    /** Deletes the round at {@code index} (refused if it changed meanwhile); the plan follows. */
    public CompletableFuture<Application> deleteRound(int index) {
        return apply(applications.deleteRound(id(), index, application.get().interviews().get(index)), "Round deleted.");
    }

    public CompletableFuture<Boolean> deleteApplication() {
        String id = id();
        return applications.delete(id).whenCompleteAsync((ok, error) ->
                message.set(error != null ? rootMessage(error) : "Application deleted."), uiExecutor);
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
                message.set(rootMessage(error));
            } else {
                message.set(done);
                application.set(a);
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
        return TimelineEntry.describe(Event.of(type, LocalDate.EPOCH)) + " — recorded.";
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
