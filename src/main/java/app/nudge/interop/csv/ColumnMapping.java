package app.nudge.interop.csv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column fills which field: detected from the header row, and overridable field by field
 * (the {@code --mapping} file, the dialog's combo boxes). Columns are named by their header text.
 */
public final class ColumnMapping {

    private final Map<CsvField, String> columns;

    private ColumnMapping(Map<CsvField, String> columns) {
        EnumMap<CsvField, String> copy = new EnumMap<>(CsvField.class);
        copy.putAll(columns);
        this.columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping of(Map<CsvField, String> columns) {
        return new ColumnMapping(columns.isEmpty() ? Map.of() : columns);
    }

    /**
     * The layout's known columns where present, then for every other field the header that best
     * matches one of its names; a header fills at most one field.
     */
    public static ColumnMapping detect(CsvLayout layout, List<String> headers) {
        Map<CsvField, String> found = new EnumMap<>(CsvField.class);
        layout.knownColumns().forEach((field, column) -> find(headers, column).ifPresent(h -> found.put(field, h)));
        for (CsvField field : CsvField.values()) {
            if (found.containsKey(field)) {
                continue;
            }
            headers.stream()
                    .filter(h -> !found.containsValue(h) && field.answersTo(h))
                    .min((a, b) -> Integer.compare(field.rank(a), field.rank(b)))
                    .ifPresent(h -> found.put(field, h));
        }
        return new ColumnMapping(found);
    }

    private static Optional<String> find(List<String> headers, String column) {
        String wanted = CsvField.normalise(column);
        return headers.stream().filter(h -> CsvField.normalise(h).equals(wanted)).findFirst();
    }

    public Optional<String> column(CsvField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** This mapping with the given fields replaced; an empty column text unmaps the field. */
    public ColumnMapping with(Map<CsvField, String> overrides) {
        EnumMap<CsvField, String> changed = new EnumMap<>(CsvField.class);
        changed.putAll(columns);
        overrides.forEach((field, column) -> {
            if (column == null || column.isBlank()) {
                changed.remove(field);
            } else {
                changed.put(field, column);
            }
        });
        return new ColumnMapping(changed);
    }

    public Map<CsvField, String> asMap() {
        return columns;
    }

    /** Required fields without a column. */
    public List<CsvField> missingRequired() {
        return java.util.Arrays.stream(CsvField.values()).filter(f -> f.required() && !columns.containsKey(f)).toList();
    }

    /** "company=Company Name, role=Job Title, ..." in field order: for the preview. */
    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && other.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }
}
