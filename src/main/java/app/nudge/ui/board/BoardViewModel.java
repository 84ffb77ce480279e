package app.nudge.ui.board;

import app.nudge.domain.Application;
import app.nudge.service.ApplicationService;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The board's state. Loads run on the database thread; their results are applied on the UI
 * executor (the JavaFX thread in the app, a direct call in tests).
 */
public final class BoardViewModel {

    private final ApplicationService applications;
    private final Executor uiExecutor;
    private final ReadOnlyListWrapper<ApplicationRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    public BoardViewModel(ApplicationService applications, Executor uiExecutor) {
        this.applications = applications;
        this.uiExecutor = uiExecutor;
    }

    public ReadOnlyListProperty<ApplicationRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Reloads from the store; the rows change when the data arrives. */
    public void reload() {
        loading.set(true);
        status.set("Loading…");
        applications.loadAll().whenCompleteAsync((list, error) -> {
            loading.set(false);
            if (error != null) {
                showProblem(rootMessage(error));
            } else {
                show(list);
            }
        }, uiExecutor);
    }

    /** Shows a problem that keeps the data from loading (the database is missing, in use, damaged). */
    public void showProblem(String message) {
        failed.set(true);
        status.set(message);
    }

    private void show(List<Application> list) {
        failed.set(false);
        rows.setAll(list.stream().map(ApplicationRow::of)
                .sorted(Comparator.comparing(ApplicationRow::company, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ApplicationRow::role, String.CASE_INSENSITIVE_ORDER))
                .toList());
        status.set(list.isEmpty() ? "No applications yet." : list.size() + (list.size() == 1 ? " application" : " applications"));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && (cause.getMessage() == null || cause instanceof java.util.concurrent.CompletionException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
