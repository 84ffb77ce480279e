package app.nudge.service;

import app.nudge.compose.TemplateCatalog;
import app.nudge.compose.TemplateCheck;
import app.nudge.compose.TemplateOverrides;
import app.nudge.compose.TemplateSource;
import app.nudge.store.SettingsRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The user's own copies of the templates, kept among the settings under {@code template.<id>}
 * ({@link TemplateOverrides}), asynchronously on the database thread. Kept apart from
 * {@link SettingsService} because a template edit changes drafts, not the plan: its listeners
 * refresh the composer and nothing re-plans.
 */
public final class TemplateService {

    private final Supplier<SettingsRepository> repository;
    private final Executor databaseExecutor;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public TemplateService(Supplier<SettingsRepository> repository, Executor databaseExecutor) {
        this.repository = repository;
        this.databaseExecutor = databaseExecutor;
    }

    /** Called on the database thread after every save or reset. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    /** The overrides by template id; templates the user never edited (or reset) are absent. */
    public CompletableFuture<Map<String, String>> load() {
        return CompletableFuture.supplyAsync(() -> TemplateOverrides.fromSettings(repository.get().all()),
                databaseExecutor);
    }

    /** The overrides over the shipped texts, ready for a {@code Composer}. */
    public CompletableFuture<TemplateSource> source() {
        return load().thenApply(TemplateOverrides::layered);
    }

    /**
     * Stores the user's text for a template. Fails with {@link IllegalArgumentException} for an
     * unknown id or a text {@link TemplateCheck} refuses, storing nothing. A text equal to the
     * default is stored as a reset, so the template does not show as edited.
     */
    public CompletableFuture<Void> save(String templateId, String text) {
        return CompletableFuture.runAsync(() -> {
            String key = TemplateOverrides.key(templateId);
            TemplateCheck check = TemplateCheck.of(templateId, text);
            if (!check.ok()) {
                throw new InvalidTemplateException(check.error());
            }
            store(key, text.equals(TemplateCatalog.defaultText(templateId)) ? "" : text);
        }, databaseExecutor);
    }

    /**
     * Back to the shipped text. The override becomes empty rather than deleted: the settings
     * table has no delete, and empty means "default" to every reader.
     */
    public CompletableFuture<Void> reset(String templateId) {
        return CompletableFuture.runAsync(() -> store(TemplateOverrides.key(templateId), ""), databaseExecutor);
    }

    private void store(String key, String value) {
        repository.get().put(key, value);
        changeListeners.forEach(Runnable::run);
    }
}
