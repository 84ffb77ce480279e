package app.nudge.ui.log;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import app.nudge.common.ErrorMessages;
import app.nudge.service.ApplicationService;
import app.nudge.service.ChangedElsewhereException;
import app.nudge.service.InvalidApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "log interview" form's state, without any JavaFX node. Three modes share it: a new
 * application, a later round of a stored one (given when the form opens, or found because the typed
 * company and role match one exactly, ignoring case), and an existing round opened to edit it.
 * Validation is {@link ApplicationRules} on the application the form would store, plus the form's
 * own checks (a round not marked scheduled cannot end more than an hour from now). Interviewer
 * lines, time text, quick dates, the shown problems and the target's wording live in their own
 * classes of this package. Store results are applied on the UI executor.
 */
public final class LogInterviewViewModel {

    /** How far in the future a round that is not marked scheduled may end (clock skew, rounding). */
    public static final Duration FUTURE_TOLERANCE = FormCheck.FUTURE_TOLERANCE;

    private final ApplicationService service;
    private final Clock clock;
    private final Executor uiExecutor;
    private final List<Application> all;
    private final Application fixedTarget;
    /** The index of the round being edited, or -1 when the form logs a new round. */
    private final int editedIndex;

    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final ObjectProperty<LocalDate> endedDate = new SimpleObjectProperty<>(this, "endedDate");
    private final StringProperty endedTime = new SimpleStringProperty(this, "endedTime", "");
    private final BooleanProperty scheduled = new SimpleBooleanProperty(this, "scheduled", false);
    private final ObjectProperty<LocalDate> decisionDate = new SimpleObjectProperty<>(this, "decisionDate");
    private final InterviewerRows interviewers;
    private final BooleanProperty mayCall = new SimpleBooleanProperty(this, "mayCall", false);
    private final BooleanProperty knownDelay = new SimpleBooleanProperty(this, "knownDelay", false);
    private final StringProperty talkingPoint = new SimpleStringProperty(this, "talkingPoint", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ObservableList<String> companySuggestions;
    private final ReadOnlyObjectWrapper<Application> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final FormWording wording;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyObjectWrapper<Application> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final FormErrors errors;
    private final List<Object> openedWith;

    /** After the first failed save, problems update as the user types. */
    private boolean liveValidation;

    /**
     * @param service    stores the result (its futures complete on the database thread)
     * @param clock      "now": the default end time and the future check
     * @param uiExecutor where results are applied: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     * @param existing   the application to add a later round to, or empty for a new one
     * @param all        every stored application: company suggestions and exact matches
     */
    public LogInterviewViewModel(ApplicationService service, Clock clock, Executor uiExecutor,
                                 Optional<Application> existing, Collection<Application> all) {
        this(service, clock, uiExecutor, existing.orElse(null), -1, all);
    }

    /** The form opened on the round at {@code roundIndex} of {@code application}, to correct it. */
    public static LogInterviewViewModel editing(ApplicationService service, Clock clock, Executor uiExecutor,
                                                Application application, int roundIndex,
                                                Collection<Application> all) {
        Objects.checkIndex(roundIndex, application.interviews().size());
        return new LogInterviewViewModel(service, clock, uiExecutor, application, roundIndex, all);
    }

    private LogInterviewViewModel(ApplicationService service, Clock clock, Executor uiExecutor,
                                  Application existing, int editedIndex, Collection<Application> all) {
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
        this.all = List.copyOf(all);
        this.fixedTarget = existing;
        this.editedIndex = editedIndex;
        interviewers = new InterviewerRows(existing == null);
        errors = new FormErrors(interviewers.rows());
        TreeSet<String> companies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        this.all.forEach(a -> companies.add(a.company().strip()));
        companySuggestions = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(companies));

        LocalDateTime start = TimeText.defaultEnd(LocalDateTime.now(clock));
        endedDate.set(start.toLocalDate());
        endedTime.set(TimeText.format(start));

        if (fixedTarget != null) {
            company.set(fixedTarget.company());
            role.set(fixedTarget.role());
            mayCall.set(fixedTarget.mayCall());
            knownDelay.set(fixedTarget.knownDelay());
            notes.set(fixedTarget.notes());
            target.set(fixedTarget);
        }
        if (isEditing()) {
            fillFrom(fixedTarget.interviews().get(editedIndex));
        }
        wording = new FormWording(target.getReadOnlyProperty(), fixedTarget != null, editedIndex);
        if (fixedTarget == null) {
            TargetMatch match = new TargetMatch(this.all, company, role, notes, mayCall, knownDelay);
            company.addListener((obs, was, now) -> target.set(match.find(target.get())));
            role.addListener((obs, was, now) -> target.set(match.find(target.get())));
            // A new application starts with one empty line, already the contact for updates.
            interviewers.add();
        }
        openedWith = inputs();

        List<Observable> watched = List.of(company, role, endedDate, endedTime, scheduled, decisionDate,
                interviewers.rows(), notes);
        watched.forEach(input -> input.addListener(o -> {
            if (liveValidation) {
                validate();
            }
        }));
    }

