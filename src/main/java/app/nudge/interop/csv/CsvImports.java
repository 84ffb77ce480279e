package app.nudge.interop.csv;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The CSV import as the dialog uses it: asynchronous (the store is read on the database thread),
 * and without any store type in sight, so the UI keeps away from the store.
 */
public interface CsvImports {

    /** The preview of a file with the user's mapping overrides (none: the detected mapping). */
    CompletableFuture<CsvPreview> preview(Path file, Map<CsvField, String> overrides);

    /** Backs up, then stores the preview's rows, all or none. @return what was created and changed */
    CompletableFuture<CsvImportResult> importAll(CsvPreview preview);
}
