package app.nudge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler, driven by a controllable clock and ticker: no sleeps. */
class SchedulerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final List<LocalDate> plannedDays = new ArrayList<>();
    private final List<PlanSnapshot> published = new ArrayList<>();
    private MutableClock clock;
    private ManualTicker ticker;
    private Scheduler scheduler;

    /** One action due on Tue 24 Nov 2026: upcoming on the 23rd, due on the 24th. */
    private PlanSnapshot plan(LocalDate today) {
        plannedDays.add(today);
        LocalDate day = LocalDate.of(2026, 11, 24);
        Status status = today.isBefore(day) ? Status.UPCOMING : today.isAfter(day) ? Status.OVERDUE : Status.DUE;
        return new PlanSnapshot(today, List.of(new PlannedAction("a", "Acme", "Analyst", ActionType.FOLLOW_UP,
                Channel.EMAIL, null, day, day, status, "R7", "test")));
    }

    @BeforeEach
    void setUp() {
        clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 23, 50).atZone(ZONE).toInstant(), ZONE);
        ticker = new ManualTicker(clock);
        scheduler = new Scheduler(this::plan, clock, ticker, Runnable::run);
        scheduler.addListener(published::add);
    }

    @Test
    void plansAtStart() {
        scheduler.start();
        assertEquals(List.of(LocalDate.of(2026, 11, 23)), plannedDays);
        assertEquals(0, published.get(0).dueCount());
    }

    @Test
    void replansAtLocalMidnightAndTheDueCountGoesUpByItself() {
        scheduler.start();
        ticker.advance(Duration.ofMinutes(9));
        assertEquals(1, plannedDays.size(), "nothing changed before midnight");
        ticker.advance(Duration.ofMinutes(2));
        assertEquals(LocalDate.of(2026, 11, 24), plannedDays.get(plannedDays.size() - 1));
        assertEquals(1, published.get(published.size() - 1).dueCount());
    }

    @Test
    void replansEveryFifteenMinutes() {
        clock.advance(Duration.ofHours(-12)); // midday, far from midnight
        scheduler.start();
        ticker.advance(Duration.ofMinutes(14));
        assertEquals(1, plannedDays.size());
        ticker.advance(Duration.ofMinutes(1));
        assertEquals(2, plannedDays.size());
        ticker.advance(Duration.ofMinutes(15));
        assertEquals(3, plannedDays.size());
    }

    @Test
    void replansAfterTheComputerWakes() {
        clock.advance(Duration.ofHours(-12));
        scheduler.start();
        ticker.sleepComputer(Duration.ofHours(3)); // same day, but the wall clock jumped
        ticker.advance(Duration.ofMinutes(1));
        assertEquals(2, plannedDays.size());
    }

    @Test
    void aChangeReplansAtOnceAndAFailingPlanKeepsTheSchedulerAlive() {
        List<LocalDate> calls = new ArrayList<>();
        Scheduler flaky = new Scheduler(today -> {
            calls.add(today);
            if (calls.size() == 2) {
                throw new IllegalStateException("database hiccup");
            }
            return plan(today);
        }, clock, ticker, Runnable::run);
        List<PlanSnapshot> seen = new ArrayList<>();
        flaky.addListener(seen::add);
        flaky.start();
        flaky.replan(); // throws inside: logged, not published
        flaky.replan();
        assertEquals(3, calls.size());
        assertEquals(2, seen.size());
    }

    @Test
    void requestsQueuedTogetherCollapseIntoOnePlan() {
        List<Runnable> queue = new ArrayList<>();
        Scheduler queued = new Scheduler(this::plan, clock, ticker, queue::add);
        queued.replan();
        queued.replan();
        queued.replan();
        assertEquals(1, queue.size());
        queue.get(0).run();
        queued.replan();
        assertEquals(2, queue.size());
    }

    /** Records which planner method each job called: "plan" or "update [ids]" (ids sorted). */
    private final class RecordingPlanner implements Planner {
        final List<String> calls = new ArrayList<>();
        boolean failNext;

        @Override
        public PlanSnapshot plan(LocalDate today) {
            calls.add("plan");
            return answer(today);
        }

        @Override
        public PlanSnapshot update(PlanSnapshot previous, Set<String> changedIds, LocalDate today) {
            assertEquals(today, previous.today(), "an update only ever continues a plan of the same day");
            calls.add("update " + changedIds.stream().sorted().toList());
            return answer(today);
        }

        private PlanSnapshot answer(LocalDate today) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("database hiccup");
            }
            return SchedulerTest.this.plan(today);
        }
    }

    /** A scheduler whose plans wait in {@code queue}, after its first (whole) plan has run. */
    private Scheduler queuedAfterAWholePlan(RecordingPlanner planner, List<Runnable> queue) {
        Scheduler queued = new Scheduler(planner, clock, ticker, queue::add);
        queued.replan();
        queue.remove(0).run();
        return queued;
    }

    @Test
    void changedIdsQueuedTogetherUpdateThePlanOnceWithAllOfThem() {
        RecordingPlanner planner = new RecordingPlanner();
        List<Runnable> queue = new ArrayList<>();
        Scheduler queued = queuedAfterAWholePlan(planner, queue);
        queued.replan(Set.of("a"));
        queued.replan(Set.of("b", "c"));
        queued.replan(Set.of("a"));
        assertEquals(1, queue.size());
        queue.remove(0).run();
        assertEquals(List.of("plan", "update [a, b, c]"), planner.calls);
    }

    @Test
    void aWholeRequestWinsOverChangedIdsQueuedWithIt() {
        RecordingPlanner planner = new RecordingPlanner();
        List<Runnable> queue = new ArrayList<>();
        Scheduler queued = queuedAfterAWholePlan(planner, queue);
        queued.replan(Set.of("a"));
        queued.replan();
        queued.replan(Set.of("b"));
        assertEquals(1, queue.size());
        queue.remove(0).run();
        assertEquals(List.of("plan", "plan"), planner.calls);
    }

    @Test
    void changedIdsBeforeAnyPlanPlanEverything() {
        RecordingPlanner planner = new RecordingPlanner();
        Scheduler direct = new Scheduler(planner, clock, ticker, Runnable::run);
        direct.replan(Set.of("a"));
        direct.replan(Set.of("b"));
        assertEquals(List.of("plan", "update [b]"), planner.calls);
    }

    @Test
    void changedIdsOnANewDayPlanEverything() {
        RecordingPlanner planner = new RecordingPlanner();
        Scheduler direct = new Scheduler(planner, clock, ticker, Runnable::run);
        direct.replan(); // 23:50 on the 23rd
        clock.advance(Duration.ofMinutes(20)); // past midnight, before the minute check noticed it
        direct.replan(Set.of("a"));
        assertEquals(List.of("plan", "plan"), planner.calls);
        assertEquals(LocalDate.of(2026, 11, 24), plannedDays.get(plannedDays.size() - 1));
    }

    @Test
    void afterAFailedPlanTheNextPlansEverything() {
        RecordingPlanner planner = new RecordingPlanner();
        Scheduler direct = new Scheduler(planner, clock, ticker, Runnable::run);
        List<PlanSnapshot> seen = new ArrayList<>();
        direct.addListener(seen::add);
        direct.replan();
        planner.failNext = true;
        direct.replan(Set.of("a")); // the change to "a" is not in any plan yet
        direct.replan(Set.of("b"));
        assertEquals(List.of("plan", "update [a]", "plan"), planner.calls);
        assertEquals(2, seen.size());
    }
}
