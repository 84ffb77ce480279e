package app.nudge.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.insights.Act;
import app.nudge.insights.ActivityReport;
import app.nudge.insights.ActivityRow;
import app.nudge.insights.How;
import app.nudge.insights.Period;
import app.nudge.insights.Standing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV's exact bytes: BOM, CRLF, RFC 4180 quoting, formula cells escaped, and the empty period. */
class ActivityReportCsvTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    private static final Period NOVEMBER = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private static byte[] csv(List<ActivityRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ActivityReportCsv.write(new ActivityReport("Jane", NOVEMBER, LocalDate.of(2026, 12, 1), rows), out);
        return out.toByteArray();
    }

    @Test
    void rowsInPlainWordsWithFormulaCellsEscaped() throws IOException {
        byte[] bytes = csv(List.of(
                new ActivityRow(DAY, "a", "Zürich Bäckerei", "Baker, senior", "Zoë Berg, Jürgen Schmidt", Act.INTERVIEW,
                        How.INTERVIEW, "round 1", Standing.INTERVIEWING),
                new ActivityRow(DAY, "b", "=HYPERLINK(\"http://evil.example\",\"click\")", "-2+3", "@Pat", Act.FOLLOW_UP,
                        How.PHONE, "2nd follow-up", Standing.CLOSED_WITHOUT_ANSWER)));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("date,employer,position,contact,act,how,details,result so far\r\n"
                + "2026-11-03,Zürich Bäckerei,\"Baker, senior\",\"Zoë Berg, Jürgen Schmidt\",Interview,Interview,round 1,Interviewing\r\n"
                + "2026-11-03,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'-2+3,'@Pat,Follow-up,Phone,2nd follow-up,"
                + "Closed without an answer\r\n", text);
    }

    @Test
    void anEmptyPeriodGivesTheHeaderAndOneRowSayingSo() throws IOException {
        String text = new String(csv(List.of()), StandardCharsets.UTF_8);

        assertEquals("\uFEFFdate,employer,position,contact,act,how,details,result so far\r\n"
                + "No activity was recorded in the period 1 November 2026 to 30 November 2026.,,,,,,,\r\n", text);
    }
}
