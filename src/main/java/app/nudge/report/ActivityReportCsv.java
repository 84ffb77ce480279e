package app.nudge.report;

import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRow;
import app.nudge.interop.csv.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The activity report as one CSV sheet, with {@code export-csv}'s conventions: UTF-8 with a BOM
 * (Excel reads UTF-8 only with it), CRLF line ends (Commons CSV's DEFAULT, RFC 4180 quoting), every
 * text cell made formula-safe by {@link SpreadsheetCells#safe}. Columns: {@link ReportWords#columns()}.
 *
 * <p>An empty period gives the header and one row whose first cell is the sentence "No activity was
 * recorded from ... to ..." and whose other cells are empty: the sheet keeps its eight columns, and
 * someone who opens it reads the reason instead of wondering whether the export failed.
 */
public final class ActivityReportCsv {

    private static final char BOM = '\uFEFF';

    private ActivityReportCsv() {
    }

    public static void write(ActivityReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        List<String> columns = ReportWords.columns();
        printer.printRecord(columns);
        if (report.isEmpty()) {
            List<String> row = new ArrayList<>(List.of(ReportWords.nothingRecorded(report.period())));
            while (row.size() < columns.size()) {
                row.add("");
            }
            printer.printRecord(row);
        }
        for (ActivityRow row : report.rows()) {
            printer.printRecord(safe(row.date().toString()), safe(row.employer()), safe(row.position()),
                    safe(row.contact()), safe(ReportWords.act(row.act())), safe(ReportWords.how(row.how())),
                    safe(row.detail()), safe(ReportWords.result(row.result())));
        }
        printer.flush(); // not closed: the caller owns the stream
    }

    private static String safe(String text) {
        return SpreadsheetCells.safe(text);
    }
}
