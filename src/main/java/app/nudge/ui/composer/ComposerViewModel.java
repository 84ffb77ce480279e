package app.nudge.ui.composer;

import app.nudge.common.ErrorMessages;
import app.nudge.compose.CallScript;
import app.nudge.compose.Composer;
import app.nudge.compose.Draft;
import app.nudge.compose.HtmlDraft;
import app.nudge.compose.Mailto;
import app.nudge.compose.MessageLint;
import app.nudge.compose.TemplateSource;
import app.nudge.compose.Warning;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import app.nudge.service.ApplicationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * completes the action, so the plan moves on). Edits are kept per action and recipient until the
 * message is marked as sent.
 */
public final class ComposerViewModel {

    private Composer composer;
    private final MessageLint lint = new MessageLint();
    private final ApplicationService applications;
    private final ClipboardPort clipboard;
    private final MailLauncher mail;
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
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasDraft = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper phone = new ReadOnlyBooleanWrapper(false);

    private final Map<String, String[]> edits = new HashMap<>();
    private Settings you = Settings.defaults();
    private boolean updating;

    public ComposerViewModel(Composer composer, ApplicationService applications, ClipboardPort clipboard,
                             MailLauncher mail, Executor uiExecutor, Clock clock) {
        this.composer = composer;
        this.applications = applications;
        this.clipboard = clipboard;
        this.mail = mail;
        this.uiExecutor = uiExecutor;
        this.clock = clock;
        application.addListener((o, was, now) -> rebuild());
        action.addListener((o, was, now) -> rebuild());
        variant.addListener((o, was, now) -> {
            if (!updating) {
                rebuildDrafts();
            }
        });
        recipient.addListener((o, was, now) -> {
            if (!updating) {
                showDraft();
            }
        });
        subject.addListener((o, was, now) -> edited());
        body.addListener((o, was, now) -> edited());
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

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasDraftProperty() {
        return hasDraft.getReadOnlyProperty();
    }

    /** The action is a call: show the call and voicemail scripts. */
    public ReadOnlyBooleanProperty phoneProperty() {
        return phone.getReadOnlyProperty();
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
        updating = true;
        try {
            if (variant.get() == null || a == null || next == null) {
                recipients.clear();
                recipient.set(null);
            } else {
                List<Draft> drafts = next.action() == ActionType.THANK_YOU
                        ? composer.thankYouNotes(a, next, you)
                        : List.of(composer.draft(a, next, you, variant.get()));
                recipients.setAll(drafts);
                recipient.set(drafts.get(0));
            }
        } finally {
            updating = false;
        }
        showDraft();
    }

    private void showDraft() {
        Draft draft = recipient.get();
        PlannedAction next = action.get();
        hasDraft.set(draft != null);
        updating = true;
        try {
            if (draft == null) {
                heading.set(application.get() == null ? "Select a card to see its next message" : "Nothing to send right now");
                to.set("");
                subject.set("");
                body.set("");
                voicemail.set("");
                branches.clear();
                phone.set(false);
                warnings.clear();
                return;
            }
            heading.set(app.nudge.ui.board.ActionTexts.describe(next));
            to.set(draft.to() == null ? "No contact on record: add one to the application"
                    : draft.to().name() + (draft.to().email().isEmpty() ? "" : " <" + draft.to().email() + ">"));
            String[] edit = edits.get(editKey());
            subject.set(edit != null ? edit[0] : draft.subject());
            body.set(edit != null ? edit[1] : draft.body());
            phone.set(next.channel() == Channel.PHONE || draft.hasPhoneScripts() && next.action() == ActionType.CHECK_BACK);
            branches.setAll(draft.callScript() == null ? List.of() : CallScript.branches(draft.callScript()));
            voicemail.set(draft.voicemailScript() == null ? "" : draft.voicemailScript());
        } finally {
            updating = false;
        }
        check();
    }

    private String editKey() {
        Draft draft = recipient.get();
        PlannedAction next = action.get();
        return next.applicationId() + "|" + next.action() + "|" + variant.get() + "|" + (draft.to() == null ? "" : draft.to().name());
    }

    private void edited() {
        if (updating || recipient.get() == null) {
            return;
        }
        Draft draft = recipient.get();
        if (subject.get().equals(draft.subject()) && body.get().equals(draft.body())) {
            edits.remove(editKey());
        } else {
            edits.put(editKey(), new String[] {subject.get(), body.get()});
        }
        check();
    }

    private void check() {
        Draft draft = recipient.get();
        if (draft == null) {
            warnings.clear();
            return;
        }
        Draft current = new Draft(draft.to(), subject.get(), body.get(), draft.templateId(), draft.variant(),
                draft.callScript(), draft.voicemailScript());
        warnings.setAll(lint.check(current, application.get(), action.get(), today()));
    }

    public void copySubject() {
        clipboard.put(subject.get(), null);
        status.set("Subject copied.");
    }

    public void copyBody() {
        clipboard.put(body.get(), HtmlDraft.toHtml(body.get()));
        status.set("Message copied.");
    }

    /** Subject and body together, as plain text and as HTML. */
    public void copyAll() {
        String plain = "Subject: " + subject.get() + "\n\n" + body.get();
        clipboard.put(plain, "<p><b>Subject:</b> " + HtmlDraft.toHtml(subject.get()).replaceAll("</?p>", "") + "</p>"
                + HtmlDraft.toHtml(body.get()));
        status.set("Subject and message copied.");
    }

    /** Opens the mail app with the message; a draft too long for a mailto link is copied instead. */
    public void openInMailApp() {
        Draft draft = recipient.get();
        if (draft == null) {
            return;
        }
        String uri = Mailto.build(draft.toAddress(), subject.get(), body.get());
        if (!Mailto.fitsWindowsLimit(uri)) {
            copyAll();
            status.set("Too long for a mail link: copied instead. Paste it into a new message.");
            return;
        }
        mail.open(uri);
        status.set("Opened in your mail app. Mark it as sent once it is on its way.");
    }

    /** Records the event that completes the action, dated today; the plan moves on at once. */
    public CompletableFuture<Application> markAsSent() {
        PlannedAction next = action.get();
        if (next == null) {
            return CompletableFuture.completedFuture(application.get());
        }
        String key = editKey();
        Event event = switch (next.action()) {
            case THANK_YOU -> Event.of(EventType.THANK_YOU_SENT, today());
            case FOLLOW_UP, FINAL_FOLLOW_UP, SECONDARY_CONTACT, EMAIL_AFTER_VOICEMAIL, CHECK_BACK -> Event.followUp(today(), next.channel());
            case CLOSE_OUT -> Event.of(EventType.CLOSED, today());
            case THANK_AFTER_REJECTION -> Event.of(EventType.REJECTION_ANSWERED, today());
            case REPLY_TO_OFFER -> Event.of(EventType.OFFER_ANSWERED, today());
        };
        return record(event, "Marked as sent.").thenApply(a -> {
            edits.remove(key);
            return a;
        });
    }

    /** From the call script's "they name a date" branch: records the agreed check-back. */
    public CompletableFuture<Application> recordCheckBack(LocalDate on) {
        return record(Event.checkBack(today(), on), "Check-back recorded.");
    }

    private CompletableFuture<Application> record(Event event, String done) {
        return applications.recordEvent(action.get().applicationId(), event).whenCompleteAsync((a, error) -> {
            status.set(error == null ? done : ErrorMessages.of(error));
        }, uiExecutor);
    }
}
