package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema version 2: a thank-you keeps the interviewer it was for (R4 after a panel). */
class EventRecipientStoreTest {

    @TempDir
    Path folder;

    @Test
    void aThankYouKeepsItsRecipientAndOthersHaveNone() {
        LocalDate on = LocalDate.of(2026, 11, 17);
        List<Event> events = List.of(Event.thankYouSent(on, "Pat Lee"), Event.thankYouSkipped(on, "Sam Roe"),
                Event.thankYouSent(on, null), Event.skipped(on, ActionType.FOLLOW_UP).withNote("later"));
        DatabasePath path = TempDatabase.in(folder);
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("acme", "Acme", "Analyst").withEvents(events));
        }
        try (Database db = Database.openOrCreate(path)) {
            List<Event> read = new ApplicationRepository(db).find("acme").orElseThrow().events();
            assertEquals(events, read);
            assertEquals(java.util.Arrays.asList("Pat Lee", "Sam Roe", null, null),
                    read.stream().map(Event::recipient).toList());
            assertEquals(2, Database.installedVersion(db.connection()).orElseThrow());
        }
    }
}
