package app.nudge.interop.csv;

import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Previews a sheet against what is stored, and stores a preview's rows in one transaction. */
public final class CsvImportStore {

    private CsvImportStore() {
    }

    /** @param db the open database, or null when none exists yet (then every row is new) */
    public static CsvPreview preview(Database db, Path file, Map<CsvField, String> override, LocalDate importDay)
            throws IOException {
        CsvSheet sheet = CsvSheet.read(file);
        ApplicationRepository repository = db == null ? null : new ApplicationRepository(db);
        return CsvImportPlanner.preview(file.getFileName().toString(), sheet, override,
                id -> repository == null ? java.util.Optional.empty() : repository.find(id), importDay);
    }

    /** All rows or none (one transaction); refuses a preview with bad rows. @return how many were stored */
    public static int store(Database db, CsvPreview preview) {
        if (!preview.badRows().isEmpty()) {
            throw new CsvImportException(preview.badRows().size() + " rows cannot be imported; fix them first");
        }
        new ApplicationRepository(db).saveAll(preview.rows().stream().map(ImportedRow::application).toList());
        return preview.rows().size();
    }
}
