package app.nudge.ui.common;

import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Keeps at most one row of a list marked, as radio buttons do: marking a row unmarks the others.
 * The list must report its rows' marks as updates (an extractor that includes the mark). Used for
 * "the contact for updates" in the application editor and in the interview form.
 */
public final class OneMarked<R> implements ListChangeListener<R> {

    private final ObservableList<R> rows;
    private final Function<? super R, BooleanProperty> mark;
    private final boolean keepOne;
    private boolean adjusting;

    private OneMarked(ObservableList<R> rows, Function<? super R, BooleanProperty> mark, boolean keepOne) {
        this.rows = rows;
        this.mark = mark;
        this.keepOne = keepOne;
    }

    /**
     * Watches the rows from now on.
     *
     * @param keepOne when the marked row is removed and none other is marked, the first remaining
     *                row takes the mark
     */
    public static <R> void watch(ObservableList<R> rows, Function<? super R, BooleanProperty> mark, boolean keepOne) {
        rows.addListener(new OneMarked<>(rows, mark, keepOne));
    }

    @Override
    public void onChanged(Change<? extends R> change) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            while (change.next()) {
                if (change.wasUpdated()) {
                    for (int i = change.getFrom(); i < change.getTo(); i++) {
                        R marked = change.getList().get(i);
                        if (mark.apply(marked).get()) {
                            rows.stream().filter(r -> r != marked).forEach(r -> mark.apply(r).set(false));
                        }
                    }
                }
                if (change.wasRemoved() && keepOne && !rows.isEmpty()
                        && change.getRemoved().stream().anyMatch(r -> mark.apply(r).get())
                        && rows.stream().noneMatch(r -> mark.apply(r).get())) {
                    mark.apply(rows.get(0)).set(true);
                }
            }
        } finally {
            adjusting = false;
        }
    }
}
