package app.nudge.interop.csv;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as a header row and data rows. Parsing is Commons CSV's (RFC 4180: quoted commas,
 * doubled quotes, line breaks inside quoted cells). Rows whose cells are all blank are skipped.
 * Blank lines are kept while parsing so that each row keeps its spreadsheet row number (the header
 * is row 1), which is what a user sees in Excel even when a cell spans several lines of the file.
 */
public record CsvSheet(List<String> headers, List<Row> rows) {

    private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

    /** One data row; cells beyond the row's end read as empty. */
    public record Row(int number, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
        }
    }

    public CsvSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public static CsvSheet read(Path file) throws IOException {
        String name = file.getFileName().toString();
        try {
            return parse(decodeUtf8(Files.readAllBytes(file), name));
        } catch (CsvImportException e) {
            throw e.getMessage().startsWith(name) ? e : new CsvImportException(name + ": " + e.getMessage());
        }
    }

    /** Strict UTF-8 (a Windows-1252 file fails loudly instead of importing mangled names); a BOM is dropped. */
    static String decodeUtf8(byte[] bytes, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CsvImportException(name + ": " + Texts.t("exchange.csv.notUtf8"));
        }
    }

    public static CsvSheet parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue; // an empty row: ",,," or a blank line
                }
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                } else {
                    rows.add(new Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new CsvImportException(unreadable(e));
        }
        if (headers == null) {
            throw new CsvImportException(Texts.t("exchange.csv.empty"));
        }
        return new CsvSheet(headers, rows);
    }

    /** Commons CSV names the line in its message; the user gets it without the exception's class name. */
    private static String unreadable(Exception e) {
        Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
        return line.find() ? Texts.t("exchange.csv.unreadableAt", "line", line.group(1)) : Texts.t("exchange.csv.unreadable");
    }

    /** The column's index, or -1. */
    public int indexOf(String header) {
        return headers.indexOf(header);
    }
}
