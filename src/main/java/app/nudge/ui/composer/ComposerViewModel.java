package app.nudge.ui.composer;

import app.nudge.common.ErrorMessages;
import app.nudge.ui.common.StatusLine;
import app.nudge.compose.CallScript;
import app.nudge.compose.Composer;
import app.nudge.compose.Draft;
import app.nudge.compose.MessageLint;
import app.nudge.compose.TemplateSource;
import app.nudge.compose.Warning;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.ThankYouStep;
import app.nudge.service.ApplicationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The message for the selected card's next action: a draft from the templates, editable before
 * copying, checked as it is edited, and marked as sent in one click (which records the event that
 * completes the action, so the plan moves on). After a panel each interviewer's note is marked sent
 * or skipped on its own (R4). Edits are kept per action and recipient until the message is marked
 * as sent. The status line speaks of the card it was about, and clears when another is selected.
 */
public final class ComposerViewModel {

    private Composer composer;
    private final MessageLint lint = new MessageLint();
    private final ApplicationService applications;
    private final MessageHandOff handOff;
    private final Executor uiExecutor;
    private final Clock clock;

    private final ObjectProperty<Application> application = new SimpleObjectProperty<>();
    private final ObjectProperty<PlannedAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<String> variant = new SimpleObjectProperty<>();
    private final ObjectProperty<Draft> recipient = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<String> variants = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Draft> recipients = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<Warning> warnings = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<CallScript.Branch> branches = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper to = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper voicemail = new ReadOnlyStringWrapper("");
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper hasDraft = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper phone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper perPerson = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper noteDone = new ReadOnlyBooleanWrapper(false);
    /** Keys ({@link ThankYouStep#key}) of the panel members whose note is sent or skipped. */
    private Set<String> thanked = Set.of();

    private final DraftEdits edits = new DraftEdits();
    private Settings you = Settings.defaults();
    private boolean updating;

    public ComposerViewModel(Composer composer, ApplicationService applications, ClipboardPort clipboard,
                             MailLauncher mail, Executor uiExecutor, Clock clock) {
        this.composer = composer;
        this.applications = applications;
        this.handOff = new MessageHandOff(clipboard, mail, uiExecutor, this.status::say);
        this.uiExecutor = uiExecutor;
        this.clock = clock;
        application.addListener((o, was, now) -> {
            if (was == null || now == null || !was.id().equals(now.id())) {
                status.clear(); // "Marked as sent." was about the card before
            }
            rebuild();
        });
        action.addListener((o, was, now) -> rebuild());
        // While the view model itself sets them, the rebuild in progress shows the result.
        variant.addListener((o, was, now) -> runUnlessUpdating(this::rebuildDrafts));
        recipient.addListener((o, was, now) -> runUnlessUpdating(this::showDraft));
        subject.addListener((o, was, now) -> edited());
        body.addListener((o, was, now) -> edited());
    }

    private void runUnlessUpdating(Runnable job) {
        if (!updating) {
            job.run();
        }
    }

    public ObjectProperty<Application> applicationProperty() {
        return application;
    }

    public ObjectProperty<PlannedAction> actionProperty() {
        return action;
    }

    public ObjectProperty<String> variantProperty() {
        return variant;
    }

