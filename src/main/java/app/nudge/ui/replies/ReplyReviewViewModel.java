package app.nudge.ui.replies;

import static app.nudge.i18n.Texts.t;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.i18n.Texts;
import app.nudge.replies.Acceptance;
import app.nudge.replies.IncomingMessage;
import app.nudge.replies.ReplyKind;
import app.nudge.replies.ReplyMatch;
import app.nudge.replies.ReplyProposal;
import app.nudge.service.ApplicationService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One proposal under review: which application it is for, what kind of answer it is and the
 * dates that kind records, all changeable. Nothing is recorded until {@link #accept()}, which
 * stores the {@link Acceptance} through the service as one change the history can undo.
 */
public final class ReplyReviewViewModel {

    private final WaitingReply reply;
    private final ApplicationService service;
    private final Executor ui;

    private final ObservableList<Application> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Application> application = new SimpleObjectProperty<>(this, "application");
    private final ObjectProperty<ReplyKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<LocalDate> namedDate = new SimpleObjectProperty<>(this, "namedDate");
    private final StringProperty namedTime = new SimpleStringProperty(this, "namedTime", "");
    private final ReadOnlyStringWrapper namedDateLabel = new ReadOnlyStringWrapper(this, "namedDateLabel", "");
    private final ReadOnlyBooleanWrapper namedDateShown = new ReadOnlyBooleanWrapper(this, "namedDateShown");
    private final ReadOnlyBooleanWrapper timeShown = new ReadOnlyBooleanWrapper(this, "timeShown");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyObjectWrapper<Application> recorded = new ReadOnlyObjectWrapper<>(this, "recorded");

    /**
     * @param all     every application shown now: the candidates are looked up here, and "pick an
     *                application" offers them all when none fits
     * @param service records the acceptance (its futures complete on the database thread)
     * @param ui      where results are applied
     */
    public ReplyReviewViewModel(WaitingReply reply, List<Application> all, ApplicationService service, Executor ui) {
        this.reply = Objects.requireNonNull(reply, "reply");
        this.service = Objects.requireNonNull(service, "service");
        this.ui = Objects.requireNonNull(ui, "ui");
        ReplyProposal proposal = reply.proposal();
        ReplyMatch match = proposal.match();
        Map<String, Application> byId = all.stream()
                .collect(Collectors.toMap(Application::id, Function.identity(), (a, b) -> a));
        switch (match.kind()) {
            case EMAIL, DOMAIN, COMPANY -> Optional.ofNullable(byId.get(match.applicationId())).ifPresent(choices::add);
            case AMBIGUOUS -> match.candidates().stream().map(byId::get).filter(Objects::nonNull).forEach(choices::add);
            case NONE -> choices.addAll(all);
        }
        if (match.isUnique() && choices.size() == 1) {
            application.set(choices.get(0));
        }
        kind.set(proposal.reading().kind());
        date.set(proposal.reading().date());
        namedDate.set(proposal.reading().namedDate());
        LocalTime time = proposal.reading().namedTime();
        namedTime.set(time == null ? "" : time.toString());
        kind.addListener((o, was, now) -> followKind());
        followKind();
    }

    private void followKind() {
        ReplyKind now = kind.get();
        Optional<String> label = now == null ? Optional.empty() : ReplyKindNames.namedDateLabel(now);
        namedDateLabel.set(label.orElse(""));
        namedDateShown.set(label.isPresent());
        timeShown.set(now == ReplyKind.NEXT_ROUND);
        error.set("");
    }

    public WaitingReply reply() {
        return reply;
    }

    public IncomingMessage message() {
        return reply.proposal().message();
    }

    public String subjectText() {
        return message().subject().isEmpty() ? t("replies.review.noSubject") : message().subject();
    }

    /** "Dana Lee <dana@acme.com>", or "Pasted text" when there is no sender. */
    public String senderText() {
        IncomingMessage m = message();
        if (m.fromAddress().isEmpty()) {
            return m.fromName().isEmpty() ? t("replies.review.pastedNoSender") : m.fromName();
        }
        return m.fromName().isEmpty() ? m.fromAddress() : m.fromName() + " <" + m.fromAddress() + ">";
    }

    /** When it was sent, or that it is dated today for lack of a date. */
    public String sentText() {
        return message().sentAt() == null ? t("replies.review.noDate")
                : Texts.current().date("format.dayYearTime", message().sentAt());
    }

    /** How the application was found, in the user's words. */
    public String matchText() {
        return t("replies.match." + reply.proposal().match().kind().name());
    }

    /** Whether the user picks the application (several fit, or none). */
    public boolean picksApplication() {
        return !reply.proposal().match().isUnique() || choices.size() != 1;
    }

    public boolean offersNewApplication() {
        return reply.proposal().match().kind() == app.nudge.replies.MatchKind.NONE;
    }

    /** The company to pre-fill a new application with, from the sender's domain. */
    public String companyGuess() {
        return CompanyGuess.fromAddress(message().fromAddress());
    }

    /** An application the user just created for this reply: offered and chosen. */
    public void useNewApplication(Application created) {
        choices.removeIf(a -> a.id().equals(created.id()));
        choices.add(0, created);
        application.set(created);
    }

    public ObservableList<Application> choices() {
        return choices;
    }

    public ObjectProperty<Application> applicationProperty() {
        return application;
    }

    public ObjectProperty<ReplyKind> kindProperty() {
        return kind;
    }

    /** The day of the event (the message's date). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The decision date, check-back day or round day, as the kind needs. */
    public ObjectProperty<LocalDate> namedDateProperty() {
        return namedDate;
    }

    /** The next round's time, "14:00" or "2pm"; empty for noon. */
    public StringProperty namedTimeProperty() {
        return namedTime;
    }

    public ReadOnlyStringProperty namedDateLabelProperty() {
        return namedDateLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty namedDateShownProperty() {
        return namedDateShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timeShownProperty() {
        return timeShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The application as stored after Accept; null until then. */
    public ReadOnlyObjectProperty<Application> recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    /** What Accept would record now, or empty with {@link #errorProperty()} saying what is missing. */
    public Optional<Acceptance> acceptance() {
        ReplyKind chosen = kind.get();
        if (chosen == null) {
            return refuse(t("replies.error.kind"));
        }
        if (chosen != ReplyKind.NOT_A_REPLY && application.get() == null) {
            return refuse(t("replies.error.application"));
        }
        if (date.get() == null) {
            return refuse(t("replies.error.date"));
        }
        boolean usesNamed = ReplyKindNames.namedDateLabel(chosen).isPresent();
        LocalDate named = usesNamed ? namedDate.get() : null;
        if (named == null && ReplyKindNames.namedDateRequired(chosen)) {
            return refuse(t(chosen == ReplyKind.NEXT_ROUND ? "replies.error.roundDay" : "replies.error.checkBackDay",
                    "label", namedDateLabel.get()));
        }
        LocalTime time = null;
        if (chosen == ReplyKind.NEXT_ROUND && !namedTime.get().isBlank()) {
            Optional<LocalTime> read = ReplyTimes.parse(namedTime.get());
            if (read.isEmpty()) {
                return refuse(t("replies.error.time", "time", namedTime.get().strip()));
            }
            time = read.get();
        }
        error.set("");
        return Optional.of(new Acceptance(chosen, date.get(), named, time, message().subject()));
    }

    private Optional<Acceptance> refuse(String message) {
        error.set(message);
        return Optional.empty();
    }

    /**
     * Records what the user accepted: one change named "Reply from Acme Corp recorded", which undo
     * takes back. "Not a reply" records nothing. Completes on the UI executor with the stored
     * application (null for "not a reply"), or exceptionally with the reason in {@link #errorProperty()}.
     */
    public CompletableFuture<Application> accept() {
        if (saving.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("already saving"));
        }
        Optional<Acceptance> acceptance = acceptance();
        if (acceptance.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException(error.get()));
        }
        if (acceptance.get().kind() == ReplyKind.NOT_A_REPLY) {
            return CompletableFuture.completedFuture(null);
        }
        Application target = application.get();
        saving.set(true);
        String label = t("replies.review.recorded", "company", target.company());
        return service.update(target.id(), label, acceptance.get()::applyTo).whenCompleteAsync((stored, failure) -> {
            saving.set(false);
            if (failure != null) {
                error.set(ErrorMessages.of(failure));
            } else {
                recorded.set(stored);
            }
        }, ui);
    }

    /** "Acme Corp – Backend Developer", for lists and choices. */
    public static String name(Application application) {
        if (application == null) {
            return "";
        }
        return application.role() == null || application.role().isBlank() ? application.company()
                : application.company() + " \u2013 " + application.role();
    }
}
