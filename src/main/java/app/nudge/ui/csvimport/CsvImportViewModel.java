package app.nudge.ui.csvimport;

import app.nudge.common.ErrorMessages;
import app.nudge.i18n.Texts;
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
    private final StringProperty summary = new SimpleStringProperty(Texts.t("csvimport.start"));
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
            layout.set(Texts.t("csvimport.recognised", "layout", result.layout().title()));
            summary.set(summary(result));
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
                error.set(Texts.t("csvimport.notImported", "problem", ErrorMessages.of(failure)));
            } else {
                Texts texts = Texts.current();
                summary.set(result.backup()
                        .map(b -> texts.count("csvimport.importedBackedUp", result.count(), "backup", b.getFileName()))
                        .orElseGet(() -> texts.count("csvimport.imported", result.count())));
                preview.set(null); // imported once; choosing the file again previews it afresh
                onImported.accept(result);
            }
        }, uiExecutor);
    }

    /** "12 rows OK (2 already in Nudge: ...), 0 bad", with what to do when a row is bad. */
    static String summary(CsvPreview result) {
        Texts texts = Texts.current();
        String rows = texts.count("csvimport.summary.rows", result.rows().size())
                + (result.updates() > 0 ? " " + texts.count("csvimport.summary.updates", result.updates()) : "");
        String line = texts.get("csvimport.summary", "rows", rows,
                "bad", texts.count("csvimport.summary.bad", result.badRows().size()));
        return result.badRows().isEmpty() ? line : texts.get("csvimport.summary.fix", "summary", line);
    }

    static String question(CsvPreview preview) {
        return Texts.current().count("csvimport.question", preview.rows().size(), "file", preview.fileName());
    }

    static String detail(CsvPreview preview) {
        long updates = preview.updates();
        Texts texts = Texts.current();
        String fresh = texts.count("csvimport.detail.new", preview.rows().size() - updates);
        return updates == 0 ? texts.get("csvimport.detail", "new", fresh)
                : texts.get("csvimport.detailKept", "new", fresh, "kept", texts.count("csvimport.detail.kept", updates));
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