    private void fillFrom(InterviewRound round) {
        endedDate.set(round.date());
        endedTime.set(TimeText.format(round.endedAt()));
        scheduled.set(round.endedAt().isAfter(LocalDateTime.now(clock)));
        decisionDate.set(round.decisionExpectedBy());
        talkingPoint.set(round.talkingPoint());
        interviewers.addKnown(round.interviewers(), fixedTarget.contacts());
    }

    // ---- fields --------------------------------------------------------------------------------

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<LocalDate> endedDateProperty() {
        return endedDate;
    }

    /** The end time as typed: "14:30", "1430", "2:30 pm". */
    public StringProperty endedTimeProperty() {
        return endedTime;
    }

    public BooleanProperty scheduledProperty() {
        return scheduled;
    }

    public ObjectProperty<LocalDate> decisionDateProperty() {
        return decisionDate;
    }

    public ObservableList<InterviewerRow> interviewers() {
        return interviewers.rows();
    }

    /** The line the user is on; "remove" removes it (the last line when none). */
    public ObjectProperty<InterviewerRow> currentInterviewerProperty() {
        return interviewers.currentProperty();
    }

    public BooleanProperty mayCallProperty() {
        return mayCall;
    }

    public BooleanProperty knownDelayProperty() {
        return knownDelay;
    }

