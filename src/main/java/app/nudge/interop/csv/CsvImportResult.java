package app.nudge.interop.csv;

import app.nudge.domain.Application;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a stored import did, so that it can be reported and undone as one step.
 *
 * @param created  ids of the applications the import added
 * @param replaced the stored applications the import changed (it only adds their sheet outcome),
 *                 as they were just before it
 * @param backup   the backup taken just before storing, if the database had anything to back up
 */
public record CsvImportResult(List<String> created, List<Application> replaced, Optional<Path> backup) {

    public CsvImportResult {
        created = List.copyOf(created);
        replaced = List.copyOf(replaced);
    }

    /** How many applications were created or changed. */
    public int count() {
        return created.size() + replaced.size();
    }
}
