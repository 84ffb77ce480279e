package app.nudge.service.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.service.ApplicationService;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StoreBackend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Every change through the service can be undone and redone in order, exactly, on a real store. */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
@Timeout(60)
class UndoRedoTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database db;
    private ApplicationRepository repository;
    private ApplicationService service;
    private final List<ChangeHistory.State> states = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();

    @BeforeEach
    void open() {
        db = backend.open(folder);
        repository = new ApplicationRepository(db);
        service = new ApplicationService(() -> repository, Runnable::run);
        service.onHistoryChanged(states::add);
        service.onApplicationsChanged(reported::addAll);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Application stored(String id) {
        return repository.find(id).orElse(null);
    }

    private String undoLabel() {
        return states.get(states.size() - 1).undo().map(Change::label).orElse("");
    }

    private String redoLabel() {
        return states.get(states.size() - 1).redo().map(Change::label).orElse("");
    }

    private static String refusal(Runnable call) {
        CompletionException e = assertThrows(CompletionException.class, call::run);
        assertInstanceOf(UndoRefusedException.class, e.getCause());
        return e.getCause().getMessage();
    }

    @Test
    void undoingADeletedEventBringsBackThatEventAndNothingElseChanges() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        service.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        service.recordEvent("acme", Event.followUp(DAY.plusDays(7), Channel.EMAIL)).join();
        service.recordEvent("acme", Event.of(EventType.VOICEMAIL_LEFT, DAY.plusDays(9))).join();
        Application full = stored("acme");

        service.deleteEvent("acme", 1, stored("acme").events().get(1)).join();
        assertEquals("delete 'Follow-up sent'", undoLabel());
        assertEquals(List.of(full.events().get(0), full.events().get(2)), stored("acme").events());

        reported.clear();
        assertEquals("delete 'Follow-up sent'", service.undo().join().label());
        assertEquals(full, stored("acme"), "the deleted event is back, in its place; the newest is untouched");
        assertEquals(Set.of("acme"), reported, "the plan hears of it");
        assertEquals("record 'Voicemail left'", undoLabel(), "the next undo is the change before");
        assertEquals("delete 'Follow-up sent'", redoLabel());

        service.redo().join();
        assertEquals(List.of(full.events().get(0), full.events().get(2)), stored("acme").events());
        assertEquals("delete 'Follow-up sent'", undoLabel());
        assertEquals("", redoLabel());
    }

    @Test
    void changesAreUndoneNewestFirstDownToNothingAndRedoneInOrder() {
        Application acme = Application.of("acme", "Acme Corp", "Analyst");
        service.save(acme).join();
        service.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        service.replaceEvent("acme", 0, stored("acme").events().get(0), Event.of(EventType.THANK_YOU_SENT, DAY.minusDays(1))).join();
        Application edited = stored("acme");
        assertEquals("edit 'Thank-you sent'", undoLabel());

        service.undo().join();
        assertEquals(List.of(Event.of(EventType.THANK_YOU_SENT, DAY)), stored("acme").events());
        service.undo().join();
        assertEquals(List.of(), stored("acme").events());
        assertEquals("add Acme Corp", undoLabel());
        service.undo().join();
        assertEquals(null, stored("acme"), "undoing the add removes the application");
        assertEquals("Nothing to undo.", refusal(() -> service.undo().join()));

        service.redo().join();
        service.redo().join();
        service.redo().join();
        assertEquals(edited, stored("acme"));
        assertEquals("Nothing to redo.", refusal(() -> service.redo().join()));
    }

    @Test
    void aDeletedApplicationComesBackWhole() {
        Application acme = Application.of("acme", "Acme Corp", "Analyst")
                .withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, DAY)));
        service.save(acme).join();
        Application before = stored("acme");
        service.delete("acme").join();
        assertEquals("delete Acme Corp", undoLabel());
        service.undo().join();
        assertEquals(before, stored("acme"));
    }

    @Test
    void aNewChangeAfterAnUndoClearsTheRedo() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        service.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        service.undo().join();
        assertEquals("record 'Thank-you sent'", redoLabel());
        service.recordEvent("acme", Event.of(EventType.VOICEMAIL_LEFT, DAY)).join();
        assertEquals("", redoLabel());
        assertEquals("Nothing to redo.", refusal(() -> service.redo().join()));
    }

    @Test
    void labelledChangesKeepTheirLabels() {
        service.save("log interview at Acme Corp", Application.of("acme", "Acme Corp", "Analyst")).join();
        assertEquals("log interview at Acme Corp", undoLabel());
        service.update("acme", "edit contacts of Acme Corp", a -> a.withFlags(true, false)).join();
        assertEquals("edit contacts of Acme Corp", undoLabel());
        service.update("acme", a -> a.withFlags(false, true)).join();
        assertEquals("change Acme Corp", undoLabel(), "the unlabelled call gets a generic name");
        service.delete("delete the whole thing", "acme").join();
        assertEquals("delete the whole thing", undoLabel());
    }

    @Test
    void aBatchIsOneEntry() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        Application acmeBefore = stored("acme");
        service.saveAll("import 2 rows", List.of(Application.of("acme", "Acme Corp", "Senior Analyst"),
                Application.of("globex", "Globex", "PM"))).join();
        assertEquals("import 2 rows", undoLabel());
        assertEquals("Acme Corp, Globex", states.get(states.size() - 1).undo().orElseThrow().subject());
        service.undo().join();
        assertEquals(acmeBefore, stored("acme"));
        assertEquals(null, stored("globex"));
        assertEquals("add Acme Corp", undoLabel());
        service.redo().join();
        assertEquals("Senior Analyst", stored("acme").role());
        assertEquals("PM", stored("globex").role());
    }

    @Test
    void workOutsideTheServiceCanBeOneEntryToo() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        reported.clear();
        int result = service.changeTogether("import sheet.csv", () -> {
            repository.saveAll(List.of(Application.of("globex", "Globex", "PM"), Application.of("initech", "Initech", "Dev")));
            return 2;
        }).join();
        assertEquals(2, result);
        assertEquals(Set.of("globex", "initech"), reported, "only what changed is re-planned");
        assertEquals("import sheet.csv", undoLabel());
        service.undo().join();
        assertEquals(1, repository.count());
        assertTrue(repository.find("acme").isPresent());
    }

    /**
     * The undo of a large import is as large as the import: it too is written through a copy of the
     * file, all or nothing (shown by its refusal while another connection holds the file, which an
     * ordinary transaction would not notice), and the entry stays to be undone later.
     */
    @Test
    void aLargeImportAndItsUndoAreWrittenThroughACopyAllOrNothing() throws Exception {
        // About the copy of an H2 file; on a server one transaction is all or nothing already.
        org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.H2, "a copy of the file exists only for H2");
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        List<Application> sheet = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> Application.of("row-" + i, "Company " + i, "Role")).toList();
        service.changeTogether("import big.csv", () -> {
            repository.saveAll(sheet);
            return null;
        }).join();
        assertEquals(121, repository.count());
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve("nudge") + ";IFEXISTS=TRUE", "sa", "")) {
            CompletionException e = assertThrows(CompletionException.class, () -> service.undo().join());
            assertInstanceOf(app.nudge.store.StoreException.class, e.getCause());
            assertEquals(app.nudge.store.StoreException.Kind.IN_USE, ((app.nudge.store.StoreException) e.getCause()).kind());
            assertEquals(121, repository.count(), "nothing of the undo was stored");
            assertEquals("import big.csv", undoLabel(), "and it can still be undone");
        }
        service.undo().join();
        assertEquals(1, repository.count());
        assertTrue(repository.find("acme").isPresent());
        service.redo().join();
        assertEquals(121, repository.count());
    }

    @Test
    void anUndoWhoseApplicationChangedSinceOutsideTheHistoryIsRefusedAndStoresNothing() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        service.recordEvent("acme", Event.of(EventType.THANK_YOU_SENT, DAY)).join();
        repository.save(stored("acme").withFlags(true, true)); // e.g. written by a tool that bypasses the service
        Application now = stored("acme");

        String message = refusal(() -> service.undo().join());
        assertEquals("Cannot undo \u201crecord 'Thank-you sent'\u201d: Acme Corp was changed since in another way,"
                + " so nothing was changed.", message);
        assertEquals(now, stored("acme"));
        assertEquals("add Acme Corp", undoLabel(), "the entry that cannot be done is dropped; the older one remains");
    }

    @Test
    void aRefusedChangeIsNotInTheHistory() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        assertThrows(CompletionException.class,
                () -> service.recordEvent("acme", Event.checkBack(DAY, DAY.minusDays(1))).join());
        assertEquals("add Acme Corp", undoLabel());
        assertEquals(Optional.empty(), service.undo().thenCompose(c -> service.undo()).handle((c, e) ->
                e == null ? Optional.of(c) : Optional.empty()).join(), "only one entry was there");
    }

    @Test
    void savingAnApplicationUnchangedAddsNoEntry() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        int before = states.size();
        service.save(stored("acme")).join();
        assertEquals(before, states.size());
    }

    @Test
    void forgettingTheHistoryLeavesNothingToUndo() {
        service.save(Application.of("acme", "Acme Corp", "Analyst")).join();
        service.forgetHistory().join();
        assertEquals("", undoLabel());
        assertEquals("Nothing to undo.", refusal(() -> service.undo().join()));
    }
}
