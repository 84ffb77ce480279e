package app.nudge.interop.csv;

import app.nudge.i18n.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exports Nudge recognises by their header row, each with the columns it is known to use.
 * Anything else is a {@link #PLAIN} sheet, mapped by column names and their synonyms.
 */
public enum CsvLayout {
    /** Huntr's full data download: one row per job, {@code listName} is the board column. */
    HUNTR("Huntr", Map.of(CsvField.COMPANY, "companyName", CsvField.ROLE, "title", CsvField.STATUS, "listName",
            CsvField.URL, "url"), "companyName", "title", "listName"),
    /** LinkedIn's data archive, "Job Applications.csv". It has no status column. */
    LINKEDIN("LinkedIn", Map.of(CsvField.COMPANY, "Company Name", CsvField.ROLE, "Job Title",
            CsvField.DATE, "Application Date", CsvField.EMAIL, "Contact Email", CsvField.URL, "Job Url"),
            "Application Date", "Company Name", "Job Title"),
    /** Teal's job tracker export. */
    TEAL("Teal", Map.of(CsvField.COMPANY, "Company Name", CsvField.ROLE, "Job Title", CsvField.STATUS, "Status",
            CsvField.DATE, "Date Applied"), "Company Name", "Job Title", "Status"),
    PLAIN("Spreadsheet", Map.of());

    private final String title;
    private final Map<CsvField, String> knownColumns;
    private final List<String> signature;

    CsvLayout(String title, Map<CsvField, String> knownColumns, String... signature) {
        this.title = title;
        this.knownColumns = knownColumns.isEmpty() ? Map.of() : new EnumMap<>(knownColumns);
        this.signature = List.of(signature);
    }

    /** The layout's name as stored with an imported application (its source): the same in every language. */
    public String title() {
        return title;
    }

    /** The layout's name for a person: the brands as they are, a plain sheet in the language of the run. */
    public String shownTitle() {
        return this == PLAIN ? Texts.t("exchange.csv.plainLayout") : title;
    }

    /** The first layout whose signature headers are all present (case and spacing ignored). */
    public static CsvLayout detect(List<String> headers) {
        Set<String> present = headers.stream().map(CsvField::normalise).collect(Collectors.toSet());
        for (CsvLayout layout : values()) {
            if (!layout.signature.isEmpty()
                    && layout.signature.stream().map(CsvField::normalise).allMatch(present::contains)) {
                return layout;
            }
        }
        return PLAIN;
    }

    Map<CsvField, String> knownColumns() {
        return knownColumns;
    }
}
