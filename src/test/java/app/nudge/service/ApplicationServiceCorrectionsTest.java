package app.nudge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StoreBackend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Logging, replacing and deleting rounds and editing details, each one change on a real store (H2 file or server schema). */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class ApplicationServiceCorrectionsTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private Database db;
    private ApplicationRepository repository;
    private ApplicationService service;

    private static final InterviewRound FIRST = new InterviewRound(LocalDateTime.of(2026, 11, 9, 11, 0),
            LocalDate.of(2026, 11, 13), "billing", List.of("Pat Lee"));

    @BeforeEach
    void open() {
        db = backend.open(folder);
        repository = new ApplicationRepository(db);
        service = new ApplicationService(() -> repository, Runnable::run);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static InterviewLog log(InterviewRound round, Contact... people) {
        return new InterviewLog("Acme Corp", "Business Analyst", round, List.of(people), false, false, "");
    }

    private Application acme() {
        Application a = Application.of("acme-corp-business-analyst", "Acme Corp", "Business Analyst")
                .withContacts(List.of(new Contact("Pat Lee", "pat@acme.example", "+1 555", "Hiring Manager", true)))
                .withInterviews(List.of(FIRST))
                .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, LocalDate.of(2026, 11, 9))));
        repository.save(a);
        return a;
    }

    @Test
    void loggingAnInterviewAllocatesTheNextFreeIdOnTheDatabaseThread() {
        acme();
        Application second = service.logInterview(log(FIRST, Contact.named("Sam Roe", "sam@acme.example"))).join();
        Application third = service.logInterview(log(FIRST)).join();
        assertEquals("acme-corp-business-analyst-2", second.id());
        assertEquals("acme-corp-business-analyst-3", third.id());
        assertEquals(List.of(Contact.named("Sam Roe", "sam@acme.example")), repository.find(second.id()).orElseThrow().contacts());
        assertEquals(3, repository.count());
    }

    @Test
    void aLoggedInterviewAnEditedRoundAndADeletedRoundAreEachOneUndoableChange() {
        Application a = acme();
        Application logged = service.logInterview(log(FIRST)).join();
        InterviewRound later = new InterviewRound(FIRST.endedAt(), LocalDate.of(2026, 11, 27), "billing", List.of("Pat Lee"));
        service.replaceRound(a.id(), 0, FIRST, log(later)).join();
        service.deleteRound(a.id(), 0, later).join();
        assertEquals(List.of(), repository.find(a.id()).orElseThrow().interviews());

        assertEquals("delete round 1", service.undo().join().label());
        assertEquals(List.of(later), repository.find(a.id()).orElseThrow().interviews(), "the deleted round is back");
        assertEquals("edit round 1", service.undo().join().label());
        assertEquals(List.of(FIRST), repository.find(a.id()).orElseThrow().interviews(), "the round as first logged");
        assertEquals("log interview at Acme Corp", service.undo().join().label());
        assertEquals(java.util.Optional.empty(), repository.find(logged.id()), "the logged application is gone");
        assertEquals(a, repository.find(a.id()).orElseThrow(), "the other application is as it was");

        service.redo().join();
        assertEquals(logged, repository.find(logged.id()).orElseThrow(), "redo logs it again");
    }

    @Test
    void aRoundLoggedFromTheFormKeepsTheApplicationsMessageLanguage() {
        Application german = acme().withMessageLanguage(java.util.Optional.of(app.nudge.domain.Language.DE));
        repository.save(german);
        InterviewRound second = new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0), null, "", List.of("Pat Lee"));
        Application after = service.addRound(german, log(second)).join();
        assertEquals(java.util.Optional.of(app.nudge.domain.Language.DE), after.messageLanguage());
        assertEquals(java.util.Optional.of(app.nudge.domain.Language.DE),
                repository.find(german.id()).orElseThrow().messageLanguage(), "stored as chosen");
    }

    @Test
    void replacingARoundMergesContactsAndKeepsEvents() {
        Application a = acme();
        InterviewRound corrected = new InterviewRound(FIRST.endedAt(), LocalDate.of(2026, 11, 20), "billing",
                List.of("pat lee"));
        Application after = service.replaceRound(a.id(), 0, FIRST,
                log(corrected, new Contact("pat lee", "pat.lee@acme.example", "", "", false))).join();
        assertEquals(List.of(corrected), after.interviews());
        assertEquals(List.of(new Contact("Pat Lee", "pat.lee@acme.example", "+1 555", "Hiring Manager", true)),
                after.contacts(), "same person by name: email updated, phone and title kept, still the contact");
        assertEquals(a.events(), repository.find(a.id()).orElseThrow().events());
    }

    @Test
    void aRoundChangedMeanwhileIsNeitherReplacedNorDeleted() {
        Application a = acme();
        InterviewRound stale = new InterviewRound(FIRST.endedAt(), null, "", List.of());
        CompletionException replace = assertThrows(CompletionException.class,
                () -> service.replaceRound(a.id(), 0, stale, log(stale)).join());
        assertInstanceOf(NoSuchElementException.class, replace.getCause());
        assertThrows(CompletionException.class, () -> service.deleteRound(a.id(), 0, stale).join());
        assertEquals(List.of(FIRST), repository.find(a.id()).orElseThrow().interviews());

        service.deleteRound(a.id(), 0, FIRST).join();
        assertEquals(List.of(), repository.find(a.id()).orElseThrow().interviews());
        assertEquals(a.events(), repository.find(a.id()).orElseThrow().events());
    }

    @Test
    void editingDetailsKeepsRoundsAndEventsAndABadEmailStoresNothing() {
        Application a = acme();
        ApplicationDetails bad = new ApplicationDetails("Acme Corp", "Business Analyst", "DE", null, "", "", true,
                true, "", List.of(Contact.named("Pat Lee", "pat(at)acme")));
        assertThrows(CompletionException.class, () -> service.editDetails(a, bad).join());
        assertEquals(a, repository.find(a.id()).orElseThrow());

        ApplicationDetails good = new ApplicationDetails("Acme Inc", "Senior Analyst", "DE", null,
                "https://acme.example/jobs/1", "Berlin", true, true, "moved", List.of(Contact.named("Pat Lee", "pat@acme.example")));
        Application after = service.editDetails(a, good).join();
        assertEquals(good, ApplicationDetails.of(after));
        assertEquals(a.interviews(), after.interviews());
        assertEquals(a.events(), after.events());
        assertEquals(a.id(), after.id());
    }
}
