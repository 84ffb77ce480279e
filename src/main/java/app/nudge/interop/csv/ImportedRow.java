package app.nudge.interop.csv;

import app.nudge.domain.Application;

/**
 * A row that will be imported, as the application it becomes.
 *
 * @param updatesStored the id is already stored: the stored record is kept and only gains the
 *                      row's outcome (see {@link CsvImportPlanner})
 * @param status        the row's status text as the sheet wrote it, for the preview
 */
public record ImportedRow(int row, Application application, boolean updatesStored, String status) {
}
