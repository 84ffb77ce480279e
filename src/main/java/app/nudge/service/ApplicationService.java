package app.nudge.service;

import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.ApplicationIds;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Event;
import app.nudge.domain.FieldProblem;
import app.nudge.service.undo.Change;
import app.nudge.service.undo.ChangeHistory;
import app.nudge.service.undo.ChangeLabels;
import app.nudge.service.undo.Snapshot;
import app.nudge.service.undo.UndoRefusedException;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The applications, asynchronously: every call runs on the database executor and completes its
 * future there. Every change is checked by {@link ApplicationRules} first (a bad one fails with
 * {@link InvalidApplicationException} and stores nothing) and then tells the
 * {@link #onApplicationsChanged} listeners which application changed, so that the plan can be
 * updated for it alone.
 *
 * <p>Every change is also one entry of the {@link ChangeHistory}: the applications it touched,
 * before and after, under a short label. {@link #undo()} stores the before-state again and
 * {@link #redo()} the after-state, as ordinary stored changes (so the plan follows), refusing when
 * the application was changed since in a way the history does not know.
 *
 * <p>Several computers may share one server schema: every read-change-write reads and writes
 * through one repository, which refuses the write when the application was written elsewhere in
 * between; the change is then re-applied once to the newer record ({@link OnceMoreWhenStale}). A
 * form's save is based on what the form showed and keeps what was changed elsewhere, or is refused
 * with {@link ChangedElsewhereException} when the same field was ({@link FormChanges}).
 */
public final class ApplicationService {

    private final Supplier<ApplicationRepository> repository;
    private final Executor databaseExecutor;
    private final List<Consumer<Set<String>>> idListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> savedListeners = new CopyOnWriteArrayList<>();
    private final ChangeHistory history = new ChangeHistory();
    private final OnceMoreWhenStale attempts;

    /**
     * @param repository       gives the repository once the database is open (called on the database thread)
     * @param databaseExecutor the single database thread; tests pass a synchronous executor
     */
    public ApplicationService(Supplier<ApplicationRepository> repository, Executor databaseExecutor) {
        this.repository = repository;
        this.databaseExecutor = databaseExecutor;
        this.attempts = new OnceMoreWhenStale(repository, id -> {
            tell(Set.of(id)); // views show the newer record; nothing of this app was saved
            changedElsewhere(Set.of(id));
        });
    }

    /** Applications another computer changed (database thread): the undo and redo entries it made impossible go. */
    public void changedElsewhere(Set<String> ids) {
        try {
            ChangesElsewhereInHistory.forgetImpossible(history, repository.get(), ids);
        } catch (RuntimeException unreadable) { // the server away: the next undo checks again, as always
        }
    }

    /** Called on the database thread after every stored change, with the ids of the applications it touched. */
    public void onApplicationsChanged(Consumer<Set<String>> listener) {
        idListeners.add(listener);
    }

    /** Called on the database thread after a change of this app was stored (never for a refused one). */
    public void onSaved(Runnable listener) {
        savedListeners.add(listener);
    }

    /** Called on the database thread whenever what can be undone or redone changes. */
    public void onHistoryChanged(Consumer<ChangeHistory.State> listener) {
        history.onChange(listener);
    }

    /** Forgets every undo and redo, e.g. after a restore replaced the data they refer to. */
    public CompletableFuture<Void> forgetHistory() {
        return CompletableFuture.runAsync(history::clear, databaseExecutor);
    }

    public CompletableFuture<List<Application>> loadAll() {
        return CompletableFuture.supplyAsync(() -> repository.get().findAll(), databaseExecutor);
    }

    /** Stores a new application or replaces the one with its id ("add Acme Corp" / "edit Acme Corp" in the history). */
    public CompletableFuture<Application> save(Application application) {
        return save(null, application);
    }

    /** As {@link #save(Application)}, named {@code label} in the history (null: the generic name). */
    public CompletableFuture<Application> save(String label, Application application) {
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            Application before = find(store, application.id());
            Application stored = store(store, application);
            remember(store, label != null ? label : ChangeLabels.save(before, application),
                    Map.of(application.id(), Optional.ofNullable(before)));
            return stored;
        }), databaseExecutor);
    }

    /** Stores several applications in one transaction, one entry of the history (an import, say). */
    public CompletableFuture<List<Application>> saveAll(String label, Collection<Application> applications) {
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            List<FieldProblem> problems = applications.stream().flatMap(a -> ApplicationRules.check(a).stream()).toList();
            if (!problems.isEmpty()) {
                throw new InvalidApplicationException(problems);
            }
            Map<String, Optional<Application>> before = new LinkedHashMap<>();
            applications.forEach(a -> before.put(a.id(), Optional.ofNullable(find(store, a.id()))));
            store.saveAll(applications);
            changed(before.keySet());
            remember(store, label, before);
            return List.copyOf(applications);
        }), databaseExecutor);
    }

    /**
     * Runs store work that does not go through this service (the CSV import's own transaction) on
     * the database thread, and makes whatever it changed one entry of the history, named
     * {@code label}; the listeners hear the ids it changed. It compares every application before and
     * after, so keep it for rare, large changes.
     */
    public <T> CompletableFuture<T> changeTogether(String label, Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            Map<String, Application> before = byId(repository.get().findAll());
            T result = work.get(); // writes through its own repository, which checks the versions it read
            Map<String, Application> after = byId(repository.get().findAll());
            Set<String> ids = new LinkedHashSet<>(before.keySet());
            ids.addAll(after.keySet());
            List<Snapshot> snapshots = ids.stream().map(id -> new Snapshot(id, before.get(id), after.get(id)))
                    .filter(s -> !s.isEmpty()).toList();
            if (!snapshots.isEmpty()) {
                changed(snapshots.stream().map(Snapshot::id).collect(Collectors.toCollection(LinkedHashSet::new)));
                history.record(new Change(label, snapshots));
            }
            return result;
        }, databaseExecutor);
    }

    public CompletableFuture<Boolean> delete(String id) {
        return delete(null, id);
    }

    /** Deletes the application and all recorded about it; named {@code label} in the history (null: "delete Acme Corp"). */
    public CompletableFuture<Boolean> delete(String label, String id) {
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            Application before = find(store, id);
            boolean deleted = store.delete(id);
            changed(Set.of(id));
            if (before != null) {
                remember(store, label != null ? label : ChangeLabels.delete(before), Map.of(id, Optional.of(before)));
            }
            return deleted;
        }), databaseExecutor);
    }

    /** Records something that happened, after the events already recorded. */
    public CompletableFuture<Application> recordEvent(String applicationId, Event event) {
        return update(applicationId, a -> ChangeLabels.record(event), a -> a.withEvents(append(a.events(), event)));
    }

    /**
     * Replaces the event at {@code index} (in recorded order) with a corrected one; refused when that
     * event is no longer {@code expected} (changed, or moved by a removal, meanwhile).
     */
    public CompletableFuture<Application> replaceEvent(String applicationId, int index, Event expected, Event event) {
        return update(applicationId, a -> ChangeLabels.edit(FormChanges.requireEvent(a, index, expected)), a -> {
            List<Event> events = new ArrayList<>(a.events());
            events.set(index, event);
            return a.withEvents(events);
        });
    }

    /** Deletes the event at {@code index} (in recorded order); refused when it is no longer {@code expected}. */
    public CompletableFuture<Application> deleteEvent(String applicationId, int index, Event expected) {
        return update(applicationId, a -> ChangeLabels.delete(FormChanges.requireEvent(a, index, expected)), a -> {
            List<Event> events = new ArrayList<>(a.events());
            events.remove(index);
            return a.withEvents(events);
        });
    }

    /**
     * Logs an interview as a new application in one step on the database thread: its id comes from
     * company and role, made unique against the ids stored at that moment (so two quick saves never
     * take the same id), and it is stored in one transaction.
     */
    public CompletableFuture<Application> logInterview(InterviewLog log) {
        // Stale only when another computer took the same id at the same moment: the second try takes the next one.
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            String base = ApplicationIds.base(log.company(), log.role());
            String id = base;
            for (int n = 2; store.find(id).isPresent(); n++) {
                id = base + "-" + n;
            }
            Application stored = store(store, log.newApplication(id));
            remember(store, Texts.t("service.undo.logInterview", "company", stored.company()), Map.of(stored.id(), Optional.empty()));
            return stored;
        }), databaseExecutor);
    }

    /** Adds a later round to a stored application, merging its people into the contacts, in one change. */
    public CompletableFuture<Application> addRound(String applicationId, InterviewLog log) {
        return update(applicationId, a -> Texts.t("service.undo.addRound", "n", a.interviews().size() + 1), a -> log.applyTo(a, -1));
    }

    /**
     * As {@link #addRound(String, InterviewLog)} from a form filled from {@code basedOn}: its flags
     * and notes are merged with what was changed elsewhere since, or refused with
     * {@link ChangedElsewhereException} when the same one was.
     */
    public CompletableFuture<Application> addRound(Application basedOn, InterviewLog log) {
        return update(basedOn.id(), a -> Texts.t("service.undo.addRound", "n", a.interviews().size() + 1), FormChanges.round(basedOn, -1, log));
    }

    /**
     * Puts {@code log}'s round in place of the round at {@code index} as {@code basedOn} had it,
     * merged as {@link #addRound(Application, InterviewLog)} is; refused when that round is no
     * longer stored as it was (changed or removed meanwhile).
     */
    public CompletableFuture<Application> replaceRound(Application basedOn, int index, InterviewLog log) {
        return update(basedOn.id(), a -> Texts.t("service.undo.editRound", "n", index + 1), FormChanges.round(basedOn, index, log));
    }

    /**
     * Puts {@code log}'s round in place of the round at {@code index}, merging contacts, in one
     * change. Refused when that round is no longer {@code expected} (changed or removed meanwhile).
     */
    public CompletableFuture<Application> replaceRound(String applicationId, int index, InterviewRound expected,
                                                       InterviewLog log) {
        return update(applicationId, a -> Texts.t("service.undo.editRound", "n", index + 1), a -> log.applyTo(requireRound(a, index, expected), index));
    }

    /** Deletes the round at {@code index}; refused when it is no longer {@code expected}. */
    public CompletableFuture<Application> deleteRound(String applicationId, int index, InterviewRound expected) {
        return update(applicationId, a -> Texts.t("service.undo.deleteRound", "n", index + 1), a -> {
            List<InterviewRound> rounds = new ArrayList<>(requireRound(a, index, expected).interviews());
            rounds.remove(index);
            return a.withInterviews(rounds);
        });
    }

    /**
     * Replaces the application's own details and contacts as the user edited them from
     * {@code basedOn} (what the form showed); rounds and events stay as they are. What was changed
     * elsewhere since is kept where the user left it as it was; a field both changed is refused with
     * {@link ChangedElsewhereException} carrying the newer record, nothing saved.
     */
    public CompletableFuture<Application> editDetails(Application basedOn, ApplicationDetails details) {
        return update(basedOn.id(), Texts.t("service.undo.editDetails"), FormChanges.details(basedOn, details));
    }

    private static Application requireRound(Application a, int index, InterviewRound expected) {
        return FormChanges.requireRound(a, index, expected);
    }

    /**
     * Reads, changes and writes one application on the database thread. The single thread means no
     * other change of this app slips in between the read and the write; a write made meanwhile on
     * another computer makes {@code change} run again on the newer record (both kept). Named "change
     * Acme Corp" in the history.
     */
    public CompletableFuture<Application> update(String applicationId, UnaryOperator<Application> change) {
        return update(applicationId, ChangeLabels::change, change);
    }

    /** As {@link #update(String, UnaryOperator)}, named {@code label} in the history. */
    public CompletableFuture<Application> update(String applicationId, String label, UnaryOperator<Application> change) {
        return update(applicationId, a -> label, change);
    }

    private CompletableFuture<Application> update(String applicationId, Function<Application, String> label,
                                                  UnaryOperator<Application> change) {
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            Application current = store.find(applicationId)
                    .orElseThrow(() -> new ChangedMeanwhileException(Texts.t("service.deletedMeanwhile")));
            String name = label.apply(current);
            Application stored = store(store, change.apply(current));
            remember(store, name, stored.id().equals(applicationId) ? Map.of(applicationId, Optional.of(current))
                    : Map.of(applicationId, Optional.of(current), stored.id(), Optional.empty()));
            return stored;
        }), databaseExecutor);
    }

    /**
     * Takes back the newest change in the history (whatever application it touched) by storing
     * the state before it; completes with that change. Fails with {@link UndoRefusedException}
     * when there is nothing to undo, or when an application it touched was changed since by
     * something the history does not know (then the entry is dropped and nothing is stored).
     */
    public CompletableFuture<Change> undo() {
        // Stale only when another computer wrote between the check and the write: the second try checks again.
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            Change change = history.nextUndo().orElseThrow(() -> new UndoRefusedException(Texts.t("service.nothingToUndo")));
            if (!ChangesElsewhereInHistory.matches(store, change, Snapshot::after)) {
                history.dropNextUndo();
                throw new UndoRefusedException(Texts.t("service.cannotUndo", "label", change.label(),
                        "subject", change.subject()));
            }
            restore(store, change, Snapshot::before);
            history.undone();
            return change;
        }), databaseExecutor);
    }

    /** Makes the newest undone change again (the state after it); refused as {@link #undo()} is. */
    public CompletableFuture<Change> redo() {
        return CompletableFuture.supplyAsync(() -> attempts.run(store -> {
            Change change = history.nextRedo().orElseThrow(() -> new UndoRefusedException(Texts.t("service.nothingToRedo")));
            if (!ChangesElsewhereInHistory.matches(store, change, Snapshot::before)) {
                history.dropNextRedo();
                throw new UndoRefusedException(Texts.t("service.cannotRedo", "label", change.label(),
                        "subject", change.subject()));
            }
            restore(store, change, Snapshot::after);
            history.redone();
            return change;
        }), databaseExecutor);
    }

    /**
     * Stores {@code side} of every snapshot: applications that existed are written back, the others
     * deleted, all or nothing (the undo of an import goes through a copy of the file, as the import did).
     */
    private void restore(ApplicationRepository store, Change change, Function<Snapshot, Application> side) {
        List<Application> back = change.snapshots().stream().map(side).filter(Objects::nonNull).toList();
        List<String> gone = change.snapshots().stream().filter(s -> side.apply(s) == null).map(Snapshot::id).toList();
        store.storeAndDelete(back, gone);
        changed(change.snapshots().stream().map(Snapshot::id).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Puts the change in the history, with each application as stored now (read back, so comparisons later are exact). */
    private void remember(ApplicationRepository store, String label, Map<String, Optional<Application>> before) {
        List<Snapshot> snapshots = before.entrySet().stream()
                .map(e -> new Snapshot(e.getKey(), e.getValue().orElse(null), find(store, e.getKey())))
                .filter(s -> !s.isEmpty()).toList();
        if (!snapshots.isEmpty()) {
            history.record(new Change(label, snapshots));
        }
    }

    private static Application find(ApplicationRepository store, String id) {
        return store.find(id).orElse(null);
    }

    private Application store(ApplicationRepository store, Application application) {
        List<FieldProblem> problems = ApplicationRules.check(application);
        if (!problems.isEmpty()) {
            throw new InvalidApplicationException(problems);
        }
        store.save(application);
        changed(Set.of(application.id()));
        return application;
    }

    private void changed(Set<String> ids) {
        tell(ids);
        savedListeners.forEach(Runnable::run);
    }

    private void tell(Set<String> ids) {
        Set<String> copy = Set.copyOf(ids);
        idListeners.forEach(listener -> listener.accept(copy));
    }

    private static Map<String, Application> byId(List<Application> applications) {
        return applications.stream().collect(Collectors.toMap(Application::id, a -> a));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> result = new ArrayList<>(list);
        result.add(item);
        return result;
    }
}
