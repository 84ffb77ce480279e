package app.nudge.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quartiles of {@link DaySpread}: medians of the lower half, the whole and the upper half. */
class DaySpreadsTest {

    @Test
    void evenCountSplitsInTwoHalves() {
        assertEquals(new DaySpread(4, 1, 1.5, 2.5, 3.5, 4), DaySpreads.of(new int[] {4, 2, 3, 1}, 4));
    }

    @Test
    void oddCountLeavesTheMiddleOutOfBothHalves() {
        // 1 2 | 3 | 7 9: lower 1.5, median 3, upper 8
        assertEquals(new DaySpread(5, 1, 1.5, 3.0, 8.0, 9), DaySpreads.of(new int[] {9, 3, 1, 7, 2}, 5));
        // 2 | 4 | 10
        assertEquals(new DaySpread(3, 2, 2.0, 4.0, 10.0, 10), DaySpreads.of(new int[] {10, 4, 2}, 3));
    }

    @Test
    void twoValuesAndOneValue() {
        assertEquals(new DaySpread(2, 3, 3.0, 4.0, 5.0, 5), DaySpreads.of(new int[] {5, 3}, 2));
        assertEquals(new DaySpread(1, 6, 6.0, 6.0, 6.0, 6), DaySpreads.of(new int[] {6}, 1));
    }

    @Test
    void noneIsEmptyAndOnlyTheCountedPrefixIsUsed() {
        assertEquals(DaySpread.EMPTY, DaySpreads.of(new int[] {1, 2}, 0));
        assertEquals(new DaySpread(2, 1, 1.0, 1.5, 2.0, 2), DaySpreads.of(new int[] {2, 1, 99}, 2));
    }
}
