package app.nudge.policy;

/** Weekday arithmetic on epoch days (days since 1970-01-01), cheaper than making LocalDates. */
final class EpochDays {

    private EpochDays() {
    }

    /** 0 for Monday .. 6 for Sunday; 1970-01-01 was a Thursday (3). */
    static int dayOfWeekIndex(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    static boolean isWeekday(long epochDay) {
        return dayOfWeekIndex(epochDay) < 5;
    }
}
