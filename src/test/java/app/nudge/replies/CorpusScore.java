package app.nudge.replies;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tallies the reader's proposals against the corpus: per kind (count, right kind, right kind and
 * date) and per match rule, the offers and rejections read where there are none, and the
 * messages whose reading failed outright.
 */
final class CorpusScore {

    private final Map<ReplyKind, int[]> byKind = new EnumMap<>(ReplyKind.class);
    private final Map<MatchKind, int[]> byMatch = new EnumMap<>(MatchKind.class);
    private final List<String> falseOffers = new ArrayList<>();
    private final List<String> falseRejections = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private Throwable firstFailure;
    private int total;
    private int rightKindAndDate;

    /** Whether the reading has the expected kind, named date and named time. */
    static boolean rightKindAndDate(CorpusCase expected, Reading reading) {
        return reading.kind() == expected.kind() && Objects.equals(reading.namedDate(), expected.namedDate())
                && Objects.equals(reading.namedTime(), expected.namedTime());
    }

    static boolean rightMatch(CorpusCase expected, ReplyMatch match) {
        return match.kind() == expected.match() && Objects.equals(match.applicationId(), expected.applicationId());
    }

    void add(CorpusCase expected, ReplyProposal proposal) {
        Reading reading = proposal.reading();
        total++;
        int[] kind = byKind.computeIfAbsent(expected.kind(), k -> new int[3]);
        kind[0]++;
        if (reading.kind() == expected.kind()) {
            kind[1]++;
        }
        if (rightKindAndDate(expected, reading)) {
            kind[2]++;
            rightKindAndDate++;
        } else {
            misses.add(describe(expected, proposal));
        }
        int[] match = byMatch.computeIfAbsent(expected.match(), k -> new int[2]);
        match[0]++;
        if (rightMatch(expected, proposal.match())) {
            match[1]++;
        } else {
            misses.add(expected.file() + ": match " + proposal.match().kind().jsonName() + " "
                    + proposal.match().applicationId() + ", expected " + expected.match().jsonName() + " "
                    + expected.applicationId());
        }
        if (reading.kind() == ReplyKind.OFFER_RECEIVED && expected.kind() != ReplyKind.OFFER_RECEIVED) {
            falseOffers.add(expected.file());
        }
        if (reading.kind() == ReplyKind.REJECTION_RECEIVED && expected.kind() != ReplyKind.REJECTION_RECEIVED) {
            falseRejections.add(expected.file());
        }
    }

    void failed(CorpusCase expected, Throwable failure) {
        total++;
        byKind.computeIfAbsent(expected.kind(), k -> new int[3])[0]++;
        byMatch.computeIfAbsent(expected.match(), k -> new int[2])[0]++;
        failed.add(expected.file() + ": " + failure);
        if (firstFailure == null) {
            firstFailure = failure;
        }
    }

    static String describe(CorpusCase expected, ReplyProposal proposal) {
        Reading r = proposal.reading();
        return expected.file() + ": read " + r.kind() + " " + r.namedDate() + " " + r.namedTime() + ", expected "
                + expected.kind() + " " + expected.namedDate() + " " + expected.namedTime();
    }

    int total() {
        return total;
    }

    int rightKindAndDate() {
        return rightKindAndDate;
    }

    List<String> falseOffers() {
        return falseOffers;
    }

    List<String> falseRejections() {
        return falseRejections;
    }

    List<String> failed() {
        return failed;
    }

    Throwable firstFailure() {
        return firstFailure;
    }

    /** The figures per kind and per match rule, with how many false offers and rejections, but no message names. */
    String summary() {
        return figures() + "\nnot offers read as offers: " + falseOffers.size()
                + "\nnot rejections read as rejections: " + falseRejections.size()
                + "\nreading failed: " + failed.size() + '\n';
    }

    String table() {
        StringBuilder out = new StringBuilder(figures());
        out.append("\nnot offers read as offers: ").append(falseOffers)
                .append("\nnot rejections read as rejections: ").append(falseRejections)
                .append("\nreading failed: ").append(failed.size()).append('\n');
        misses.forEach(m -> out.append("MISS ").append(m).append('\n'));
        return out.toString();
    }

    private String figures() {
        StringBuilder out = new StringBuilder("\nReply corpus: accuracy per kind\n");
        out.append(String.format(Locale.ROOT, "%-20s %6s %11s %16s %8s%n", "kind", "count", "right kind",
                "right kind+date", "%"));
        int[] all = new int[3];
        for (Map.Entry<ReplyKind, int[]> e : byKind.entrySet()) {
            int[] v = e.getValue();
            out.append(row(e.getKey().name(), v));
            for (int i = 0; i < 3; i++) {
                all[i] += v[i];
            }
        }
        out.append(row("all", all));
        out.append("\nper match rule\n");
        out.append(String.format(Locale.ROOT, "%-20s %6s %11s %8s%n", "match", "count", "right", "%"));
        for (Map.Entry<MatchKind, int[]> e : byMatch.entrySet()) {
            int[] v = e.getValue();
            out.append(String.format(Locale.ROOT, "%-20s %6d %11d %8.1f%n", e.getKey().jsonName(), v[0], v[1],
                    percent(v[1], v[0])));
        }
        return out.toString();
    }

    private static String row(String name, int[] v) {
        return String.format(Locale.ROOT, "%-20s %6d %11d %16d %8.1f%n", name, v[0], v[1], v[2], percent(v[2], v[0]));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
