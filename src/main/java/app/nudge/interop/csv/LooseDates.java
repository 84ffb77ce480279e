package app.nudge.interop.csv;

import app.nudge.common.DateReader;
import java.time.LocalDate;
import java.util.Optional;

/** Dates as trackers write them into a sheet; the reading itself is {@link DateReader#loose}, shared with the date fields. */
final class LooseDates {

    private LooseDates() {
    }

    /** The date, or empty when the text is not one of the forms {@link DateReader#loose} reads (or not a real day). */
    static Optional<LocalDate> parse(String text) {
        return DateReader.loose(text);
    }
}
