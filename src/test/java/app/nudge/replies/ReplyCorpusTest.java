package app.nudge.replies;

import app.nudge.domain.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 15's accuracy test: each message of the corpus read as the app reads a dropped file and
 * proposed by the standard reader against the corpus's applications.
 *
 * <p>Per message, what must always hold: reading does not throw, the match and application are
 * the expected ones (the spec's rules are exact), the proposal is dated as the spec says, any
 * evidence points into the text, a named date comes with the sentence that gave it, and nothing
 * that is not an offer or a rejection is read as one. The kind, named date and named time are held
 * to the target in {@link #accuracyPerKindAndMatchRule()} (95 %), so one vague phrase read
 * differently does not hide the rest; run with {@code -Dcorpus.strict=true} to make every miss fail
 * its own case as well. Misses are printed as {@code MISS} lines either way.
 */
class ReplyCorpusTest {

    private static final boolean STRICT = Boolean.getBoolean("corpus.strict");
    private static final double TARGET = 0.95;
    private static final double HELD_OUT_FLOOR = 0.85;
    private static final List<Application> APPLICATIONS = CorpusApplications.all();

    static List<CorpusCase> cases() {
        return CorpusCase.all(CorpusCase.CORPUS);
    }

    /** Every set, so that every message is held to the per-message checks. */
    static List<CorpusCase> allCases() {
        List<CorpusCase> all = new ArrayList<>(CorpusCase.all(CorpusCase.CORPUS));
        all.addAll(CorpusCase.all(CorpusCase.HELD_OUT));
        all.addAll(CorpusCase.all(CorpusCase.HELD_OUT_2));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    @Timeout(10)
    void readsTheMessageAsWritten(CorpusCase expected) throws Exception {
        IncomingMessage message = CorpusMessages.read(expected.path());
        ReplyProposal proposal = new ReplyReading(expected.context()).propose(message, APPLICATIONS);
        Reading reading = proposal.reading();
        LocalDate messageDate = CorpusMessages.messageDate(CorpusMessages.parse(expected.path()));

        List<Executable> checks = new ArrayList<>(List.of(
                () -> assertEquals(expected.match(), proposal.match().kind(), "match"),
                () -> assertEquals(expected.applicationId(), proposal.match().applicationId(), "applicationId"),
                () -> assertCandidates(expected, proposal.match()),
                () -> assertEquals(messageDate, reading.date(), "the proposal is dated the Date header's local day"),
                () -> assertTrue(reading.kind() != ReplyKind.OFFER_RECEIVED
                        || expected.kind() == ReplyKind.OFFER_RECEIVED, "read as an offer, which it is not"),
                () -> assertTrue(reading.kind() != ReplyKind.REJECTION_RECEIVED
                        || expected.kind() == ReplyKind.REJECTION_RECEIVED, "read as a rejection, which it is not"),
                () -> assertInText(message, reading.kindEvidence(), "kind evidence"),
                () -> assertInText(message, reading.dateEvidence(), "date evidence"),
                () -> assertTrue(reading.namedDate() == null || reading.dateEvidence() != null,
                        "a named date without the sentence that gave it")));
        if (STRICT) {
            checks.add(() -> assertEquals(expected.kind(), reading.kind(), "kind"));
            checks.add(() -> assertEquals(expected.namedDate(), reading.namedDate(), "namedDate"));
            checks.add(() -> assertEquals(expected.namedTime(), reading.namedTime(), "namedTime"));
        } else if (!CorpusScore.rightKindAndDate(expected, reading) && !expected.set().equals(CorpusCase.HELD_OUT_2)) {
            // The fresh held-out set's misses are not printed: reading them is how a set gets tuned on.
            System.out.println("MISS " + CorpusScore.describe(expected, proposal));
        }
        assertAll(expected.file() + " (" + expected.comment() + ")", checks.stream());
    }

    @Test
    @Timeout(120)
    void accuracyPerKindAndMatchRule() {
        assertMeetsTheTarget("Reply corpus (the reader is tuned on it):", cases());
    }

    /** The first held-out set: tuned on once its misses were seen, so held to the corpus's target. */
    @Test
    @Timeout(120)
    void accuracyOnTheFirstHeldOutSet() {
        assertMeetsTheTarget("First held-out set (tuned on after its misses were seen):",
                CorpusCase.all(CorpusCase.HELD_OUT));
    }

    private static void assertMeetsTheTarget(String title, List<CorpusCase> cases) {
        CorpusScore score = scoreOf(cases);
        System.out.println(title);
        System.out.println(score.table());
        assertReadable(score);
        assertAll(
                () -> assertTrue(score.rightKindAndDate() >= TARGET * score.total(), "right kind and date: "
                        + score.rightKindAndDate() + " of " + score.total() + ", target 95 %"),
                () -> assertEquals(List.of(), score.falseOffers(), "not offers, read as offers"),
                () -> assertEquals(List.of(), score.falseRejections(), "not rejections, read as rejections"));
    }

    /**
     * The second held-out set was written after all tuning, apart from the reader and the other
     * sets, and nobody tunes on it (its misses are not printed): its figure is the honest one for
     * mail the reader has not seen. It must never read a false offer or rejection; its accuracy is
     * held to {@link #HELD_OUT_FLOOR}, below the target met on the sets tuned on.
     */
    @Test
    @Timeout(120)
    void accuracyOnTheFreshHeldOutSet() {
        CorpusScore score = scoreOf(CorpusCase.all(CorpusCase.HELD_OUT_2));
        System.out.println("Fresh held-out set (never tuned on; misses not printed):");
        System.out.println(score.summary());
        assertReadable(score);
        assertAll(
                () -> assertTrue(score.rightKindAndDate() >= HELD_OUT_FLOOR * score.total(), "right kind and date: "
                        + score.rightKindAndDate() + " of " + score.total() + ", floor " + HELD_OUT_FLOOR),
                () -> assertEquals(0, score.falseOffers().size(), "not offers, read as offers"),
                () -> assertEquals(0, score.falseRejections().size(), "not rejections, read as rejections"));
    }

    private static CorpusScore scoreOf(List<CorpusCase> cases) {
        CorpusScore score = new CorpusScore();
        for (CorpusCase expected : cases) {
            try {
                IncomingMessage message = CorpusMessages.read(expected.path());
                score.add(expected, new ReplyReading(expected.context()).propose(message, APPLICATIONS));
            } catch (Exception | LinkageError e) {
                score.failed(expected, e);
            }
        }
        return score;
    }

    private static void assertReadable(CorpusScore score) {
        if (!score.failed().isEmpty()) {
            fail(score.failed().size() + " of " + score.total() + " messages could not be read; first: "
                    + score.failed().getFirst(), score.firstFailure());
        }
    }

    private static void assertCandidates(CorpusCase expected, ReplyMatch match) {
        switch (expected.match()) {
            case EMAIL, DOMAIN, COMPANY -> assertEquals(List.of(expected.applicationId()), match.candidates(),
                    "the one candidate");
            case AMBIGUOUS -> assertTrue(match.candidates().size() >= 2, "several candidates: " + match.candidates());
            case NONE -> assertEquals(List.of(), match.candidates(), "no candidate");
        }
    }

    private static void assertInText(IncomingMessage message, Evidence evidence, String what) {
        if (evidence == null) {
            return;
        }
        assertTrue(evidence.end() <= message.text().length(), what + " ends past the text");
        assertNotNull(evidence.sentence(), what);
        assertNotEquals("", evidence.sentence().strip(), what + " is empty");
        assertEquals(evidence.sentence(), message.text().substring(evidence.start(), evidence.end()),
                what + " is not where it says in the text");
    }
}
