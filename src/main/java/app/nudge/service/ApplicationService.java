package app.nudge.service;

import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The applications, asynchronously: every call runs on the database executor and completes its
 * future there. Every change tells the change listeners, which re-plan.
 */
public final class ApplicationService {

    private final Supplier<ApplicationRepository> repository;
    private final Executor databaseExecutor;
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    /**
     * @param repository       gives the repository once the database is open (called on the database thread)
     * @param databaseExecutor the single database thread; tests pass a synchronous executor
     */
    public ApplicationService(Supplier<ApplicationRepository> repository, Executor databaseExecutor) {
        this.repository = repository;
        this.databaseExecutor = databaseExecutor;
    }

    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public CompletableFuture<List<Application>> loadAll() {
        return CompletableFuture.supplyAsync(() -> repository.get().findAll(), databaseExecutor);
    }

    public CompletableFuture<Void> save(Application application) {
        return CompletableFuture.runAsync(() -> {
            repository.get().save(application);
            changeListeners.forEach(Runnable::run);
        }, databaseExecutor);
    }

    public CompletableFuture<Boolean> delete(String id) {
        return CompletableFuture.supplyAsync(() -> {
            boolean deleted = repository.get().delete(id);
            changeListeners.forEach(Runnable::run);
            return deleted;
        }, databaseExecutor);
    }
}
