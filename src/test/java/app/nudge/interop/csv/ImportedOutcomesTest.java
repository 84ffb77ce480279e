package app.nudge.interop.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.PipelineStage;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sheet's status words and date columns become, and what a stored import reports. */
class ImportedOutcomesTest {

    @TempDir
    Path folder;

    private static ImportedRow row(CsvPreview preview, String company) {
        return preview.rows().stream().filter(r -> r.application().company().equals(company)).findFirst().orElseThrow();
    }

    private static List<EventType> types(ImportedRow row) {
        return row.application().events().stream().map(Event::type).toList();
    }

    @Test
    void statusWordsBecomeOutcomeEventsAndReadableWords() throws IOException {
        CsvPreview preview = Samples.preview("status-words.csv", folder);

        assertEquals(List.of(EventType.OFFER_RECEIVED, EventType.OFFER_ANSWERED), types(row(preview, "Acme")));
        assertEquals(List.of(EventType.OFFER_RECEIVED, EventType.OFFER_ANSWERED), types(row(preview, "Globex")));
        assertEquals(List.of(EventType.REJECTION_RECEIVED), types(row(preview, "Initech")), "a bare Declined is their no");
        assertEquals(List.of(EventType.CLOSED), types(row(preview, "Umbrella")));
        assertEquals(List.of(), types(row(preview, "Hooli")), "Nudge's own 'No interview yet' is no interview");
        assertTrue(row(preview, "Hooli").application().notes().isEmpty(), "and asks for no round");
        assertTrue(row(preview, "Pied Piper").application().notes().contains("log the interview round"));
        assertEquals(List.of(EventType.REJECTION_RECEIVED), types(row(preview, "Vandelay")));

        assertEquals("Offer answered", row(preview, "Acme").outcome());
        assertEquals("Rejected", row(preview, "Initech").outcome());
        assertEquals("Closed", row(preview, "Umbrella").outcome());
        assertEquals("Applied", row(preview, "Hooli").outcome());
    }

    @Test
    void importedOutcomesPlaceTheCardsWithoutARound() throws IOException {
        CsvPreview preview = Samples.preview("teal.csv", folder);
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(row(preview, "Globex").application(), null));
        assertEquals(PipelineStage.CLOSED, PipelineStage.of(row(preview, "Initech").application(), null));
        assertEquals(PipelineStage.OFFER, PipelineStage.of(row(preview, "Umbrella").application(), null));
        assertEquals(PipelineStage.NO_INTERVIEW, PipelineStage.of(row(preview, "Acme Corp").application(), null));
    }

    @Test
    void dateAppliedWinsOverDateAddedAndDateAddedAloneIsTheAppliedDate() throws IOException {
        CsvPreview both = Samples.preview("status-words.csv", folder);
        assertEquals("Date Applied", both.mapping().column(CsvField.DATE).orElseThrow());

        Path onlyAdded = folder.resolve("added.csv");
        Files.writeString(onlyAdded, "Company,Role,Date Added\nAcme,Analyst,2026-10-01\n");
        CsvPreview preview = CsvImportPlanner.preview("added.csv", CsvSheet.read(onlyAdded), Map.of(),
                id -> java.util.Optional.empty(), Samples.IMPORT_DAY);
        assertEquals("Date Added", preview.mapping().column(CsvField.DATE).orElseThrow());
        assertEquals(LocalDate.of(2026, 10, 1), preview.rows().get(0).application().appliedOn());
    }

    @Test
    void aStoredImportReportsTheIdsItCreatedTheRecordsItChangedAndItsBackup() throws IOException {
        Path file = Samples.copy("teal.csv", folder);
        try (Database db = TempDatabase.open(folder)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            Application logged = Application.of("globex-data-engineer", "Globex", "Data Engineer").withInterviews(
                    List.of(new InterviewRound(LocalDate.of(2026, 11, 10).atTime(15, 0), null, "", List.of())));
            repository.save(logged);

            CsvImportResult result = CsvImportStore.store(db, CsvImportStore.preview(db, file, Map.of(), Samples.IMPORT_DAY));

            assertEquals(List.of("acme-corp-business-analyst", "initech-product-manager", "umbrella-qa-lead",
                    "hooli-support-engineer"), result.created());
            assertEquals(List.of(logged), result.replaced(), "as it was before the import, for undo");
            assertEquals(5, result.count());
            Path backup = result.backup().orElseThrow(() -> new AssertionError("stored data is backed up first"));
            assertTrue(Files.isRegularFile(backup));
            assertEquals(Backups.Kind.PRE_IMPORT, new Backups(db.path()).latest().orElseThrow().kind());
            assertTrue(Backups.opens(backup), "the backup opens");
        }
    }

    @Test
    void anImportIntoAnEmptyDatabaseHasNothingToBackUp() throws IOException {
        Path file = Samples.copy("huntr.csv", folder);
        try (Database db = TempDatabase.open(folder)) {
            CsvImportResult result = CsvImportStore.store(db, CsvImportStore.preview(db, file, Map.of(), Samples.IMPORT_DAY));
            assertEquals(5, result.created().size());
            assertTrue(result.backup().isEmpty());
        }
    }
}
