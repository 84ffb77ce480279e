package app.nudge.interop.csv;

import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * All rows or none (one transaction), after a backup of what is stored (none when nothing is);
     * refuses a preview with bad rows.
     */
    public static CsvImportResult store(Database db, CsvPreview preview) {
        if (!preview.badRows().isEmpty()) {
            throw new CsvImportException(Texts.current().count("exchange.csv.fixBadRows", preview.badRows().size()));
        }
        ApplicationRepository repository = new ApplicationRepository(db);
        Optional<Path> backup = repository.count() == 0 ? Optional.empty() : db.backupBeforeImport();
        List<String> created = new ArrayList<>();
        List<Application> replaced = new ArrayList<>();
        for (ImportedRow row : preview.rows()) {
            String id = row.application().id();
            // Looked up again: the preview may be older than what is stored now.
            repository.find(id).ifPresentOrElse(replaced::add, () -> created.add(id));
        }
        repository.saveAll(preview.rows().stream().map(ImportedRow::application).toList());
        return new CsvImportResult(created, replaced, backup);
    }
}
