package app.nudge.ui.templates;

import app.nudge.common.ErrorMessages;
import app.nudge.compose.Placeholders;
import app.nudge.compose.TemplateCatalog;
import app.nudge.compose.TemplateCheck;
import app.nudge.i18n.Texts;
import app.nudge.service.TemplateService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The template editor's state: every template id, which of them the user has edited, and the
 * text of the chosen one. Loads and saves go through the {@link TemplateService} (the database
 * thread); results are applied on the UI executor. Unsaved text survives choosing another
 * template while the dialog is open, so browsing the list loses no work.
 */
public final class TemplatesViewModel {

    /** The help line under the editor, in the window's language (read when shown: tests switch languages). */
    public static String placeholderHelp() {
        return Texts.t("templates.help", "names",
                Placeholders.NAMES.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", ")));
    }

    private final TemplateService service;
    private final Executor uiExecutor;
    private final Runnable onChanged;

    private final ObservableList<String> ids = FXCollections.observableArrayList(TemplateCatalog.ids());
    private final ObservableSet<String> edited = FXCollections.observableSet();
    private final ObservableSet<String> unsaved = FXCollections.observableSet();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, String> unsavedTexts = new HashMap<>();

    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper resettable = new ReadOnlyBooleanWrapper(this, "resettable", false);
    private boolean showing;

    /** @param onChanged called on the UI executor after each stored save or reset */
    public TemplatesViewModel(TemplateService service, Executor uiExecutor, Runnable onChanged) {
        this.service = service;
        this.uiExecutor = uiExecutor;
        this.onChanged = onChanged;
        selectedId.addListener((o, was, now) -> {
            stash(was);
            show(now);
        });
        text.addListener((o, was, now) -> {
            if (!showing) {
                check();
            }
        });
    }

    /** Reads the stored overrides, then shows the first template (or keeps the chosen one). */
    public CompletableFuture<Void> load() {
        busy.set(true);
        return service.load().handleAsync((stored, problem) -> {
            busy.set(false);
            if (problem != null) {
                fail(Texts.t("templates.loadFailed", "problem", ErrorMessages.of(problem)));
                return null;
            }
            replaceOverrides(stored);
            loaded.set(true);
            if (selectedId.get() == null) {
                selectedId.set(ids.get(0));
            } else {
                show(selectedId.get());
            }
            return null;
        }, uiExecutor);
    }

    /**
     * Stores the text as the user's copy of the chosen template. A text the checks refuse shows
     * its error, stores nothing and completes with false.
     */
    public CompletableFuture<Boolean> save() {
        String id = selectedId.get();
        if (id == null || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        TemplateCheck check = check();
        if (!check.ok()) {
            fail(Texts.t("templates.notSaved", "problem", check.error()));
            return CompletableFuture.completedFuture(false);
        }
        String saving = text.get();
        return store(service.save(id, saving), id, Texts.t("templates.saved"));
    }

    /** Removes the user's copy of the chosen template and shows the default text again. */
    public CompletableFuture<Boolean> reset() {
        String id = selectedId.get();
        if (id == null || busy.get()) {
            return CompletableFuture.completedFuture(false);
        }
        return store(service.reset(id), id, Texts.t("templates.reverted"));
    }

    private CompletableFuture<Boolean> store(CompletableFuture<Void> write, String id, String done) {
        busy.set(true);
        // Re-reading after the write shows what is stored, including a save that matched the default.
        return write.thenCompose(v -> service.load()).handleAsync((stored, problem) -> {
            busy.set(false);
            if (problem != null) {
                fail(Texts.t("templates.storeFailed", "problem", ErrorMessages.of(problem)));
                return false;
            }
            replaceOverrides(stored);
            unsavedTexts.remove(id);
            unsaved.remove(id);
            if (id.equals(selectedId.get())) {
                show(id);
            }
            failed.set(false);
            status.set(done);
            onChanged.run();
            return true;
        }, uiExecutor);
    }

    /** "Thank-you note", with " · edited" / " · unsaved" when that applies. */
    public String label(String templateId) {
        return TemplateNames.of(templateId)
                + (edited.contains(templateId) ? " · " + Texts.t("templates.mark.edited") : "")
                + (unsaved.contains(templateId) ? " · " + Texts.t("templates.mark.unsaved") : "");
    }

    public String name(String templateId) {
        return TemplateNames.of(templateId);
    }

    private void replaceOverrides(Map<String, String> stored) {
        overrides.clear();
        overrides.putAll(stored);
        edited.retainAll(stored.keySet());
        edited.addAll(stored.keySet());
    }

    private String storedText(String id) {
        return overrides.getOrDefault(id, TemplateCatalog.defaultText(id));
    }

    /** Keeps the text of the template being left when it differs from the stored one. */
    private void stash(String id) {
        if (id == null || !loaded.get()) {
            return;
        }
        if (text.get().equals(storedText(id))) {
            unsavedTexts.remove(id);
            unsaved.remove(id);
        } else {
            unsavedTexts.put(id, text.get());
            unsaved.add(id);
        }
    }

    private void show(String id) {
        showing = true;
        try {
            text.set(id == null || !loaded.get() ? "" : unsavedTexts.getOrDefault(id, storedText(id)));
        } finally {
            showing = false;
        }
        status.set("");
        failed.set(false);
        check();
    }

    private TemplateCheck check() {
        String id = selectedId.get();
        if (id == null || !loaded.get()) {
            error.set("");
            warning.set("");
            resettable.set(false);
            return new TemplateCheck("", List.of());
        }
        TemplateCheck check = TemplateCheck.of(id, text.get());
        error.set(check.error());
        warning.set(check.warning());
        resettable.set(edited.contains(id) || !text.get().equals(TemplateCatalog.defaultText(id)));
        return check;
    }

    private void fail(String message) {
        failed.set(true);
        status.set(message);
    }

    // --- Properties ---

    /** Every template id, messages first (as {@link TemplateCatalog#ids()}). */
    public ObservableList<String> ids() {
        return FXCollections.unmodifiableObservableList(ids);
    }

    /** Ids of templates the user has a stored copy of. */
    public ObservableSet<String> edited() {
        return FXCollections.unmodifiableObservableSet(edited);
    }

    /** Ids of templates with changes not yet saved. */
    public ObservableSet<String> unsaved() {
        return FXCollections.unmodifiableObservableSet(unsaved);
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Why the text cannot be saved; empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Unknown placeholders: worth a look, but saving is allowed. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether "Reset to default" would change anything. */
    public ReadOnlyBooleanProperty resettableProperty() {
        return resettable.getReadOnlyProperty();
    }
}
