package app.nudge.service.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The changes that can be undone, newest first, and those undone that can be made again. A new
 * change clears the redo side, as in every editor. Used only on the database thread (the service
 * calls it there), so it needs no locks; listeners hear every new state on that thread.
 */
public final class ChangeHistory {

    /** Enough for a working session; the oldest are forgotten first. */
    static final int LIMIT = 200;

    /** What can be undone and redone now, for the UI. */
    public record State(Optional<Change> undo, Optional<Change> redo) {
        public static final State EMPTY = new State(Optional.empty(), Optional.empty());
    }

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();

    public void onChange(Consumer<State> listener) {
        listeners.add(listener);
    }

    /** A change just made: it can be undone; what was undone before can no longer be redone. */
    public void record(Change change) {
        undo.push(change);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        tell();
    }

    public Optional<Change> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<Change> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** The next undo was carried out: it moves to the redo side. */
    public void undone() {
        redo.push(undo.pop());
        tell();
    }

    /** The next redo was carried out: it moves back to the undo side. */
    public void redone() {
        undo.push(redo.pop());
        tell();
    }

    /** The next undo can never be carried out (its data changed another way): forget it. */
    public void dropNextUndo() {
        undo.pop();
        tell();
    }

    /** The next redo can never be carried out: forget it. */
    public void dropNextRedo() {
        redo.pop();
        tell();
    }

    /** Forgets everything, e.g. when another database is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        tell();
    }

    public State state() {
        return new State(nextUndo(), nextRedo());
    }

    private void tell() {
        State state = state();
        listeners.forEach(l -> l.accept(state));
    }
}
