package app.nudge.interop.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.TempDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing a preview: all rows or none, and a re-import never loses what was logged in Nudge. */
class CsvImportStoreTest {

    @TempDir
    Path folder;

    @Test
    void aSheetWithABadRowStoresNothing() throws IOException {
        Path file = Samples.copy("plain-with-bad-rows.csv", folder);
        try (Database db = TempDatabase.open(folder)) {
            CsvPreview preview = CsvImportStore.preview(db, file, Map.of(), Samples.IMPORT_DAY);
            assertEquals(1, preview.rows().size(), "one good row, which must not be stored alone");
            assertThrows(CsvImportException.class, () -> CsvImportStore.store(db, preview));
            assertEquals(0, new ApplicationRepository(db).count());
        }
    }

    @Test
    void aGoodSheetIsStoredWhole() throws IOException {
        Path file = Samples.copy("huntr.csv", folder);
        try (Database db = TempDatabase.open(folder)) {
            assertEquals(5, CsvImportStore.store(db, CsvImportStore.preview(db, file, Map.of(), Samples.IMPORT_DAY)).created().size());
            assertEquals(5, new ApplicationRepository(db).count());
        }
    }

    @Test
    void reImportKeepsTheStoredRecordAndAddsOnlyANewOutcome() throws IOException {
        Path file = Samples.copy("teal.csv", folder);
        try (Database db = TempDatabase.open(folder)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            InterviewRound round = new InterviewRound(LocalDate.of(2026, 11, 10).atTime(15, 0), null, "", List.of());
            Application logged = Application.of("globex-data-engineer", "Globex", "Data Engineer")
                    .withInterviews(List.of(round))
                    .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 10))));
            repository.save(logged);

            CsvPreview first = CsvImportStore.preview(db, file, Map.of(), Samples.IMPORT_DAY);
            assertEquals(1, first.updates());
            CsvImportStore.store(db, first);
            Application afterFirst = repository.find("globex-data-engineer").orElseThrow();
            assertEquals(List.of(round), afterFirst.interviews(), "the logged round is kept");
            assertEquals(List.of(EventType.THANK_YOU_SENT, EventType.REJECTION_RECEIVED),
                    afterFirst.events().stream().map(Event::type).toList());

            CsvImportStore.store(db, CsvImportStore.preview(db, file, Map.of(), Samples.IMPORT_DAY));
            assertEquals(afterFirst, repository.find("globex-data-engineer").orElseThrow(), "a second import adds nothing");
            assertEquals(5, repository.count(), "no duplicates");
        }
    }
}