    /** The draft whose recipient is chosen (several after a panel interview). */
    public ObjectProperty<Draft> recipientProperty() {
        return recipient;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyListProperty<String> variantsProperty() {
        return variants.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Draft> recipientsProperty() {
        return recipients.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Warning> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<CallScript.Branch> branchesProperty() {
        return branches.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toProperty() {
        return to.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty voicemailProperty() {
        return voicemail.getReadOnlyProperty();
    }

    /** The pane's line: its text, whether it says something failed, and clearing such a line once its cause is over. */
    public StatusLine status() {
        return status;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    public ReadOnlyBooleanProperty hasDraftProperty() {
        return hasDraft.getReadOnlyProperty();
    }

    /** The action is a call: show the call and voicemail scripts. */
    public ReadOnlyBooleanProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    /** The draft on show is one panel member's note (it can be skipped on its own). */
    public ReadOnlyBooleanProperty perPersonProperty() {
        return perPerson.getReadOnlyProperty();
    }

    /** The panel member's note on show is already sent or skipped. */
    public ReadOnlyBooleanProperty noteDoneProperty() {
        return noteDone.getReadOnlyProperty();
    }

    /** How the list of a panel's notes names one: "Note to Sam Roe — done". */
    public String noteLabel(Draft draft) {
        return ComposerTexts.noteLabel(draft, isDone(draft));
    }

    /** The user's name, signature... as the settings hold them. */
    public void setSettings(Settings settings) {
        you = settings == null ? Settings.defaults() : settings;
        rebuildDrafts();
    }

    /**
     * Drafts from now on with {@code templates} (the user's overrides over the defaults) and
     * redrafts the message on show; the chosen variant and any edits to the draft are kept.
     */
    public void setTemplates(TemplateSource templates) {
        composer = new Composer(templates);
        rebuildDrafts();
    }

    /** The message is the one a new start shows: the usual version, the first note to do, no edit (edits last this run only). */
    public boolean asAStartShowsIt() {
        Application a = application.get();
        PlannedAction next = action.get();
        Draft shown = recipient.get();
        return a == null || next == null || shown == null || java.util.Objects.equals(variant.get(), composer.defaultVariant(a, next))
                && shown == chooseNote(recipients, null) && edits.of(editKey()).isEmpty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void rebuild() {
        Application a = application.get();
        PlannedAction next = action.get();
        updating = true;
        try {
            if (a == null || next == null || !next.applicationId().equals(a.id())) {
                variants.clear();
                variant.set(null);
            } else {
                variants.setAll(composer.variants(next.action()));
                variant.set(composer.defaultVariant(a, next));
            }
        } finally {
            updating = false;
        }
        rebuildDrafts();
    }

    private void rebuildDrafts() {
        Application a = application.get();
        PlannedAction next = action.get();
        Draft before = recipient.get();
        updating = true;
        try {
            if (variant.get() == null || a == null || next == null) {
                recipients.clear();
                recipient.set(null);
                thanked = Set.of();
            } else {
                List<Draft> drafts = next.action() == ActionType.THANK_YOU
                        ? composer.thankYouNotes(a, next, you, variant.get())
                        : List.of(composer.draft(a, next, you, variant.get()));
                thanked = ThankYouStep.thanked(a);
                recipients.setAll(drafts);
                recipient.set(chooseNote(drafts, before));
            }
        } finally {
            updating = false;
        }
        showDraft();
    }

    /** The note shown before if it is still to do, else the first one still to do, else the first. */
    private Draft chooseNote(List<Draft> drafts, Draft before) {
        if (before != null && before.isPerPerson()) {
            for (Draft d : drafts) {
                if (before.interviewer().equals(d.interviewer()) && !isDone(d)) {
                    return d;
                }
            }
        }
        return drafts.stream().filter(d -> !isDone(d)).findFirst().orElse(drafts.get(0));
    }

    private boolean isDone(Draft draft) {
        return draft != null && draft.isPerPerson() && thanked.contains(ThankYouStep.key(draft.interviewer()));
    }

    private void showDraft() {
        Draft draft = recipient.get();
        PlannedAction next = action.get();
        hasDraft.set(draft != null);
        perPerson.set(draft != null && draft.isPerPerson());
        noteDone.set(isDone(draft));
        updating = true;
        try {
            if (draft == null) {
                heading.set(ComposerTexts.noDraft(application.get() == null));
                to.set("");
                subject.set("");
                body.set("");
                voicemail.set("");
                branches.clear();
                phone.set(false);
                warnings.clear();
                return;
            }
            heading.set(ComposerTexts.heading(next, draft, recipients.indexOf(draft) + 1, recipients.size(), isDone(draft)));
            to.set(ComposerTexts.to(draft));
            String[] text = edits.of(editKey()).orElse(new String[] {draft.subject(), draft.body()});
            subject.set(text[0]);
            body.set(text[1]);
            phone.set(next.channel() == Channel.PHONE || draft.hasPhoneScripts() && next.action() == ActionType.CHECK_BACK);
            branches.setAll(draft.callScript() == null ? List.of() : CallScript.branches(draft.callScript()));
            voicemail.set(draft.voicemailScript() == null ? "" : draft.voicemailScript());
        } finally {
            updating = false;
        }
        check();
    }

    private String editKey() {
        return DraftEdits.key(action.get(), variant.get(), recipient.get());
    }

    private void edited() {
        if (updating || recipient.get() == null) {
            return;
        }
        edits.edited(editKey(), recipient.get(), subject.get(), body.get());
        check();
    }

    private void check() {
        Draft draft = recipient.get();
        if (draft == null) {
            warnings.clear();
            return;
        }
        List<Warning> found = new java.util.ArrayList<>(
                lint.check(draft.withText(subject.get(), body.get()), application.get(), action.get(), today()));
        found.addAll(MessageLint.sender(you));
        warnings.setAll(found);
    }

    public void copySubject() {
        handOff.copySubject(subject.get());
    }

    public void copyBody() {
        handOff.copyBody(body.get());
    }

    /** Subject and body together, as plain text and as HTML. */
    public void copyAll() {
        handOff.copyAll(subject.get(), body.get());
    }

    /** Opens the mail app with the message; when it cannot, says so and copies the message instead. */
    public CompletableFuture<Void> openInMailApp() {
        Draft draft = recipient.get();
        return draft == null ? CompletableFuture.completedFuture(null)
                : handOff.openInMailApp(draft.toAddress(), subject.get(), body.get());
    }

    /**
     * Records the event that completes the action, dated today; the plan moves on at once. After a
     * panel it records this interviewer's note only: the others stay to do until each is sent or
     * skipped (R4).
     */
    public CompletableFuture<Application> markAsSent() {
        PlannedAction next = action.get();
        if (next == null) {
            return CompletableFuture.completedFuture(application.get());
        }
        Draft note = recipient.get();
        if (isDone(note)) {
            status.say(ComposerTexts.alreadyDone(note.interviewer()));
            return CompletableFuture.completedFuture(application.get());
        }
        String key = editKey();
        String interviewer = note == null ? null : note.interviewer();
        Event event = SentEvents.completing(next, interviewer, today());
        String done = ComposerTexts.markedSent(interviewer);
        return record(event, done).thenApply(a -> {
            edits.forget(key);
            return a;
        });
    }

    /** After a panel: this interviewer gets no note; the others are still to do (R4, SKIPPED). */
    public CompletableFuture<Application> skipNote() {
        Draft note = recipient.get();
        if (action.get() == null || note == null || !note.isPerPerson() || isDone(note)) {
            return CompletableFuture.completedFuture(application.get());
        }
        return record(Event.thankYouSkipped(today(), note.interviewer()), ComposerTexts.skipped(note.interviewer()));
    }

    /** From the call script's "they name a date" branch: records the agreed check-back. */
    public CompletableFuture<Application> recordCheckBack(LocalDate on) {
        return record(Event.checkBack(today(), on), ComposerTexts.checkBackRecorded());
    }

    private CompletableFuture<Application> record(Event event, String done) {
        return applications.recordEvent(action.get().applicationId(), event).whenCompleteAsync((a, error) -> {
            status.show(error == null ? done : ErrorMessages.of(error), error != null);
        }, uiExecutor);
    }
}
