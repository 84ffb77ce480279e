package app.nudge.bench;

/**
 * One line of the benchmark table: what was measured, the figure, the target, and whether the
 * figure meets it (a judgement on this run only; timings on a shared machine vary).
 */
public record Row(String what, String measured, String target, boolean met) {

    /** A time in milliseconds against a ceiling. */
    static Row millis(String what, double measured, double ceiling) {
        return new Row(what, String.format(java.util.Locale.ROOT, "%.1f ms", measured),
                String.format(java.util.Locale.ROOT, "≤ %.0f ms", ceiling), measured <= ceiling);
    }

    /** A time shown for comparison only: it has no target of its own. */
    static Row reference(String what, double measured) {
        return new Row(what, String.format(java.util.Locale.ROOT, "%.1f ms", measured), NO_TARGET, true);
    }

    static final String NO_TARGET = "—";
}
