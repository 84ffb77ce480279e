package app.nudge.interop.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each recognised export, read from a sample file, becomes the applications a user expects. */
class CsvLayoutsTest {

    @TempDir
    Path folder;

    private static Application app(CsvPreview preview, String id) {
        return preview.rows().stream().map(ImportedRow::application).filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + preview.rows()));
    }

    private static List<EventType> types(Application a) {
        return a.events().stream().map(Event::type).toList();
    }

    @Test
    void huntrDownloadIsRecognisedAndItsListsBecomeOutcomes() throws IOException {
        CsvPreview preview = Samples.preview("huntr.csv", folder);

        assertEquals(CsvLayout.HUNTR, preview.layout());
        assertEquals("companyName", preview.mapping().column(CsvField.COMPANY).orElseThrow());
        assertEquals("title", preview.mapping().column(CsvField.ROLE).orElseThrow());
        assertEquals("listName", preview.mapping().column(CsvField.STATUS).orElseThrow());
        assertEquals("createdAt", preview.mapping().column(CsvField.DATE).orElseThrow());
        assertEquals(List.of(), preview.badRows());
        assertEquals(5, preview.rows().size(), "the empty row is skipped");

        Application wishlist = app(preview, "acme-corp-business-analyst");
        assertNull(wishlist.appliedOn(), "a Wishlist job was not applied for");
        Application globex = app(preview, "globex-inc-data-engineer");
        assertEquals("Globex, Inc.", globex.company(), "a quoted comma stays in the cell");
        assertEquals("Referred by Kim,\nwho knows the team", globex.notes(), "a line break stays in the cell");
        assertEquals(LocalDate.of(2026, 11, 2), globex.appliedOn());
        assertEquals("Huntr", globex.source());
        assertTrue(app(preview, "initech-product-manager").notes().contains("log the interview round"));
        assertEquals(List.of(), types(app(preview, "initech-product-manager")));
        assertEquals(List.of(EventType.OFFER_RECEIVED), types(app(preview, "umbrella-qa-lead")));
        Application hooli = app(preview, "hooli-support-engineer");
        assertEquals(List.of(EventType.REJECTION_RECEIVED), types(hooli));
        assertEquals(LocalDate.of(2026, 11, 9), hooli.events().get(0).date(), "dated the row's date");
        assertEquals(List.of(2, 3, 5, 6, 7), preview.rows().stream().map(ImportedRow::row).toList(),
                "spreadsheet row numbers: the two-line cell is one row, the empty row is counted");
    }

    @Test
    void linkedInJobApplicationsWithBomAndUsDates() throws IOException {
        CsvPreview preview = Samples.preview("linkedin-job-applications.csv", folder);

        assertEquals(CsvLayout.LINKEDIN, preview.layout(), "the BOM must not hide the first header");
        assertEquals("Application Date", preview.mapping().column(CsvField.DATE).orElseThrow());
        assertEquals(List.of(), preview.badRows());
        assertEquals(3, preview.rows().size(), "the blank line is skipped");
        Application acme = app(preview, "acme-corp-business-analyst");
        assertEquals(LocalDate.of(2026, 11, 2), acme.appliedOn());
        assertEquals("pat@acme.example", acme.contacts().get(0).email());
        assertEquals("https://www.linkedin.com/jobs/view/1", acme.url());
        Application soren = app(preview, "søren-co-développeur-java");
        assertEquals("Søren & Co", soren.company(), "UTF-8 letters survive");
        assertEquals("Engineer, Platform", app(preview, "naïve-labs-engineer-platform").role());
    }

    @Test
    void tealStatusesInTealsWords() throws IOException {
        CsvPreview preview = Samples.preview("teal.csv", folder);

        assertEquals(CsvLayout.TEAL, preview.layout());
        assertEquals(List.of(), preview.badRows());
        Application globex = app(preview, "globex-data-engineer");
        assertEquals(List.of(EventType.REJECTION_RECEIVED), types(globex), "Not Selected is a rejection");
        assertEquals("Polite \"no\" email,\nsaid to reapply in spring", globex.notes());
        Application initech = app(preview, "initech-product-manager");
        assertEquals(List.of(EventType.WITHDRAWN), types(initech));
        assertEquals(Samples.IMPORT_DAY, initech.events().get(0).date(), "no date in the sheet: the import day");
        assertEquals(List.of(EventType.OFFER_RECEIVED), types(app(preview, "umbrella-qa-lead")));
        assertEquals(LocalDate.of(2026, 11, 6), app(preview, "umbrella-qa-lead").appliedOn());
        assertTrue(app(preview, "hooli-support-engineer").notes().startsWith("Panel on Thursday\n\n"));
    }

    @Test
    void plainSheetMapsSynonymsAndListsBadRowsWithTheirNumbers() throws IOException {
        CsvPreview preview = Samples.preview("plain-with-bad-rows.csv", folder);

        assertEquals(CsvLayout.PLAIN, preview.layout());
        assertEquals("position", preview.mapping().column(CsvField.ROLE).orElseThrow());
        assertEquals("Stage", preview.mapping().column(CsvField.STATUS).orElseThrow());
        assertEquals("E-mail", preview.mapping().column(CsvField.EMAIL).orElseThrow());
        assertEquals("Link", preview.mapping().column(CsvField.URL).orElseThrow());
        assertEquals(1, preview.rows().size());
        assertEquals("Met at the meetup, liked the team", preview.rows().get(0).application().notes());
        assertEquals(List.of(new BadRow(3, "\"COMPANY\": required"), new BadRow(5, "\"date\": not a date: someday")),
                preview.badRows());
        assertFalse(preview.canImport());
    }

    @Test
    void repeatedCompanyAndRoleGetNumberedIds() throws IOException {
        CsvPreview preview = Samples.preview("plain.csv", folder);

        assertEquals(List.of("acme-corp-business-analyst", "acme-corp-business-analyst-2", "globex-data-engineer"),
                preview.rows().stream().map(r -> r.application().id()).toList());
    }

    @Test
    void aMappingFileNamesColumnsNoSynonymMatches() throws IOException {
        CsvImportException unmapped = assertThrows(CsvImportException.class, () -> Samples.preview("odd-columns.csv", folder));
        assertTrue(unmapped.getMessage().contains("no column for company and role"), unmapped.getMessage());

        CsvSheet sheet = CsvSheet.read(folder.resolve("odd-columns.csv"));
        for (String mappingFile : List.of("odd-columns.properties", "odd-columns.json")) {
            Map<CsvField, String> overrides = MappingFiles.read(Samples.copy(mappingFile, folder));
            CsvPreview preview = CsvImportPlanner.preview("odd-columns.csv", sheet, overrides,
                    id -> java.util.Optional.empty(), Samples.IMPORT_DAY);
            assertEquals("acme-corp-business-analyst", preview.rows().get(0).application().id(), mappingFile);
            assertEquals(LocalDate.of(2026, 11, 2), preview.rows().get(0).application().appliedOn(), mappingFile);
        }
    }

    @Test
    void aMappingToAMissingColumnIsRefusedNamingIt() {
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> Samples.preview("plain.csv", folder, Map.of(CsvField.NOTES, "Remarks")));
        assertTrue(e.getMessage().contains("notes is mapped to column \"Remarks\""), e.getMessage());
    }

    @Test
    void textThatIsNotUtf8IsRefusedRatherThanMangled() {
        byte[] latin1 = "Company,Role\nSøren,Dev\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThrows(CsvImportException.class, () -> CsvSheet.decodeUtf8(latin1, "x.csv"));
    }
}
