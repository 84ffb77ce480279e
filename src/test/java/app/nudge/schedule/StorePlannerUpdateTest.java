package app.nudge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.demo.DemoData;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.service.ApplicationService;
import app.nudge.service.InvalidApplicationException;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.StoreBackend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key property of the incremental re-plan: after any sequence of saves, recorded events and
 * deletes through the service, updating the previous plan with the ids the service reported gives
 * exactly the whole plan of what is stored (the same applications and actions, in the same order).
 */
@ParameterizedClass
@MethodSource("app.nudge.store.StoreBackend#both")
class StorePlannerUpdateTest {

    /** H2 file or PostgreSQL schema: every test here runs on both. */
    @Parameter
    StoreBackend backend;

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** Ids that sort differently by case, digits and code points, so that the order is really tested. */
    private static final List<String> ODD_IDS = List.of("Zeta", "alpha", "a-10", "a-9", "a-1", "zürich-bäckerei",
            "𝔸-math", "Ω-omega", "_under", "0-first");
    private static final List<String> COUNTRIES = List.of("", "US", "DE", "GB", "FR");

    @TempDir
    Path folder;

    private Database db;
    private ApplicationService service;
    private StorePlanner incremental;
    private StorePlanner whole;
    private final Set<String> reported = new HashSet<>();

    @BeforeEach
    void setUp() {
        db = backend.open(folder);
        new ApplicationRepository(db).saveAll(new DemoData(7, TODAY).withEvents(60, 4).stream()
                .map(a -> a.withCountry(COUNTRIES.get(Math.floorMod(a.id().hashCode(), COUNTRIES.size()))))
                .toList());
        service = new ApplicationService(() -> new ApplicationRepository(db), Runnable::run);
        service.onApplicationsChanged(reported::addAll);
        incremental = new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US);
        whole = new StorePlanner(() -> db, HolidayCalendars.shared(), Locale.US);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void randomChangesUpdateToTheWholePlan() {
        for (long seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            PlanSnapshot snapshot = incremental.plan(TODAY);
            for (int step = 0; step < 40; step++) {
                int changes = 1 + random.nextInt(4);
                for (int i = 0; i < changes; i++) {
                    change(random, snapshot);
                }
                snapshot = incremental.update(snapshot, Set.copyOf(reported), TODAY);
                reported.clear();
                PlanSnapshot expected = whole.plan(TODAY);
                assertEquals(expected.applications(), snapshot.applications(), "applications, seed " + seed + " step " + step);
                assertEquals(expected.actions(), snapshot.actions(), "actions, seed " + seed + " step " + step);
            }
        }
    }

    @Test
    void aDeletedApplicationLeavesThePlanAndAnUnknownIdChangesNothing() {
        PlanSnapshot before = incremental.plan(TODAY);
        String id = before.actions().get(0).applicationId();
        service.delete(id).join();
        PlanSnapshot after = incremental.update(before, Set.of(id, "never-stored"), TODAY);
        assertFalse(after.applications().stream().anyMatch(a -> a.id().equals(id)));
        assertFalse(after.actions().stream().anyMatch(a -> a.applicationId().equals(id)));
        assertEquals(before.applications().size() - 1, after.applications().size());
        assertEquals(whole.plan(TODAY).actions(), after.actions());
    }

