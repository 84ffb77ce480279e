package app.nudge.ui.log;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationIds;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Contact;
import app.nudge.domain.FieldProblem;
import app.nudge.domain.InterviewRound;
import app.nudge.service.ApplicationService;
import app.nudge.service.InvalidApplicationException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The "log interview" form's state and rules, without any JavaFX node. Two modes share it: a new
 * application, and a later round of an existing one (given when the form opens, or found because
 * the typed company and role match one exactly, ignoring case). Validation is
 * {@link ApplicationRules} on the application the form would store, plus the form's own checks
 * (an interview that has not been held cannot end more than an hour from now unless it is marked
 * scheduled). Store results are applied on the UI executor.
 */
public final class LogInterviewViewModel {

    /** The form's fields that can show a problem; {@code FORM} is for whatever belongs to none. */
    public enum Field { COMPANY, ROLE, ENDED_DATE, ENDED_TIME, DECISION_DATE, INTERVIEWERS, NOTES, FORM }

    /** How far in the future a round that is not marked scheduled may end (clock skew, rounding). */
    public static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    static final String TOO_FAR_AHEAD = "The interview cannot end more than an hour from now;"
            + " tick 'scheduled' for a round that lies ahead.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final Pattern TIME_TEXT = Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?");
    private static final Pattern CONTACT_PATH = Pattern.compile("contacts\\[(\\d+)]\\.(\\w+)");
    private static final Pattern ROUND_PATH = Pattern.compile("interviews\\[(\\d+)]\\.(\\w+)");

    private final ApplicationService service;
    private final Clock clock;
    private final Executor uiExecutor;
    private final List<Application> all;
    private final Application fixedTarget;

    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final ObjectProperty<LocalDate> endedDate = new SimpleObjectProperty<>(this, "endedDate");
    private final StringProperty endedTime = new SimpleStringProperty(this, "endedTime", "");
    private final BooleanProperty scheduled = new SimpleBooleanProperty(this, "scheduled", false);
    private final ObjectProperty<LocalDate> decisionDate = new SimpleObjectProperty<>(this, "decisionDate");
    private final ObservableList<InterviewerRow> interviewers = FXCollections.observableArrayList(row -> new Observable[] {
            row.nameProperty(), row.emailProperty(), row.titleProperty(), row.contactForUpdatesProperty()});
    private final ObjectProperty<InterviewerRow> currentInterviewer = new SimpleObjectProperty<>(this, "currentInterviewer");
    private final BooleanProperty mayCall = new SimpleBooleanProperty(this, "mayCall", false);
    private final BooleanProperty knownDelay = new SimpleBooleanProperty(this, "knownDelay", false);
    private final StringProperty talkingPoint = new SimpleStringProperty(this, "talkingPoint", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    private final ObservableList<String> companySuggestions;
    private final ReadOnlyObjectWrapper<Application> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyStringWrapper matchNote = new ReadOnlyStringWrapper(this, "matchNote", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper saveText = new ReadOnlyStringWrapper(this, "saveText", "");
    private final ReadOnlyStringWrapper knownContacts = new ReadOnlyStringWrapper(this, "knownContacts", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyObjectWrapper<Application> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);

    /** What a typed match filled in, to take back if the match goes away before the user changes it. */
    private Prefill prefill;
    /** After the first failed save, problems update as the user types. */
    private boolean liveValidation;
    private boolean adjustingPrimary;

    /**
     * @param service    stores the result (its futures complete on the database thread)
     * @param clock      "now": the default end time and the future check
     * @param uiExecutor where results are applied: {@code Platform::runLater} in the app, {@code Runnable::run} in tests
     * @param existing   the application to add a later round to, or empty for a new one
     * @param all        every stored application: company suggestions, exact matches and taken ids
     */
    public LogInterviewViewModel(ApplicationService service, Clock clock, Executor uiExecutor,
                                 Optional<Application> existing, Collection<Application> all) {
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
        this.all = List.copyOf(all);
        this.fixedTarget = existing.orElse(null);
        for (Field field : Field.values()) {
            errors.put(field, new ReadOnlyStringWrapper(this, field.name(), ""));
        }
        TreeSet<String> companies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        this.all.forEach(a -> companies.add(a.company().strip()));
        companySuggestions = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(companies));

        LocalDateTime start = roundToQuarterHour(LocalDateTime.now(clock));
        endedDate.set(start.toLocalDate());
        endedTime.set(TIME.format(start));

        if (fixedTarget != null) {
            company.set(fixedTarget.company());
            role.set(fixedTarget.role());
            mayCall.set(fixedTarget.mayCall());
            knownDelay.set(fixedTarget.knownDelay());
            notes.set(fixedTarget.notes());
            target.set(fixedTarget);
        } else {
            company.addListener((obs, was, now) -> findMatch());
            role.addListener((obs, was, now) -> findMatch());
        }
        target.addListener((obs, was, now) -> describeMode());
        describeMode();

        interviewers.addListener(this::keepOnePrimary);
        // A new application starts with one empty line, already the contact for updates; a later
        // round starts empty, so the contact already marked stays the one unless the user says otherwise.
        if (fixedTarget == null) {
            addInterviewer();
        }

        List<Observable> inputs = List.of(company, role, endedDate, endedTime, scheduled, decisionDate, interviewers,
                notes);
        inputs.forEach(input -> input.addListener(o -> {
            if (liveValidation) {
                validate();
            }
        }));
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
        return interviewers;
    }

    /** The line the user is on; "remove" removes it (the last line when none). */
    public ObjectProperty<InterviewerRow> currentInterviewerProperty() {
        return currentInterviewer;
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

    /** The application this round is added to, or null when saving makes a new one. */
    public ReadOnlyObjectProperty<Application> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** Says that the typed company and role are already stored and a round will be added; else empty. */
    public ReadOnlyStringProperty matchNoteProperty() {
        return matchNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveTextProperty() {
        return saveText.getReadOnlyProperty();
    }

    /** The contacts already stored for the target application, for a later round; else empty. */
    public ReadOnlyStringProperty knownContactsProperty() {
        return knownContacts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The application as stored by the last successful save, or null. */
    public ReadOnlyObjectProperty<Application> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The problem shown next to {@code field}, or empty. */
    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** The first field (in form order) that shows a problem. */
    public Optional<Field> firstInvalidField() {
        return errors.entrySet().stream().filter(e -> !e.getValue().get().isEmpty()).map(Map.Entry::getKey).findFirst();
    }

    // ---- interviewers --------------------------------------------------------------------------

    /** Adds an empty line and makes it current. The first line of a new application is the contact for updates. */
    public InterviewerRow addInterviewer() {
        InterviewerRow row = new InterviewerRow();
        if (fixedTarget == null && interviewers.stream().noneMatch(r -> r.contactForUpdatesProperty().get())) {
            row.contactForUpdatesProperty().set(true);
        }
        interviewers.add(row);
        currentInterviewer.set(row);
        return row;
    }

    /** Removes the current line, or the last one when none is current. */
    public void removeInterviewer() {
        InterviewerRow row = currentInterviewer.get();
        if (row == null || !interviewers.contains(row)) {
            row = interviewers.isEmpty() ? null : interviewers.get(interviewers.size() - 1);
        }
        if (row != null) {
            interviewers.remove(row);
            currentInterviewer.set(interviewers.isEmpty() ? null : interviewers.get(interviewers.size() - 1));
        }
    }

    private void keepOnePrimary(ListChangeListener.Change<? extends InterviewerRow> change) {
        if (adjustingPrimary) {
            return;
        }
        adjustingPrimary = true;
        try {
            while (change.next()) {
                if (change.wasUpdated()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        InterviewerRow marked = change.getList().get(i);
                        if (marked.contactForUpdatesProperty().get()) {
                            interviewers.stream().filter(r -> r != marked)
                                    .forEach(r -> r.contactForUpdatesProperty().set(false));
                        }
                    }
                }
                if (change.wasRemoved() && fixedTarget == null && !interviewers.isEmpty()
                        && change.getRemoved().stream().anyMatch(r -> r.contactForUpdatesProperty().get())
                        && interviewers.stream().noneMatch(r -> r.contactForUpdatesProperty().get())) {
                    interviewers.get(0).contactForUpdatesProperty().set(true);
                }
            }
        } finally {
            adjustingPrimary = false;
        }
    }

    // ---- quick decision dates ------------------------------------------------------------------

    /**
     * The day "by Friday" means, said on {@code day}: the next Friday after it. Said on a Friday it
     * means a week later (nobody promises a decision by the end of the interview day), and on a
     * weekend the coming Friday.
     */
    public static LocalDate byFriday(LocalDate day) {
        return day.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    }

    /** "End of next week": the Friday of the calendar week (Monday to Sunday) after the one {@code day} is in. */
    public static LocalDate endOfNextWeek(LocalDate day) {
        return day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4);
    }

    /** "In two weeks": 14 days after {@code day}. */
    public static LocalDate inTwoWeeks(LocalDate day) {
        return day.plusDays(14);
    }

    /**
     * The day the quick choices count from: the day the interview ended, where the words were
     * said (today in the usual case of logging right after it), else today.
     */
    public LocalDate quickChoiceBase() {
        return endedDate.get() != null ? endedDate.get() : LocalDate.now(clock);
    }

    public void chooseByFriday() {
        decisionDate.set(byFriday(quickChoiceBase()));
    }

    public void chooseEndOfNextWeek() {
        decisionDate.set(endOfNextWeek(quickChoiceBase()));
    }

    public void chooseInTwoWeeks() {
        decisionDate.set(inTwoWeeks(quickChoiceBase()));
    }

    public void chooseNoDate() {
        decisionDate.set(null);
    }

    // ---- validation and save -------------------------------------------------------------------

    /** Checks the form and shows each problem next to its field. True when it may be saved. */
    public boolean validate() {
        return check().problems().isEmpty();
    }

    /** Marks a field's text as unreadable (a date the picker could not parse). */
    public void reportUnreadable(Field field, String message) {
        liveValidation = true;
        errors.get(field).set(message);
    }

    /**
     * Validates and stores. A new application gets its id from company and role, made unique
     * against the ids stored at that moment; a later round is added inside one read-change-write on
     * the database thread, so events recorded meanwhile are kept. The future completes after the
     * result was applied on the UI executor; it fails with {@link InvalidApplicationException} when
     * the form has problems (nothing is stored then).
     */
    public CompletableFuture<Application> save() {
        if (saving.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("Already saving"));
        }
        Checked checked = check();
        if (!checked.problems().isEmpty()) {
            liveValidation = true;
            return CompletableFuture.failedFuture(new InvalidApplicationException(checked.problems()));
        }
        Form form = checked.form();
        Application to = target.get();
        saving.set(true);
        errors.get(Field.FORM).set("");
        CompletableFuture<Application> stored;
        try {
            stored = to == null
                    ? service.loadAll().thenCompose(fresh -> service.save(build(form, null, ids(fresh)).application()))
                    : service.update(to.id(), current -> build(form, current, Set.of()).application());
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e);
        }
        Built shown = checked.built();
        return stored.handleAsync((application, error) -> {
            saving.set(false);
            if (error != null) {
                showFailure(ErrorMessages.unwrap(error), shown);
                throw error instanceof CompletionException ce ? ce : new CompletionException(error);
            }
            saved.set(application);
            return application;
        }, uiExecutor);
    }

    private Checked check() {
        errors.values().forEach(e -> e.set(""));
        interviewers.forEach(r -> r.error.set(""));
        List<FieldProblem> shown = new ArrayList<>();

        LocalTime time = parseTime(endedTime.get()).orElse(null);
        if (endedDate.get() == null) {
            show(shown, Field.ENDED_DATE, "Enter the day the interview ended.");
        }
        if (time == null) {
            show(shown, Field.ENDED_TIME, "Enter a time like 14:30.");
        }
        LocalDateTime endedAt = endedDate.get() == null || time == null ? null : endedDate.get().atTime(time);
        LocalDateTime now = LocalDateTime.now(clock);
        Application base = target.get();
        if (endedAt != null && !scheduled.get() && endedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            show(shown, Field.ENDED_DATE, TOO_FAR_AHEAD);
        }
        if (endedAt != null && base != null && base.interviews().stream().anyMatch(r -> r.endedAt().equals(endedAt))) {
            show(shown, Field.ENDED_DATE, "A round ending at this time is already logged for this application.");
        }
        for (int i = 0; i < interviewers.size(); i++) {
            InterviewerRow row = interviewers.get(i);
            if (row.nameProperty().get().isBlank() && !row.isBlank()) {
                showRow(shown, i, "Add a name, or clear this line.");
            }
        }

        // The rules need an end; an unreadable one is reported above and stands in as "now" here.
        Form form = snapshot(endedAt == null ? now : endedAt);
        Built built = build(form, base, ids(all));
        for (FieldProblem problem : ApplicationRules.check(built.application())) {
            route(shown, problem, built, endedAt != null);
        }
        return new Checked(form, built, shown);
    }

    private void route(List<FieldProblem> shown, FieldProblem problem, Built built, boolean endKnown) {
        String path = problem.path();
        String message = problem.message();
        Matcher contact = CONTACT_PATH.matcher(path);
        Matcher round = ROUND_PATH.matcher(path);
        if (path.equals("company")) {
            show(shown, Field.COMPANY, message.equals("required") ? "Enter the company." : sentence(message));
        } else if (path.equals("role")) {
            show(shown, Field.ROLE, message.equals("required") ? "Enter the role." : sentence(message));
        } else if (path.equals("notes")) {
            show(shown, Field.NOTES, sentence(message));
        } else if (contact.matches() && built.contactRows().containsKey(Integer.parseInt(contact.group(1)))) {
            showRow(shown, built.contactRows().get(Integer.parseInt(contact.group(1))),
                    contact.group(2).equals("name") ? "The name is " + message : sentence(message));
        } else if (round.matches() && Integer.parseInt(round.group(1)) == built.roundIndex()
                && round.group(2).equals("decisionExpectedBy")) {
            if (endKnown) {
                LocalDate day = built.application().interviews().get(built.roundIndex()).date();
                show(shown, Field.DECISION_DATE, "The decision date is before the interview (" + DAY.format(day) + ").");
            }
        } else {
            // Something stored earlier (another round, a contact no line names): not the user's typing.
            show(shown, Field.FORM, "The stored application has a problem: " + problem);
        }
    }

    private void show(List<FieldProblem> shown, Field field, String message) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error.get().isEmpty()) {
            error.set(message);
        }
        shown.add(new FieldProblem(pathOf(field), message));
    }

    private void showRow(List<FieldProblem> shown, int index, String message) {
        InterviewerRow row = interviewers.get(index);
        if (row.error.get().isEmpty()) {
            row.error.set(message);
        }
        ReadOnlyStringWrapper summary = errors.get(Field.INTERVIEWERS);
        if (summary.get().isEmpty()) {
            summary.set("Check interviewer " + (index + 1) + ": " + message);
        }
        shown.add(new FieldProblem("interviewers[" + index + "]", message));
    }

    private void showFailure(Throwable error, Built built) {
        if (error instanceof InvalidApplicationException invalid) {
            List<FieldProblem> shown = new ArrayList<>();
            invalid.problems().forEach(p -> route(shown, p, built, true));
        } else if (error instanceof NoSuchElementException) {
            errors.get(Field.FORM).set("This application was deleted meanwhile; nothing was saved.");
        } else {
            errors.get(Field.FORM).set("Could not save: " + ErrorMessages.of(error));
        }
    }

    private static String pathOf(Field field) {
        return switch (field) {
            case COMPANY -> "company";
            case ROLE -> "role";
            case ENDED_DATE, ENDED_TIME -> "endedAt";
            case DECISION_DATE -> "decisionExpectedBy";
            case INTERVIEWERS -> "interviewers";
            case NOTES -> "notes";
            case FORM -> "form";
        };
    }

    // ---- building the application --------------------------------------------------------------

    /** The form's values at one moment, so the store can apply them on its own thread. */
    record Form(String company, String role, LocalDateTime endedAt, LocalDate decisionBy, List<Line> lines,
                boolean mayCall, boolean knownDelay, String talkingPoint, String notes) {
    }

    /** One interviewer line that has a name; {@code row} is its index in the form. */
    record Line(int row, String name, String email, String title, boolean primary) {
    }

    /** The application to store, which contact came from which line, and the new round's index. */
    record Built(Application application, int roundIndex, Map<Integer, Integer> contactRows) {
    }

    private record Checked(Form form, Built built, List<FieldProblem> problems) {
    }

    private record Prefill(Application from, String notesBefore, boolean mayCallBefore, boolean knownDelayBefore) {
    }

    private Form snapshot(LocalDateTime endedAt) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < interviewers.size(); i++) {
            InterviewerRow r = interviewers.get(i);
            if (!r.nameProperty().get().isBlank()) {
                lines.add(new Line(i, r.nameProperty().get().strip(), r.emailProperty().get().strip(),
                        r.titleProperty().get().strip(), r.contactForUpdatesProperty().get()));
            }
        }
        return new Form(company.get().strip(), role.get().strip(), endedAt, decisionDate.get(), List.copyOf(lines),
                mayCall.get(), knownDelay.get(), talkingPoint.get().strip(), notes.get());
    }

    /**
     * The application to store: a new one ({@code base} null, id unique against {@code taken}), or
     * {@code base} with the round appended, contacts merged by name (ignoring case) and flags and
     * notes as the form shows them; its events stay as they are.
     */
    static Built build(Form f, Application base, Set<String> taken) {
        InterviewRound round = new InterviewRound(f.endedAt(), f.decisionBy(), f.talkingPoint(),
                f.lines().stream().map(Line::name).toList());
        Map<Integer, Integer> contactRows = new HashMap<>();
        List<Contact> contacts = mergeContacts(base == null ? List.of() : base.contacts(), f.lines(), contactRows);
        if (base == null) {
            String id = ApplicationIds.unique(ApplicationIds.base(f.company(), f.role()), taken);
            return new Built(new Application(id, f.company(), f.role(), "", null, "", "", "", f.mayCall(),
                    f.knownDelay(), f.notes(), contacts, List.of(round), List.of()), 0, contactRows);
        }
        List<InterviewRound> rounds = new ArrayList<>(base.interviews());
        rounds.add(round);
        return new Built(new Application(base.id(), base.company(), base.role(), base.country(), base.appliedOn(),
                base.url(), base.location(), base.source(), f.mayCall(), f.knownDelay(), f.notes(), contacts,
                rounds, base.events()), rounds.size() - 1, contactRows);
    }

    /**
     * Each line becomes a contact, or updates the stored one of the same name (a blank email or
     * title keeps the stored one; the phone is kept). A line marked as the contact for updates
     * takes that mark from every other contact; with no line marked, the stored marks stay.
     */
    static List<Contact> mergeContacts(List<Contact> stored, List<Line> lines, Map<Integer, Integer> contactRows) {
        boolean anyMarked = lines.stream().anyMatch(Line::primary);
        List<Contact> result = new ArrayList<>(stored.stream().map(c -> anyMarked ? c.withPrimary(false) : c).toList());
        for (Line line : lines) {
            int index = indexOfName(result, line.name());
            if (index >= 0) {
                Contact old = result.get(index);
                result.set(index, new Contact(old.name(), line.email().isEmpty() ? old.email() : line.email(), old.phone(),
                        line.title().isEmpty() ? old.title() : line.title(), old.primary() || line.primary()));
            } else {
                result.add(new Contact(line.name(), line.email(), "", line.title(), line.primary()));
                index = result.size() - 1;
            }
            contactRows.put(index, line.row());
        }
        return result;
    }

    private static int indexOfName(List<Contact> contacts, String name) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).name().strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> ids(Collection<Application> applications) {
        return applications.stream().map(Application::id).collect(Collectors.toSet());
    }

    // ---- mode ----------------------------------------------------------------------------------

    private void findMatch() {
        String c = company.get().strip();
        String r = role.get().strip();
        Application match = c.isEmpty() || r.isEmpty() ? null : all.stream()
                .filter(a -> a.company().strip().equalsIgnoreCase(c) && a.role().strip().equalsIgnoreCase(r))
                .findFirst().orElse(null);
        if (match == target.get()) {
            return;
        }
        if (prefill != null) {
            // Take back what the match filled in, unless the user has changed it since.
            if (notes.get().equals(prefill.from().notes())) {
                notes.set(prefill.notesBefore());
            }
            if (mayCall.get() == (prefill.mayCallBefore() || prefill.from().mayCall())) {
                mayCall.set(prefill.mayCallBefore());
            }
            if (knownDelay.get() == (prefill.knownDelayBefore() || prefill.from().knownDelay())) {
                knownDelay.set(prefill.knownDelayBefore());
            }
            prefill = null;
        }
        if (match != null) {
            // Saving keeps what the form shows: show the stored notes and flags, so none is lost unseen.
            prefill = new Prefill(match, notes.get(), mayCall.get(), knownDelay.get());
            if (notes.get().isBlank()) {
                notes.set(match.notes());
            }
            mayCall.set(mayCall.get() || match.mayCall());
            knownDelay.set(knownDelay.get() || match.knownDelay());
        }
        target.set(match);
    }

    private void describeMode() {
        Application t = target.get();
        if (t == null) {
            title.set("Log interview");
            subtitle.set("Write it down while it is fresh: Nudge plans your thank-you note and follow-ups from it.");
            saveText.set("Save interview");
            matchNote.set("");
            knownContacts.set("");
            return;
        }
        int round = t.interviews().size() + 1;
        title.set("Add a later round");
        subtitle.set(t.company() + " – " + t.role() + " · round " + round
                + ". Earlier rounds and everything recorded stay as they are.");
        saveText.set("Add round");
        matchNote.set(fixedTarget != null ? "" : "You already follow " + t.company() + " – " + t.role()
                + ". Saving adds this as round " + round + " instead of a second copy.");
        knownContacts.set(t.contacts().isEmpty() ? "" : "Already known: " + t.contacts().stream()
                .map(c -> c.primary() ? c.name() + " (contact for updates)" : c.name())
                .collect(Collectors.joining(", ")) + ". Type a known name to update that person.");
    }

    // ---- small helpers -------------------------------------------------------------------------

    /** Now, to the nearest quarter hour (14:07 → 14:00, 14:08 → 14:15). */
    static LocalDateTime roundToQuarterHour(LocalDateTime time) {
        LocalDateTime floor = time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() / 15 * 15L);
        return Duration.between(floor, time).compareTo(Duration.ofMinutes(7).plusSeconds(30)) >= 0
                ? floor.plusMinutes(15) : floor;
    }

    /** Reads "14:30", "14.30", "1430", "9", "2:30 pm", "2pm"; empty when it is no time of day. */
    static Optional<LocalTime> parseTime(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean pm = t.endsWith("pm");
        boolean am = t.endsWith("am");
        if (pm || am) {
            t = t.substring(0, t.length() - 2);
        }
        Matcher m = TIME_TEXT.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (pm || am) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
