package app.nudge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan made at start-up answers the first request only, only for its day, and never after a change. */
class FirstPlanCacheTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final List<LocalDate> asked = new ArrayList<>();
    private final FirstPlanCache cache = new FirstPlanCache(today -> {
        asked.add(today);
        return new PlanSnapshot(today, List.of());
    });

    @Test
    void theEarlyPlanAnswersTheFirstRequestOfItsDayThenTheRealPlannerAgain() {
        PlanSnapshot early = new PlanSnapshot(MONDAY, List.of());
        cache.offer(early);

        assertSame(early, cache.plan(MONDAY));
        assertEquals(List.of(), asked, "no second plan at start-up");
        cache.plan(MONDAY);
        assertEquals(List.of(MONDAY), asked, "used once only");
    }

    @Test
    void aChangeAfterTheEarlyPlanMeansPlanningAgain() {
        cache.offer(new PlanSnapshot(MONDAY, List.of()));
        cache.forget();

        cache.plan(MONDAY);

        assertEquals(List.of(MONDAY), asked);
    }

    @Test
    void anEarlyPlanFromYesterdayIsNotUsedAfterMidnight() {
        cache.offer(new PlanSnapshot(MONDAY, List.of()));

        PlanSnapshot tuesday = cache.plan(MONDAY.plusDays(1));

        assertEquals(MONDAY.plusDays(1), tuesday.today());
        assertEquals(List.of(MONDAY.plusDays(1)), asked);
    }
}