    @Test
    void aPlanMadeAtStartUpByAnotherPlannerIsUpdatedWithoutAWholePlanFirst() {
        PlanSnapshot early = whole.plan(TODAY); // EarlyStart's planner, not the app's
        FirstPlanCache cache = new FirstPlanCache(incremental);
        cache.offer(early);
        assertEquals(early, cache.plan(TODAY));

        // Changed behind the planners' backs: only a whole plan would see it.
        String unseen = early.applications().get(0).id();
        new ApplicationRepository(db).delete(unseen);
        String id = early.applications().get(5).id();
        service.recordEvent(id, Event.of(EventType.VOICEMAIL_LEFT, TODAY)).join();

        PlanSnapshot updated = cache.update(early, Set.of(id), TODAY);
        assertTrue(updated.applications().stream().anyMatch(a -> a.id().equals(unseen)),
                "an update, not a whole plan: it read only the changed application");
        assertEquals(new ApplicationRepository(db).find(id).orElseThrow(),
                updated.applications().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void anotherDayPlansEverything() {
        PlanSnapshot before = incremental.plan(TODAY);
        PlanSnapshot next = incremental.update(before, Set.of(), TODAY.plusDays(1));
        assertEquals(TODAY.plusDays(1), next.today());
        assertEquals(whole.plan(TODAY.plusDays(1)).actions(), next.actions());
    }

    @Test
    void theServiceReportsTheIdOfEveryKindOfChange() {
        String id = new ApplicationRepository(db).findAll().get(3).id();
        service.recordEvent(id, Event.of(EventType.VOICEMAIL_LEFT, TODAY)).join();
        assertEquals(Set.of(id), reported);
        reported.clear();
        service.undo().join(); // takes back that event
        assertEquals(Set.of(id), reported);
        reported.clear();
        service.save(Application.of("brand-new", "New Co", "Analyst")).join();
        assertEquals(Set.of("brand-new"), reported);
        reported.clear();
        service.delete("brand-new").join();
        assertEquals(Set.of("brand-new"), reported);
        reported.clear();
        assertThrowsInvalid(() -> service.save(Application.of("bad", "", "")).join());
        assertTrue(reported.isEmpty(), "a refused change stores nothing and reports nothing");
    }

    /** One random change through the service; refused ones (the rules say no) store and report nothing. */
    private void change(Random random, PlanSnapshot snapshot) {
        List<Application> stored = snapshot.applications();
        Application some = stored.isEmpty() ? null : stored.get(random.nextInt(stored.size()));
        try {
            switch (random.nextInt(7)) {
                case 0 -> service.save(newApplication(random)).join();
                case 1, 2 -> {
                    if (some != null) {
                        service.recordEvent(some.id(), randomEvent(random)).join();
                    }
                }
                case 3 -> {
                    if (some != null) {
                        service.delete(random.nextInt(5) == 0 ? "no-such-id" : some.id()).join();
                    }
                }
                case 4 -> {
                    if (random.nextBoolean()) { // the newest change taken back, or made again; refused when none
                        service.undo().join();
                    } else {
                        service.redo().join();
                    }
                }
                case 5 -> {
                    if (some != null) { // the company moves its action in the plan's order; the country its calendar
                        service.update(some.id(), a -> new Application(a.id(), random.nextBoolean() ? "acme" : "ACME",
                                a.role(), COUNTRIES.get(random.nextInt(COUNTRIES.size())), a.appliedOn(), a.url(),
                                a.location(), a.source(), random.nextBoolean(), a.knownDelay(), a.notes(),
                                a.contacts(), a.interviews(), a.events())).join();
                    }
                }
                default -> {
                    if (some != null) { // the same application saved again, unchanged
                        service.save(some).join();
                    }
                }
            }
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof InvalidApplicationException)
                    && !(e.getCause() instanceof app.nudge.service.undo.UndoRefusedException)) {
                throw e;
            }
        }
    }

    private Application newApplication(Random random) {
        String id = ODD_IDS.get(random.nextInt(ODD_IDS.size())) + (random.nextBoolean() ? "" : "-" + random.nextInt(20));
        LocalDate interview = TODAY.minusDays(1 + random.nextInt(40));
        Application app = Application.of(id, random.nextBoolean() ? "Initech" : "initech", "Role " + random.nextInt(3))
                .withCountry(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
        if (random.nextInt(5) == 0) {
            return app; // no interview: no action (R1)
        }
        return app.withInterviews(List.of(new InterviewRound(LocalDateTime.of(interview, LocalTime.of(10, 0)),
                random.nextBoolean() ? interview.plusDays(5) : null, "", List.of())));
    }

    private static Event randomEvent(Random random) {
        LocalDate on = TODAY.minusDays(random.nextInt(10));
        return switch (random.nextInt(8)) {
            case 0 -> Event.of(EventType.THANK_YOU_SENT, on);
            case 1 -> Event.followUp(on, Channel.EMAIL);
            case 2 -> Event.reply(on, random.nextBoolean() ? on.plusDays(7) : null);
            case 3 -> Event.checkBack(on, on.plusDays(4));
            case 4 -> Event.of(EventType.VOICEMAIL_LEFT, on);
            case 5 -> Event.snoozed(on, on.plusDays(3));
            case 6 -> Event.skipped(on, ActionType.FOLLOW_UP);
            default -> Event.of(random.nextBoolean() ? EventType.REJECTION_RECEIVED : EventType.OFFER_RECEIVED, on);
        };
    }

    private static void assertThrowsInvalid(Runnable call) {
        try {
            call.run();
        } catch (CompletionException e) {
            assertTrue(e.getCause() instanceof InvalidApplicationException, e.toString());
            return;
        }
        throw new AssertionError("expected the rules to refuse it");
    }
}