    public StringProperty talkingPointProperty() {
        return talkingPoint;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Companies already stored, sorted, each once. */
    public ObservableList<String> companySuggestions() {
        return companySuggestions;
    }

    /** True when company and role are fixed: the form was opened on an existing application. */
    public boolean isIdentityLocked() {
        return fixedTarget != null;
    }

    /** True when the form corrects a stored round instead of logging a new one. */
    public boolean isEditing() {
        return editedIndex >= 0;
    }

    /** True when anything differs from what the form showed when it opened: closing would lose it. */
    public boolean isChanged() {
        return !inputs().equals(openedWith);
    }

    private List<Object> inputs() {
        List<Object> values = new ArrayList<>(List.of(snapshot()));
        interviewers.rows().forEach(r -> values.add(List.of(r.nameProperty().get(), r.emailProperty().get(),
                r.titleProperty().get(), r.contactForUpdatesProperty().get())));
        return values;
    }

    /** The application this round is added to (or whose round is edited), or null when saving makes a new one. */
    public ReadOnlyObjectProperty<Application> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Says that the typed company and role are already stored and a round will be added; else empty. */
    public ReadOnlyStringProperty matchNoteProperty() {
        return wording.matchNote();
    }

    public ReadOnlyStringProperty titleProperty() {
        return wording.title();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return wording.subtitle();
    }

    public ReadOnlyStringProperty saveTextProperty() {
        return wording.saveText();
    }

    /** The contacts already stored for the target application; else empty. */
    public ReadOnlyStringProperty knownContactsProperty() {
        return wording.knownContacts();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The application as stored by the last successful save, or null. */
    public ReadOnlyObjectProperty<Application> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The problem shown next to {@code field}, or empty. */
    public ReadOnlyStringProperty errorProperty(FormField field) {
        return errors.property(field);
    }

    /** The first field (in form order) that shows a problem. */
    public Optional<FormField> firstInvalidField() {
        return errors.firstInvalid();
    }

    // ---- interviewers --------------------------------------------------------------------------

    /** Adds an empty line and makes it current. The first line of a new application is the contact for updates. */
    public InterviewerRow addInterviewer() {
        return interviewers.add();
    }

    /** Removes the current line, or the last one when none is current. */
    public void removeInterviewer() {
        interviewers.removeCurrent();
    }

    // ---- quick decision dates ------------------------------------------------------------------

    /**
     * The day the quick choices count from: the day the interview ended, where the words were
     * said (today in the usual case of logging right after it), else today.
     */
    public LocalDate quickChoiceBase() {
        return endedDate.get() != null ? endedDate.get() : today();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void chooseByFriday() {
        decisionDate.set(QuickDates.byFriday(quickChoiceBase()));
    }

    public void chooseEndOfNextWeek() {
        decisionDate.set(QuickDates.endOfNextWeek(quickChoiceBase()));
    }

    public void chooseInTwoWeeks() {
        decisionDate.set(QuickDates.inTwoWeeks(quickChoiceBase()));
    }

    public void chooseNoDate() {
        decisionDate.set(null);
    }

    // ---- validation and save -------------------------------------------------------------------

    /** Checks the form and shows each problem next to its field. True when it may be saved. */
    public boolean validate() {
        return check().problems().isEmpty();
    }

    /** Marks a field's text as unreadable (a date the field could not read); an empty message clears it. */
    public void reportUnreadable(FormField field, String message) {
        liveValidation |= !message.isEmpty();
        errors.set(field, message);
    }

    /**
     * Validates and stores in one service call: a new application (its id allocated on the
     * database thread), a round added to a stored one, or an edited round put back in its place;
     * each inside one read-change-write, so events recorded meanwhile are kept. The future
     * completes after the result was applied on the UI executor; it fails with
     * {@link InvalidApplicationException} when the form has problems (nothing is stored then).
     */
    public CompletableFuture<Application> save() {
        if (saving.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("Already saving"));
        }
        FormCheck.Result checked = check();
        if (!checked.problems().isEmpty()) {
            liveValidation = true;
            return CompletableFuture.failedFuture(new InvalidApplicationException(checked.problems()));
        }
        InterviewLog log = checked.log();
        Application to = target.get();
        saving.set(true);
        errors.set(FormField.FORM, "");
        CompletableFuture<Application> stored;
        try {
            if (to == null) {
                stored = service.logInterview(log);
            } else if (isEditing()) {
                stored = service.replaceRound(to, editedIndex, log);
            } else {
                stored = service.addRound(to, log);
            }
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e);
        }
        FormErrors.Origin origin = checked.origin();
        return stored.handleAsync((application, error) -> {
            saving.set(false);
            if (error != null) {
                if (ErrorMessages.unwrap(error) instanceof ChangedElsewhereException elsewhere) {
                    RebaseOnNewer.keepTyped(to, elsewhere.newer(), notes, mayCall, knownDelay);
                    target.set(elsewhere.newer());
                }
                errors.showFailure(error, origin, isEditing());
                throw error instanceof CompletionException ce ? ce : new CompletionException(error);
            }
            saved.set(application);
            return application;
        }, uiExecutor);
    }

    private FormCheck.Result check() {
        return FormCheck.check(snapshot(), interviewers, target.get(), editedIndex, LocalDateTime.now(clock), errors);
    }

    private FormCheck.Inputs snapshot() {
        return new FormCheck.Inputs(company.get(), role.get(), endedDate.get(), endedTime.get(), scheduled.get(),
                decisionDate.get(), talkingPoint.get(), mayCall.get(), knownDelay.get(), notes.get());
    }
}
