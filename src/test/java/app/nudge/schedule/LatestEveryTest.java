package app.nudge.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the newest value reaches the slow listener, once a period, and nothing is lost on close. */
class LatestEveryTest {

    private final ManualTicker ticker = new ManualTicker(
            new MutableClock(Instant.parse("2026-11-23T09:00:00Z"), java.time.ZoneOffset.UTC));
    private final List<String> written = new ArrayList<>();
    private final LatestEvery<String> latest = new LatestEvery<>(written::add, ticker, Duration.ofSeconds(5), Runnable::run);

    @Test
    void aBurstOfValuesIsHandedOnOnceTheNewestOnly() {
        latest.accept("plan 1");
        latest.accept("plan 2");
        latest.accept("plan 3");
        assertEquals(List.of(), written, "nothing before the period is up");

        ticker.advance(Duration.ofSeconds(5));
        assertEquals(List.of("plan 3"), written);

        ticker.advance(Duration.ofSeconds(20));
        assertEquals(List.of("plan 3"), written, "no new value, no new write");
    }

    @Test
    void flushingBeforeClosingHandsOnWhatIsPendingAndTheTimerStops() throws Exception {
        latest.accept("last plan");
        latest.flush();
        latest.close();
        latest.accept("after close");
        ticker.advance(Duration.ofMinutes(1));

        assertEquals(List.of("last plan"), written);
    }
}
