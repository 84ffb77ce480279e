package app.nudge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import app.nudge.service.undo.UndoRefusedException;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.StoreBackend;
import app.nudge.store.TwoDesktops;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two desktops changing one application at the same moment, through the service as the app does:
 * "at the same moment" is made exact by letting the other desktop write between this one's read
 * and its write. Nothing acknowledged is lost; a form's change is never silently overwritten.
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TwoDesktopsServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Parameter
    StoreBackend backend;

    @TempDir
    Path folder;

    private TwoDesktops desktops;
    private ApplicationService here;
    private ApplicationService there;
    private final List<Set<String>> heardHere = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        desktops = TwoDesktops.open(backend, folder);
        // As the app wires it: a repository made for each call.
        here = new ApplicationService(() -> new ApplicationRepository(desktops.first()), Runnable::run);
        there = new ApplicationService(() -> new ApplicationRepository(desktops.second()), Runnable::run);
        here.onApplicationsChanged(heardHere::add);
    }

    @AfterEach
    void close() {
        if (desktops != null) {
            desktops.close();
        }
    }

    private Application acme() {
        return here.save(Application.of("acme", "Acme Corp", "Analyst")
                .withContacts(List.of(Contact.named("Pat Lee", "pat@acme.example")))).join();
    }

    private Application storedThere() {
        return there.loadAll().join().stream().filter(a -> a.id().equals("acme")).findFirst().orElse(null);
    }

    private static ApplicationDetails details(Application a, String company, String notes) {
        ApplicationDetails d = ApplicationDetails.of(a);
        return new ApplicationDetails(company, d.role(), d.country(), d.appliedOn(), d.url(), d.location(), d.mayCall(),
                d.knownDelay(), notes, d.contacts());
    }

    private static Throwable cause(Runnable call) {
        return assertThrows(CompletionException.class, call::run).getCause();
    }

    @Test
    void bothRecordAnEventAtTheSameMomentAndBothAreKept() {
        acme();
        Event followUp = Event.followUp(DAY, Channel.EMAIL);
        Event thankYou = Event.of(EventType.THANK_YOU_SENT, DAY);
        AtomicBoolean first = new AtomicBoolean(true);
        List<Integer> readHere = new ArrayList<>();
        Application stored = here.update("acme", a -> {
            readHere.add(a.events().size());
            if (first.getAndSet(false)) {
                there.recordEvent("acme", thankYou).join(); // written between this read and this write
            }
            List<Event> events = new ArrayList<>(a.events());
            events.add(followUp);
            return a.withEvents(events);
        }).join();
        assertEquals(List.of(0, 1), readHere, "the change ran again on the newer record");
        assertEquals(List.of(thankYou, followUp), stored.events());
        assertEquals(List.of(thankYou, followUp), storedThere().events());
        assertTrue(heardHere.contains(Set.of("acme")));
    }

    @Test
    void bothSaveTheSameDetailsAndTheSecondIsRefusedWithTheNewerRecord() {
        Application seen = acme();
        Application fromThere = there.editDetails(seen, details(seen, "Acme Inc", "renamed there")).join();
        Throwable refused = cause(() -> here.editDetails(seen, details(seen, "Acme Ltd", "")).join());
        ChangedElsewhereException elsewhere = assertInstanceOf(ChangedElsewhereException.class, refused);
        assertEquals(fromThere, elsewhere.newer());
        assertEquals("Acme Inc was changed on another computer meanwhile; nothing was saved. There, the company is"
                + " \u201cAcme Inc\u201d. Your values are still in the form: save again to put them in place of those.", elsewhere.userMessage());
        assertEquals(fromThere, storedThere(), "nothing of the refused save was stored");
        // Based on the newer record, the user's change is applied.
        Application again = here.editDetails(elsewhere.newer(), details(elsewhere.newer(), "Acme Ltd", "renamed there"))
                .join();
        assertEquals("Acme Ltd", storedThere().company());
        assertEquals(again, storedThere());
    }

    @Test
    void detailsChangedInDifferentFieldsOnEachDesktopAreBothKept() {
        Application seen = acme();
        there.editDetails(seen, details(seen, "Acme Corp", "notes from there")).join();
        Application stored = here.editDetails(seen, details(seen, "Acme Inc", "")).join();
        assertEquals("Acme Inc", stored.company());
        assertEquals("notes from there", stored.notes());
        assertEquals(stored, storedThere());
    }

    @Test
    void aDetailsSaveAfterADeleteElsewhereIsRefusedAndNothingComesBack() {
        Application seen = acme();
        assertTrue(there.delete("acme").join());
        Throwable refused = cause(() -> here.editDetails(seen, details(seen, "Acme Inc", "")).join());
        assertInstanceOf(ChangedMeanwhileException.class, refused);
        assertEquals(null, storedThere());
        assertEquals(Optional.empty(), here.loadAll().join().stream().findAny());
    }

    @Test
    void aDeleteElsewhereBetweenTheReadAndTheWriteIsNotUndoneByTheWrite() {
        acme();
        AtomicBoolean first = new AtomicBoolean(true);
        Throwable refused = cause(() -> here.update("acme", a -> {
            if (first.getAndSet(false)) {
                there.delete("acme").join();
            }
            return a.withFlags(true, true);
        }).join());
        assertInstanceOf(ChangedMeanwhileException.class, refused);
        assertEquals(null, storedThere());
    }

    @Test
    void aRoundEditedHereWhileItsNotesWereChangedThereKeepsTheNotesOrIsRefused() {
        Application seen = here.save(acme().withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 11, 20, 10, 0),
                null, "", List.of("Pat Lee"))))).join();
        there.editDetails(seen, details(seen, "Acme Corp", "notes from there")).join();
        InterviewLog secondRound = new InterviewLog("Acme Corp", "Analyst", new InterviewRound(
                LocalDateTime.of(2026, 11, 22, 15, 0), null, "", List.of("Kim")), List.of(Contact.named("Kim", "")),
                seen.mayCall(), seen.knownDelay(), seen.notes());
        Application stored = here.addRound(seen, secondRound).join();
        assertEquals("notes from there", stored.notes(), "the form's notes were left as they were: the newer ones stay");
        assertEquals(2, stored.interviews().size());

        InterviewLog withNotes = new InterviewLog("Acme Corp", "Analyst", secondRound.round(), List.of(),
                seen.mayCall(), seen.knownDelay(), "notes typed here");
        Throwable refused = cause(() -> here.addRound(seen, withNotes).join());
        assertInstanceOf(ChangedElsewhereException.class, refused);
        assertEquals(stored, storedThere());
    }

    @Test
    void anEventCorrectedHereAfterAnEarlierOneWasDeletedThereIsRefusedNotPutOnTheWrongEvent() {
        acme();
        Event thankYou = Event.of(EventType.THANK_YOU_SENT, DAY);
        Event followUp = Event.followUp(DAY.plusDays(3), Channel.EMAIL);
        Application seen = here.recordEvent("acme", thankYou).thenCompose(a -> here.recordEvent("acme", followUp)).join();
        there.deleteEvent("acme", 0, thankYou).join();
        Throwable refused = cause(() -> here.replaceEvent("acme", 1, seen.events().get(1),
                Event.followUp(DAY.plusDays(4), Channel.PHONE)).join());
        assertInstanceOf(ChangedMeanwhileException.class, refused);
        assertInstanceOf(ChangedMeanwhileException.class, cause(() -> here.deleteEvent("acme", 0, thankYou).join()));
        assertEquals(List.of(followUp), storedThere().events());
    }

    @Test
    void aSaveRefusedBecauseOfTheOtherDesktopLeavesUndoNamingWhatItWouldReallyDo() {
        List<app.nudge.service.undo.ChangeHistory.State> states = new CopyOnWriteArrayList<>();
        here.onHistoryChanged(states::add);
        here.save(Application.of("globex", "Globex", "Engineer")).join(); // undoable: nobody else touches it
        Application seen = acme();
        here.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        assertEquals("Acme Corp", states.getLast().undo().orElseThrow().subject(), "before: undo names this desktop's newest change");

        Application current = here.loadAll().join().stream().filter(a -> a.id().equals("acme")).findFirst().orElseThrow();
        there.editDetails(current, details(current, "Acme Inc", "renamed there")).join();
        Throwable refused = cause(() -> here.editDetails(current, details(current, "Acme Ltd", "")).join());
        assertInstanceOf(ChangedElsewhereException.class, refused);

        // Both acme entries can never be undone (acme is not as they left it): undo names globex's, and does it.
        assertEquals("Globex", states.getLast().undo().orElseThrow().subject(), states.getLast().toString());
        assertEquals("Globex", here.undo().join().subject());
        assertEquals("Acme Inc", storedThere().company(), "the other desktop's change stays");
        assertEquals(seen.id(), storedThere().id());
    }

    @Test
    void aChangeHeardFromTheOtherDesktopDropsOnlyTheUndoItMadeImpossible() {
        List<app.nudge.service.undo.ChangeHistory.State> states = new CopyOnWriteArrayList<>();
        here.onHistoryChanged(states::add);
        acme();
        here.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        here.changedElsewhere(Set.of("acme")); // as ServerFollow passes on a notice: nothing changed there yet
        assertTrue(states.getLast().undo().isPresent(), "an entry that still matches stays");

        there.recordEvent("acme", Event.followUp(DAY, Channel.PHONE)).join();
        here.changedElsewhere(Set.of("acme"));
        assertTrue(states.getLast().undo().isEmpty(), "both entries on acme went: " + states.getLast());
        assertInstanceOf(UndoRefusedException.class, cause(() -> here.undo().join())); // "Nothing to undo."
        assertEquals(2, storedThere().events().size());
    }

    @Test
    void undoOnOneDesktopWorksAndIsRefusedWhenTheOtherChangedTheApplicationSince() {
        acme();
        here.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        here.undo().join();
        assertEquals(List.of(), storedThere().events());
        here.redo().join();
        assertEquals(1, storedThere().events().size());

        there.recordEvent("acme", Event.followUp(DAY, Channel.PHONE)).join();
        assertInstanceOf(UndoRefusedException.class, cause(() -> here.undo().join()));
        assertEquals(2, storedThere().events().size(), "the other desktop's event stays");
    }
}
