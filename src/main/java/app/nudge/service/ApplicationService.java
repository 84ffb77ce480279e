package app.nudge.service;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.ApplicationIds;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Event;
import app.nudge.domain.FieldProblem;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The applications, asynchronously: every call runs on the database executor and completes its
 * future there. Every change is checked by {@link ApplicationRules} first (a bad one fails with
 * {@link InvalidApplicationException} and stores nothing) and then tells the
 * {@link #onApplicationsChanged} listeners which application changed, so that the plan can be
 * updated for it alone.
 */
public final class ApplicationService {

    private final Supplier<ApplicationRepository> repository;
    private final Executor databaseExecutor;
    private final List<Consumer<Set<String>>> idListeners = new CopyOnWriteArrayList<>();

    /**
     * @param repository       gives the repository once the database is open (called on the database thread)
     * @param databaseExecutor the single database thread; tests pass a synchronous executor
     */
    public ApplicationService(Supplier<ApplicationRepository> repository, Executor databaseExecutor) {
        this.repository = repository;
        this.databaseExecutor = databaseExecutor;
    }

    /** Called on the database thread after every stored change, with the ids of the applications it touched. */
    public void onApplicationsChanged(Consumer<Set<String>> listener) {
        idListeners.add(listener);
    }

    public CompletableFuture<List<Application>> loadAll() {
        return CompletableFuture.supplyAsync(() -> repository.get().findAll(), databaseExecutor);
    }

    /** Stores a new application or replaces the one with its id. */
    public CompletableFuture<Application> save(Application application) {
        return CompletableFuture.supplyAsync(() -> store(application), databaseExecutor);
    }

    public CompletableFuture<Boolean> delete(String id) {
        return CompletableFuture.supplyAsync(() -> {
            boolean deleted = repository.get().delete(id);
            changed(id);
            return deleted;
        }, databaseExecutor);
    }

    /** Records something that happened, after the events already recorded. */
    public CompletableFuture<Application> recordEvent(String applicationId, Event event) {
        return update(applicationId, a -> a.withEvents(append(a.events(), event)));
    }

    /** Replaces the event at {@code index} (in recorded order) with a corrected one. */
    public CompletableFuture<Application> replaceEvent(String applicationId, int index, Event event) {
        return update(applicationId, a -> {
            List<Event> events = new ArrayList<>(a.events());
            events.set(index, event);
            return a.withEvents(events);
        });
    }

    /** Deletes the event at {@code index} (in recorded order). */
    public CompletableFuture<Application> deleteEvent(String applicationId, int index) {
        return update(applicationId, a -> {
            List<Event> events = new ArrayList<>(a.events());
            events.remove(index);
            return a.withEvents(events);
        });
    }

    /** Takes back the last recorded event (the undo of the last "record"). */
    public CompletableFuture<Application> undoLastEvent(String applicationId) {
        return update(applicationId, a -> {
            if (a.events().isEmpty()) {
                throw new IllegalStateException("Nothing to undo: no event is recorded for " + a.company());
            }
            return a.withEvents(a.events().subList(0, a.events().size() - 1));
        });
    }

    /**
     * Logs an interview as a new application in one step on the database thread: its id comes from
     * company and role, made unique against the ids stored at that moment (so two quick saves never
     * take the same id), and it is stored in one transaction.
     */
    public CompletableFuture<Application> logInterview(InterviewLog log) {
        return CompletableFuture.supplyAsync(() -> {
            ApplicationRepository store = repository.get();
            String base = ApplicationIds.base(log.company(), log.role());
            String id = base;
            for (int n = 2; store.find(id).isPresent(); n++) {
                id = base + "-" + n;
            }
            return store(log.newApplication(id));
        }, databaseExecutor);
    }

    /** Adds a later round to a stored application, merging its people into the contacts, in one change. */
    public CompletableFuture<Application> addRound(String applicationId, InterviewLog log) {
        return update(applicationId, a -> log.applyTo(a, -1));
    }

    /**
     * Puts {@code log}'s round in place of the round at {@code index}, merging contacts, in one
     * change. Refused when that round is no longer {@code expected} (changed or removed meanwhile).
     */
    public CompletableFuture<Application> replaceRound(String applicationId, int index, InterviewRound expected,
                                                       InterviewLog log) {
        return update(applicationId, a -> log.applyTo(requireRound(a, index, expected), index));
    }

    /** Deletes the round at {@code index}; refused when it is no longer {@code expected}. */
    public CompletableFuture<Application> deleteRound(String applicationId, int index, InterviewRound expected) {
        return update(applicationId, a -> {
            List<InterviewRound> rounds = new ArrayList<>(requireRound(a, index, expected).interviews());
            rounds.remove(index);
            return a.withInterviews(rounds);
        });
    }

    /** Replaces the application's own details and contacts; rounds and events stay as they are. */
    public CompletableFuture<Application> editDetails(String applicationId, ApplicationDetails details) {
        return update(applicationId, details::applyTo);
    }

    private static Application requireRound(Application a, int index, InterviewRound expected) {
        if (index < 0 || index >= a.interviews().size() || !a.interviews().get(index).equals(expected)) {
            throw new NoSuchElementException("This round was changed or removed meanwhile; nothing was saved.");
        }
        return a;
    }

    /**
     * Reads, changes and writes one application on the database thread. The single thread means
     * no other change can slip in between the read and the write.
     */
    public CompletableFuture<Application> update(String applicationId, UnaryOperator<Application> change) {
        return CompletableFuture.supplyAsync(() -> {
            Application current = repository.get().find(applicationId)
                    .orElseThrow(() -> new NoSuchElementException("No application " + applicationId));
            return store(change.apply(current));
        }, databaseExecutor);
    }

    private Application store(Application application) {
        List<FieldProblem> problems = ApplicationRules.check(application);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        repository.get().save(application);
        changed(application.id());
        return application;
    }

    private void changed(String id) {
        Set<String> ids = Set.of(id);
        idListeners.forEach(listener -> listener.accept(ids));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> result = new ArrayList<>(list);
        result.add(item);
        return result;
    }
}
