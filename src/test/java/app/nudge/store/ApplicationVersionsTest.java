package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Optimistic locking in the repository, on H2 and on PostgreSQL: a write based on an older read
 * of the same application (through another "desktop") is refused and writes nothing.
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApplicationVersionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private TwoDesktops desktops;
    private ApplicationRepository here;
    private ApplicationRepository there;

    @BeforeEach
    void open() {
        desktops = TwoDesktops.open(backend, folder);
        here = new ApplicationRepository(desktops.first());
        there = new ApplicationRepository(desktops.second());
    }

    @AfterEach
    void close() {
        if (desktops != null) {
            desktops.close();
        }
    }

    private static Application acme(String notes) {
        return withNotes(Application.of("acme", "Acme Corp", "Engineer"), notes);
    }

    static Application withNotes(Application a, String notes) {
        ApplicationDetails d = ApplicationDetails.of(a);
        return new ApplicationDetails(d.company(), d.role(), d.country(), d.appliedOn(), d.url(), d.location(),
                d.mayCall(), d.knownDelay(), notes, d.contacts()).applyTo(a);
    }

    private long storedVersion(String id) {
        return desktops.first().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT version FROM application WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    @Test
    void everyWriteStoresANewHigherVersion() {
        here.save(acme("one"));
        long first = storedVersion("acme");
        here.save(acme("two"));
        long second = storedVersion("acme");
        there.find("acme");
        there.save(acme("three"));
        long third = storedVersion("acme");
        assertTrue(0 < first && first < second && second < third, first + " < " + second + " < " + third);
    }

    @Test
    void aSaveBasedOnAnOlderReadIsRefusedAndTheNewerOneStays() {
        here.save(acme("first"));
        there.find("acme");
        there.save(acme("saved there"));
        long newer = storedVersion("acme");
        StaleApplicationException e = assertThrows(StaleApplicationException.class, () -> here.save(acme("saved here")));
        assertEquals("acme", e.applicationId());
        assertEquals(Optional.of(acme("saved there")), here.find("acme"));
        assertEquals(newer, storedVersion("acme"), "the refused write wrote nothing");
        // Read again, the change can be applied: it is based on the newer record now.
        here.save(acme("saved here after reading"));
        assertEquals("saved here after reading", there.find("acme").orElseThrow().notes());
        assertTrue(storedVersion("acme") > newer);
    }

    @Test
    void anApplicationCreatedElsewhereMeanwhileIsNotOverwrittenByANewOneWithItsId() {
        assertEquals(Optional.empty(), here.find("acme"));
        there.save(acme("created there"));
        assertThrows(StaleApplicationException.class, () -> here.save(acme("created here")));
        assertEquals("created there", there.find("acme").orElseThrow().notes());
    }

    @Test
    void aWriteOfAnApplicationThisRepositoryNeverReadIsMadeAsAsked() {
        there.save(acme("saved there"));
        long before = storedVersion("acme");
        here.save(acme("written blind")); // a tool's write: not based on any read, so not on an older one
        assertEquals("written blind", there.find("acme").orElseThrow().notes());
        assertTrue(storedVersion("acme") > before);
    }

    /**
     * The id is used again after a delete (or an import replaces the search): a desktop that read
     * the old record must not save over the new one, so no two written versions are ever equal.
     */
    @Test
    void aSaveBasedOnTheOldRecordIsRefusedAfterItsIdWasDeletedAndCreatedAgain() {
        here.save(acme("old record"));
        there.find("acme"); // the other desktop holds the old record
        here.delete("acme");
        here.save(withNotes(Application.of("acme", "Acme Robotics", "Tester"), "new record"));

        assertThrows(StaleApplicationException.class, () -> there.save(acme("edited from the old record")));
        assertEquals("new record", here.find("acme").orElseThrow().notes());
        assertThrows(StaleApplicationException.class, () -> there.delete("acme"));
        assertEquals("Acme Robotics", there.find("acme").orElseThrow().company());
    }

    @Test
    void aSaveAfterADeleteElsewhereIsRefusedAndNothingComesBack() {
        here.save(acme("first"));
        there.find("acme");
        assertTrue(there.delete("acme"));
        assertThrows(StaleApplicationException.class, () -> here.save(acme("edited here")));
        assertEquals(Optional.empty(), there.find("acme"));
        assertEquals(0, there.count());
    }

    @Test
    void aDeleteBasedOnAnOlderReadIsRefusedAndTheNewerOneStays() {
        here.save(acme("first"));
        there.find("acme");
        there.save(acme("saved there"));
        assertThrows(StaleApplicationException.class, () -> here.delete("acme"));
        assertEquals("saved there", there.find("acme").orElseThrow().notes());
    }

    @Test
    void aRefusedWriteOfSeveralWritesNoneOfThem() {
        List<Application> many = IntStream.range(0, ApplicationRepository.LARGE_WRITE + 5)
                .mapToObj(i -> Application.of("app-" + i, "Company " + i, "Role")).toList();
        here.saveAll(many);
        there.findAll();
        there.save(many.get(40).withEvents(List.of(Event.of(EventType.FOLLOW_UP_SENT, DAY))));
        List<Application> edited = new ArrayList<>(many.stream().map(a -> withNotes(a, "edited here")).toList());
        // Large (through a copy of the file on H2) and small writes alike.
        assertThrows(StaleApplicationException.class, () -> here.saveAll(edited));
        assertThrows(StaleApplicationException.class, () -> here.storeAndDelete(edited.subList(39, 41), List.of("app-1")));
        List<Application> stored = there.findAll();
        assertEquals(many.size(), stored.size());
        assertTrue(stored.stream().noneMatch(a -> a.notes().equals("edited here")));
        assertEquals(1, stored.stream().filter(a -> !a.events().isEmpty()).count());
    }
}
