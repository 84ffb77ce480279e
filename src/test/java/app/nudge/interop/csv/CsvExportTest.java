package app.nudge.interop.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The export opens safely in a spreadsheet and reads back cell for cell. */
class CsvExportTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2", "+1 555 0100|'+1 555 0100", "-2|'-2", "@SUM(A1)|'@SUM(A1)", "Acme = good|Acme = good",
        "plain|plain"})
    void cellsThatStartLikeAFormulaAreEscaped(String cell, String expected) {
        assertEquals(expected, SpreadsheetCells.safe(cell));
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreEscapedToo() {
        assertEquals("'\tx", SpreadsheetCells.safe("\tx"));
        assertEquals("'\rx", SpreadsheetCells.safe("\rx"));
    }

    @Test
    void applicationsSheetHasBomHeaderAndSafeCellsThatReadBack() throws IOException {
        Application a = Application.of("acme-ba", "=HYPERLINK(\"http://evil.example\")", "Analyst, \"Senior\"")
                .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "", "", true)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeApplications(List.of(a), List.of(), out);
        byte[] bytes = out.toByteArray();

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        CsvSheet sheet = CsvSheet.parse(CsvSheet.decodeUtf8(bytes, "applications.csv"));
        assertEquals(CsvExport.APPLICATION_COLUMNS, sheet.headers());
        assertEquals(1, sheet.rows().size());
        CsvSheet.Row row = sheet.rows().get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\")", row.cell(sheet.indexOf("company")));
        assertEquals("Analyst, \"Senior\"", row.cell(sheet.indexOf("role")));
        assertEquals("No interview yet", row.cell(sheet.indexOf("stage")));
        assertEquals("Pat Lee", row.cell(sheet.indexOf("contact")));
        assertEquals("", row.cell(sheet.indexOf("next action")));
    }

    @Test
    void eventsSheetListsEachEventWithItsDetails() throws IOException {
        Application a = Application.of("acme-ba", "Acme", "Analyst").withEvents(List.of(
                Event.reply(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 4)),
                Event.of(EventType.CLOSED, LocalDate.of(2026, 12, 20)).withNote("-they went quiet")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.writeEvents(List.of(a), out);

        CsvSheet sheet = CsvSheet.parse(CsvSheet.decodeUtf8(out.toByteArray(), "events.csv"));
        assertEquals(CsvExport.EVENT_COLUMNS, sheet.headers());
        assertEquals(List.of("acme-ba", "Acme", "2026-11-24", "REPLY_RECEIVED", "", "new decision by 2026-12-04", ""),
                sheet.rows().get(0).cells());
        assertEquals("'-they went quiet", sheet.rows().get(1).cell(6));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\r\n"), "CRLF line ends for Excel");
    }
}
