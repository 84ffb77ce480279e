package app.nudge.service;

import app.nudge.domain.Application;
import app.nudge.service.undo.Change;
import app.nudge.service.undo.ChangeHistory;
import app.nudge.service.undo.Snapshot;
import app.nudge.store.ApplicationRepository;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the undo and redo buttons truthful when another computer changed an application: the
 * newest entries that touch it and no longer match what is stored can never be carried out (undo
 * would refuse them), so they go now, and the buttons name what undo and redo would really do,
 * instead of an older action that a refused save left on top. Entries that still match stay.
 * On the database thread, as the history.
 */
final class ChangesElsewhereInHistory {

    private ChangesElsewhereInHistory() {
    }

    static void forgetImpossible(ChangeHistory history, ApplicationRepository store, Set<String> changedElsewhere) {
        while (history.nextUndo().filter(c -> touches(c, changedElsewhere) && !matches(store, c, Snapshot::after)).isPresent()) {
            history.dropNextUndo();
        }
        while (history.nextRedo().filter(c -> touches(c, changedElsewhere) && !matches(store, c, Snapshot::before)).isPresent()) {
            history.dropNextRedo();
        }
    }

    /** Every application of the change is stored exactly as {@code side} says it should be now. */
    static boolean matches(ApplicationRepository store, Change change, Function<Snapshot, Application> side) {
        return change.snapshots().stream().allMatch(s -> Objects.equals(store.find(s.id()).orElse(null), side.apply(s)));
    }

    private static boolean touches(Change change, Set<String> ids) {
        return change.snapshots().stream().anyMatch(s -> ids.contains(s.id()));
    }
}
