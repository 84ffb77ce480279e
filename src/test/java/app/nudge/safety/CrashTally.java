package app.nudge.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What each kill left, one line per case as it happens, and the summary the test ends with. */
final class CrashTally {

    enum Outcome {
        /** The data is exactly what it was before the killed command. */
        BEFORE,
        /** The data is exactly what the command, run to its end, leaves. */
        AFTER,
        /** A first creation left no database file; the next import made one that works. */
        NO_DATABASE,
        /** Anything else: a command failed, the data is neither, or a stray file stayed. */
        FAILED
    }

    record Case(int number, long killAtMillis, boolean killedWhileRunning, Outcome outcome, long checkMillis,
                String detail) {
        @Override
        public String toString() {
            return String.format("case %2d: kill at %5d ms (%s) -> %s [checks %d ms]%s", number, killAtMillis,
                    killedWhileRunning ? "running" : "had ended", outcome, checkMillis,
                    detail.isEmpty() ? "" : ": " + detail);
        }
    }

    /**
     * A case's detail: its problems, which data it held when it failed anyway, and what the kill left
     * beside the data (before the next command cleaned it), when that is worth a look.
     */
    static String detail(List<String> problems, Outcome data, String leftLabel, List<String> left) {
        List<String> parts = new ArrayList<>(problems);
        if (!problems.isEmpty() && data != null) {
            parts.add("(data: " + data + ")");
        }
        if (!left.isEmpty()) {
            parts.add("(the kill left " + leftLabel + ": " + left + ")");
        }
        return String.join("; ", parts);
    }

    private final String name;
    private final List<Case> cases = new ArrayList<>();

    CrashTally(String name) {
        this.name = name;
    }

    void add(Case result) {
        cases.add(result);
        System.out.println(name + " " + result);
    }

    long count(Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    List<Case> failures() {
        return cases.stream().filter(c -> c.outcome() == Outcome.FAILED).toList();
    }

    /** E.g. "ImportKillIT: 52 cases tried: 21 before, 31 after, 0 no database, 0 failed". */
    String summary() {
        return name + ": " + cases.size() + " cases tried: " + count(Outcome.BEFORE) + " before, "
                + count(Outcome.AFTER) + " after, " + count(Outcome.NO_DATABASE) + " no database, "
                + count(Outcome.FAILED) + " failed";
    }

    String failureReport() {
        return summary() + "\n" + failures().stream().map(Case::toString).collect(Collectors.joining("\n"));
    }
}
