package app.nudge.service;

import app.nudge.store.SettingsRepository;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The user's settings as name/value pairs (names in {@link SettingsRepository} and
 * {@code PlanInputs}), asynchronously on the database thread. A save tells the change listeners,
 * which re-plan.
 */
public final class SettingsService {

    private final Supplier<SettingsRepository> repository;
    private final Executor databaseExecutor;
    private final java.util.List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public SettingsService(Supplier<SettingsRepository> repository, Executor databaseExecutor) {
        this.repository = repository;
        this.databaseExecutor = databaseExecutor;
    }

    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public CompletableFuture<Map<String, String>> load() {
        return CompletableFuture.supplyAsync(() -> repository.get().all(), databaseExecutor);
    }

    /** Writes the given settings in one transaction (others stay as they are). */
    public CompletableFuture<Void> save(Map<String, String> values) {
        return CompletableFuture.runAsync(() -> {
            repository.get().putAll(values);
            changeListeners.forEach(Runnable::run);
        }, databaseExecutor);
    }
}
