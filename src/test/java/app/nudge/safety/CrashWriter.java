package app.nudge.safety;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test main: records events for ever, printing "ack N" once event N is committed. args[0] is the
 * database, args[1] the first index of this run. The test kills it with SIGKILL at a random moment.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        int first = Integer.parseInt(args[1]);
        try (Database db = Database.openOrCreate(DatabasePath.of(args[0]))) {
            ApplicationRepository repo = new ApplicationRepository(db);
            System.out.println("ready");
            System.out.flush();
            for (int i = first; ; i++) {
                // One application per round of ten, its events growing: both inserts and rewrites.
                String id = "crash-" + (i / 10);
                Application app = repo.find(id).orElse(Application.of(id, "Company " + (i / 10), "Role"));
                List<Event> events = new ArrayList<>(app.events());
                events.add(Event.of(EventType.FOLLOW_UP_SENT, LocalDate.of(2026, 1, 1).plusDays(i % 300)).withNote("event " + i));
                repo.save(app.withEvents(events));
                System.out.println("ack " + i);
                System.out.flush();
            }
        }
    }
}
