package app.nudge.ui.application;

import app.nudge.common.ErrorMessages;
import app.nudge.common.UserFacing;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Contact;
import app.nudge.domain.FieldPath;
import app.nudge.domain.FieldProblem;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.service.ApplicationService;
import app.nudge.service.ChangedElsewhereException;
import app.nudge.service.InvalidApplicationException;
import app.nudge.ui.common.OneMarked;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "edit application" dialog's state: the application's own details and its contacts. Saving
 * checks everything first; a problem is one line naming the field and nothing is stored. Stored
 * through {@link ApplicationService#editDetails} in one change, so rounds and events recorded
 * meanwhile stay. Results are applied on the UI executor.
 *
 * <p>When the same details were changed on another computer meanwhile, the save is refused: the
 * form stays as the user typed it, fields they did not touch take the newer values, the form is
 * based on the newer record from then on, and one line says so (a second save applies the change).
 *
 * <p>The message language: empty is "the user's language". Until the user chooses one for this
 * application (or one is stored), changing the country preselects the language usual there
 * ({@link Language#usualFor}); a choice, once made, is never changed by the country.
 */
public final class ApplicationEditViewModel {

    private final ApplicationService service;
    private final Executor uiExecutor;
    /** What the form was filled from: the stored record the user's edits are based on. */
    private Application original;

    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty mayCall = new SimpleBooleanProperty(this, "mayCall", false);
    private final BooleanProperty knownDelay = new SimpleBooleanProperty(this, "knownDelay", false);
    private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList(row -> new Observable[] {
            row.forUpdatesProperty()});
    private final ObjectProperty<Optional<Language>> messageLanguage =
            new SimpleObjectProperty<>(this, "messageLanguage", Optional.empty());
    /** Whether the language shown is the user's choice (or stored), not one the country offered. */
    private boolean languageChosen;
    /** Set while the form takes a newer record's values: those are no user's change of country. */
    private boolean rebasing;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);

    public ApplicationEditViewModel(ApplicationService service, Executor uiExecutor, Application application) {
        this.service = Objects.requireNonNull(service, "service");
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
        this.original = Objects.requireNonNull(application, "application");
        company.set(application.company());
        role.set(application.role());
        country.set(application.country());
        url.set(application.url());
        location.set(application.location());
        notes.set(application.notes());
        mayCall.set(application.mayCall());
        knownDelay.set(application.knownDelay());
        application.contacts().forEach(c -> contacts.add(ContactRow.of(c)));
        OneMarked.watch(contacts, ContactRow::forUpdatesProperty, false);
        messageLanguage.set(application.messageLanguage());
        languageChosen = application.messageLanguage().isPresent();
        country.addListener((obs, was, now) -> {
            if (!rebasing && !languageChosen) {
                messageLanguage.set(Language.usualFor(now));
            }
        });
    }

    public Application original() {
        return original;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty roleProperty() {
        return role;
    }

    /** The employer's ISO country code for its business days; empty: the one in Settings. */
    public StringProperty countryProperty() {
        return country;
    }

    /**
     * The language the drafts are written in (empty: the user's). Read it to show it; change it
     * through {@link #chooseLanguage}, so the country stops offering one.
     */
    public ReadOnlyObjectProperty<Optional<Language>> messageLanguageProperty() {
        return messageLanguage;
    }

    /** The user's own choice (empty: their language): kept whatever the country becomes. */
    public void chooseLanguage(Optional<Language> language) {
        languageChosen = true;
        messageLanguage.set(language == null ? Optional.empty() : language);
    }

    /** Whether the user chose the language (or it was stored so); false while the country may still set it. */
    public boolean languageChosen() {
        return languageChosen;
    }

    /** The language usual for the country shown, when it is not the one chosen: what the form may offer. */
    public Optional<Language> languageOffered() {
        return Language.usualFor(country.get()).filter(l -> !messageLanguage.get().equals(Optional.of(l)));
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** "They invited me to call". */
    public BooleanProperty mayCallProperty() {
        return mayCall;
    }

    /** "They mentioned a delay". */
    public BooleanProperty knownDelayProperty() {
        return knownDelay;
    }

    public ObservableList<ContactRow> contacts() {
        return contacts;
    }

    /** One line saying what keeps the details from being saved; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Adds an empty contact line (the contact for updates when it is the only one). */
    public ContactRow addContact() {
        ContactRow row = new ContactRow();
        row.forUpdatesProperty().set(contacts.stream().noneMatch(r -> r.forUpdatesProperty().get()));
        contacts.add(row);
        return row;
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    /** The details as the dialog shows them (blank contact lines left out). */
    public ApplicationDetails details() {
        List<Contact> people = new ArrayList<>();
        contacts.stream().filter(r -> !r.isBlank()).forEach(r -> people.add(r.toContact()));
        return new ApplicationDetails(company.get().strip(), role.get().strip(), country.get(), original.appliedOn(),
                url.get().strip(), location.get().strip(), mayCall.get(), knownDelay.get(), notes.get(), people,
                messageLanguage.get());
    }

    /** The first problem with what the dialog shows, as one line naming the field; empty when none. */
    public Optional<String> check() {
        ApplicationDetails d = details();
        List<ContactRow> kept = contacts.stream().filter(r -> !r.isBlank()).toList();
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).nameProperty().get().isBlank()) {
                return Optional.of(Texts.t("application.problem.contactName", "number", i + 1));
            }
        }
        if (!d.url().isEmpty() && (d.url().chars().anyMatch(Character::isWhitespace) || !d.url().contains("."))) {
            return Optional.of(Texts.t("application.problem.url", "url", d.url()));
        }
        return ApplicationRules.check(d.applyTo(original)).stream().findFirst().map(p -> describe(p, d));
    }

    /**
     * Checks, then stores. The future completes on the UI executor with the stored application, or
     * fails (nothing stored) with {@link #problemProperty()} saying why.
     */
    public CompletableFuture<Application> save() {
        Optional<String> bad = check();
        problem.set(bad.orElse(""));
        if (bad.isPresent()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(bad.get()));
        }
        ApplicationDetails details = details();
        saving.set(true);
        return service.editDetails(original, details).handleAsync((stored, error) -> {
            saving.set(false);
            if (error != null) {
                Throwable cause = ErrorMessages.unwrap(error);
                if (cause instanceof ChangedElsewhereException elsewhere) {
                    rebase(elsewhere.newer());
                }
                problem.set(cause instanceof InvalidApplicationException invalid && !invalid.problems().isEmpty()
                        ? describe(invalid.problems().get(0), details)
                        : cause instanceof UserFacing ? ErrorMessages.of(cause) // changed elsewhere, deleted, server away
                        : cause instanceof NoSuchElementException ? Texts.t("application.problem.deleted")
                        : Texts.t("application.problem.failed"));
                throw error instanceof CompletionException ce ? ce : new CompletionException(error);
            }
            return stored;
        }, uiExecutor);
    }

    /**
     * Bases the form on {@code newer} (stored since it was filled): what the user changed stays as
     * typed, every field they left as it was shows the newer value.
     */
    private void rebase(Application newer) {
        ApplicationDetails was = ApplicationDetails.of(original);
        ApplicationDetails now = ApplicationDetails.of(newer);
        rebasing = true;
        untouched(company, was.company(), now.company(), true);
        untouched(role, was.role(), now.role(), true);
        untouched(country, was.country(), now.country(), false);
        untouched(url, was.url(), now.url(), true);
        untouched(location, was.location(), now.location(), true);
        untouched(notes, was.notes(), now.notes(), false);
        if (mayCall.get() == was.mayCall()) {
            mayCall.set(now.mayCall());
        }
        if (knownDelay.get() == was.knownDelay()) {
            knownDelay.set(now.knownDelay());
        }
        if (details().contacts().equals(was.contacts())) {
            contacts.setAll(now.contacts().stream().map(ContactRow::of).toList());
        }
        if (messageLanguage.get().equals(was.messageLanguage())) {
            messageLanguage.set(now.messageLanguage());
            languageChosen = languageChosen || now.messageLanguage().isPresent();
        }
        rebasing = false;
        original = newer;
    }

    private static void untouched(StringProperty field, String was, String now, boolean stripped) {
        String typed = stripped ? field.get().strip() : field.get();
        if (typed.equals(was)) {
            field.set(now);
        }
    }

    /** A rule's problem in the dialog's words: "Email of contact 2 (Pat Lee): not an email address: …". */
    static String describe(FieldProblem p, ApplicationDetails d) {
        if (FieldPath.of(p) instanceof FieldPath.OfContact(int index, String part)) {
            String field = Texts.t(part.equals("email") ? "application.contactEmail"
                    : part.equals("name") ? "application.contactName" : "application.problem.otherField");
            return index < d.contacts().size()
                    ? Texts.t("application.problem.ofNamedContact", "field", field, "number", index + 1,
                            "name", d.contacts().get(index).name(), "message", p.message())
                    : Texts.t("application.problem.ofContact", "field", field, "number", index + 1, "message", p.message());
        }
        String field = switch (FieldPath.of(p)) {
            case FieldPath.Top(String name) when name.equals("company") -> Texts.t("application.company");
            case FieldPath.Top(String name) when name.equals("role") -> Texts.t("application.role");
            case FieldPath.Top(String name) when name.equals("notes") -> Texts.t("application.notes");
            default -> Texts.t("application.problem.stored", "path", p.path());
        };
        return Texts.t("application.problem.field", "field", field,
                "message", p.message().equals("required") ? Texts.t("application.problem.required") : p.message());
    }
}
