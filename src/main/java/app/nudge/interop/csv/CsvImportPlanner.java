package app.nudge.interop.csv;

import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationIds;
import app.nudge.domain.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Works out a {@link CsvPreview} from a sheet; stores nothing. Ids come from company and role
 * ({@link ApplicationIds}, -2, -3 for repeats within the file), so importing the same sheet again
 * finds the same ids. A row whose id is already stored does not replace the stored record, which
 * may hold interviews and events logged in Nudge that a sheet cannot carry: the stored record is
 * kept and gains only the row's outcome event (rejected, offer, withdrawn) if it is new.
 */
public final class CsvImportPlanner {

    private CsvImportPlanner() {
    }

    /**
     * @param override fields the user mapped themselves, on top of the detected mapping (may be empty)
     * @param stored   the stored application with an id, if any
     * @param fileName for messages
     */
    public static CsvPreview preview(String fileName, CsvSheet sheet, Map<CsvField, String> override,
                                     Function<String, Optional<Application>> stored, LocalDate importDay) {
        CsvLayout layout = CsvLayout.detect(sheet.headers());
        ColumnMapping mapping = ColumnMapping.detect(layout, sheet.headers()).with(override);
        check(mapping, sheet, fileName);
        RowConverter converter = new RowConverter(sheet, mapping, layout, importDay);
        Set<String> taken = new HashSet<>();
        List<ImportedRow> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (CsvSheet.Row row : sheet.rows()) {
            String company = mapping.column(CsvField.COMPANY).map(c -> row.cell(sheet.indexOf(c))).orElse("");
            String role = mapping.column(CsvField.ROLE).map(c -> row.cell(sheet.indexOf(c))).orElse("");
            String id = ApplicationIds.unique(ApplicationIds.base(company, role), taken);
            RowConverter.Result result = converter.convert(row, id);
            if (result.problem() != null) {
                bad.add(new BadRow(row.number(), result.problem()));
                continue;
            }
            taken.add(id);
            Optional<Application> existing = stored.apply(id);
            rows.add(existing.map(s -> new ImportedRow(row.number(), merged(s, result.application()), true, result.status()))
                    .orElseGet(() -> new ImportedRow(row.number(), result.application(), false, result.status())));
        }
        return new CsvPreview(fileName, layout, sheet.headers(), mapping, rows, bad);
    }

    /** Required fields mapped, and every mapped column present in the header row. */
    private static void check(ColumnMapping mapping, CsvSheet sheet, String fileName) {
        for (Map.Entry<CsvField, String> e : mapping.asMap().entrySet()) {
            if (sheet.indexOf(e.getValue()) < 0) {
                throw new CsvImportException(fileName + ": " + Texts.t("exchange.csv.mappedColumnMissing",
                        "field", e.getKey().key(), "column", e.getValue(), "columns", String.join(", ", sheet.headers())));
            }
        }
        if (!mapping.missingRequired().isEmpty()) {
            throw new CsvImportException(fileName + ": " + Texts.t("exchange.csv.noColumnFor", "fields",
                    mapping.missingRequired().stream().map(CsvField::key)
                            .collect(Collectors.joining(" " + Texts.t("exchange.csv.and") + " ")),
                    "columns", String.join(", ", sheet.headers())));
        }
    }

    /** The stored record plus the sheet's outcome events of a type it does not have yet. */
    static Application merged(Application stored, Application fromSheet) {
        List<Event> events = new ArrayList<>(stored.events());
        for (Event e : fromSheet.events()) {
            boolean known = stored.events().stream().anyMatch(s -> s.type() == e.type());
            if (!known) {
                events.add(e);
            }
        }
        return stored.withEvents(events);
    }
}
