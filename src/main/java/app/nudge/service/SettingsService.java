package app.nudge.service;

import app.nudge.settings.SettingsCodec;
import app.nudge.settings.UserSettings;
import app.nudge.store.SettingsRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The user's settings, typed ({@link UserSettings}, stored through {@link SettingsCodec}),
 * asynchronously on the database thread. A save tells the change listeners, which re-plan.
 */
public final class SettingsService {

    private final Supplier<SettingsRepository> repository;
    private final Executor databaseExecutor;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public SettingsService(Supplier<SettingsRepository> repository, Executor databaseExecutor) {
        this.repository = repository;
        this.databaseExecutor = databaseExecutor;
    }

    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public CompletableFuture<UserSettings> load() {
        return CompletableFuture.supplyAsync(() -> repository.get().settings(), databaseExecutor);
    }

    /** Stores every setting in one transaction. */
    public CompletableFuture<Void> save(UserSettings settings) {
        return CompletableFuture.runAsync(() -> {
            repository.get().save(settings);
            changeListeners.forEach(Runnable::run);
        }, databaseExecutor);
    }

    /**
     * Reads the stored settings, changes them and stores the result, all in one task on the
     * database thread (so nothing saved in between is lost); completes with what was stored.
     */
    public CompletableFuture<UserSettings> update(UnaryOperator<UserSettings> change) {
        return CompletableFuture.supplyAsync(() -> {
            SettingsRepository store = repository.get();
            UserSettings changed = change.apply(store.settings());
            store.save(changed);
            changeListeners.forEach(Runnable::run);
            return changed;
        }, databaseExecutor);
    }

    /**
     * Writes the given pairs under the codec's names in one transaction (others stay as they are).
     * For callers that hold raw pairs, such as tests; they are read back through the codec.
     */
    public CompletableFuture<Void> save(Map<String, String> values) {
        return CompletableFuture.runAsync(() -> {
            repository.get().putAll(values);
            changeListeners.forEach(Runnable::run);
        }, databaseExecutor);
    }
}
