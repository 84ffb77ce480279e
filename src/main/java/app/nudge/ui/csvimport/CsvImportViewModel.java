package app.nudge.ui.csvimport;

import app.nudge.common.ErrorMessages;
import app.nudge.interop.csv.BadRow;
import app.nudge.interop.csv.CsvField;
import app.nudge.interop.csv.CsvImportResult;
import app.nudge.interop.csv.CsvImports;
import app.nudge.interop.csv.CsvPreview;
import app.nudge.interop.csv.ImportedRow;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The CSV import dialog's state: the chosen file, its preview (layout, mapping, rows, bad rows)
 * and the user's own column choices, which re-run the preview. Import is possible only when the
 * preview has rows and no bad row, so the dialog can never store part of a sheet.
 */
public final class CsvImportViewModel {

    /** The preview table shows this many rows; the summary counts all. */
    static final int PREVIEW_ROWS = 50;
    /** The combo-box entry that leaves a field unmapped. */
    public static final String NOT_MAPPED = "";

    private final CsvImports imports;
    private final Executor uiExecutor;
    private final ImportConfirmation confirmation;
    private final Consumer<CsvImportResult> onImported;
    private final Map<CsvField, String> overrides = new EnumMap<>(CsvField.class);

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<CsvPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final Map<CsvField, StringProperty> mapping = new EnumMap<>(CsvField.class);
    private final ObservableList<ImportedRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BadRow> badRows = FXCollections.observableArrayList();
    private final StringProperty layout = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("Choose a CSV file exported from Huntr, LinkedIn, Teal or any spreadsheet.");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;
    /** Set while a preview fills the combo boxes, so their changes are not taken as the user's. */
    private boolean showing;

    /**
     * @param confirmation asked before anything is stored
     * @param onImported   gets what the import created and changed (for undo), on the UI executor
     */
    public CsvImportViewModel(CsvImports imports, Executor uiExecutor, ImportConfirmation confirmation,
                              Consumer<CsvImportResult> onImported) {
        this.imports = imports;
        this.uiExecutor = uiExecutor;
        this.confirmation = confirmation;
        this.onImported = onImported;
        for (CsvField field : CsvField.values()) {
            StringProperty column = new SimpleStringProperty(NOT_MAPPED);
            column.addListener((o, was, now) -> {
                if (!showing) {
                    remap(field, now);
                }
            });
            mapping.put(field, column);
        }
        canImport = Bindings.createBooleanBinding(
                () -> !busy.get() && preview.get() != null && preview.get().canImport(), busy, preview);
    }

    /** Reads a new file with the detected mapping. */
    public void open(Path chosen) {
        overrides.clear();
        file.set(chosen);
        refresh();
    }

    /** The user picked a column for a field (NOT_MAPPED to leave it out): preview again. */
    public void remap(CsvField field, String column) {
        overrides.put(field, column == null ? NOT_MAPPED : column);
        refresh();
    }

    private void refresh() {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        busy.set(true);
        imports.preview(chosen, Map.copyOf(overrides)).whenCompleteAsync((result, failure) -> {
            busy.set(false);
            if (failure != null) {
                show(null);
                error.set(ErrorMessages.of(failure));
            } else {
                error.set("");
                show(result);
            }
        }, uiExecutor);
    }

    private void show(CsvPreview result) {
        showing = true;
        try {
            preview.set(result);
            if (result == null) {
                rows.clear();
                badRows.clear();
                layout.set("");
                summary.set("");
                return;
            }
            columns.setAll(result.headers());
            columns.add(0, NOT_MAPPED);
            for (CsvField field : CsvField.values()) {
                mapping.get(field).set(result.mapping().column(field).orElse(NOT_MAPPED));
            }
            rows.setAll(result.rows().subList(0, Math.min(PREVIEW_ROWS, result.rows().size())));
            badRows.setAll(result.badRows());
            layout.set("Recognised as: " + result.layout().title());
            summary.set(result.rows().size() + " rows OK"
                    + (result.updates() > 0 ? " (" + result.updates() + " already in Nudge: kept, only a new outcome is added)" : "")
                    + ", " + result.badRows().size() + " bad"
                    + (result.badRows().isEmpty() ? "" : ": fix them in the sheet or the mapping; nothing is imported while any is bad"));
        } finally {
            showing = false;
        }
    }

    /**
     * Asks first ("Import 5 applications?"); on yes, backs up and stores every previewed row in one
     * transaction, then tells {@code onImported} what it created. On no, nothing changes.
     */
    public void importAll() {
        CsvPreview current = preview.get();
        if (!canImport.get() || !confirmation.ask(question(current), detail(current))) {
            return;
        }
        busy.set(true);
        imports.importAll(current).whenCompleteAsync((result, failure) -> {
            busy.set(false);
            if (failure != null) {
                error.set("Nothing was imported: " + ErrorMessages.of(failure));
            } else {
                int count = result.count();
                summary.set("Imported " + count + (count == 1 ? " application" : " applications")
                        + result.backup().map(b -> "; the data as it was before is backed up in " + b.getFileName()).orElse("")
                        + ".");
                preview.set(null); // imported once; choosing the file again previews it afresh
                onImported.accept(result);
            }
        }, uiExecutor);
    }

    static String question(CsvPreview preview) {
        int count = preview.rows().size();
        return "Import " + count + (count == 1 ? " application" : " applications") + " from " + preview.fileName() + "?";
    }

    static String detail(CsvPreview preview) {
        long updates = preview.updates();
        long fresh = preview.rows().size() - updates;
        return fresh + " new" + (updates == 0 ? "" : "; " + updates + " already in Nudge are kept and gain only the"
                + " sheet's outcome") + ". What is stored now is backed up first.";
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public StringProperty mapping(CsvField field) {
        return mapping.get(field);
    }

    public ObservableList<ImportedRow> rows() {
        return rows;
    }

    public ObservableList<BadRow> badRows() {
        return badRows;
    }

    public StringProperty layoutProperty() {
        return layout;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
