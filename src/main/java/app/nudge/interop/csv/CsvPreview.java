package app.nudge.interop.csv;

import java.util.List;

/**
 * What an import would do, shown before anything is stored: the recognised layout, the mapping,
 * the rows that become applications and the rows that cannot. Importing is allowed only when
 * there are no bad rows (all or nothing).
 */
public record CsvPreview(String fileName, CsvLayout layout, List<String> headers, ColumnMapping mapping,
                         List<ImportedRow> rows, List<BadRow> badRows) {

    public CsvPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        badRows = List.copyOf(badRows);
    }

    public boolean canImport() {
        return badRows.isEmpty() && !rows.isEmpty();
    }

    public long updates() {
        return rows.stream().filter(ImportedRow::updatesStored).count();
    }
}
