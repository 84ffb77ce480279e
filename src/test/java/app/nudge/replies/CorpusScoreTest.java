package app.nudge.replies;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus summary counts what it says it counts, so its 95 % line and its zero lines can fail. */
class CorpusScoreTest {

    private static final CorpusCase OFFER = expect(ReplyKind.OFFER_RECEIVED, null, null);
    private static final CorpusCase ROUND = expect(ReplyKind.NEXT_ROUND, LocalDate.of(2026, 12, 10), LocalTime.of(14, 0));
    private static final CorpusCase REPLY = expect(ReplyKind.REPLY_RECEIVED, LocalDate.of(2026, 12, 4), null);

    @Test
    void aRightKindWithAWrongDateOrTimeIsNotRightKindAndDate() {
        CorpusScore score = new CorpusScore();
        score.add(ROUND, proposal(ReplyKind.NEXT_ROUND, LocalDate.of(2026, 12, 10), LocalTime.of(14, 0)));
        score.add(ROUND, proposal(ReplyKind.NEXT_ROUND, LocalDate.of(2026, 12, 10), LocalTime.NOON));
        score.add(REPLY, proposal(ReplyKind.REPLY_RECEIVED, LocalDate.of(2026, 12, 11), null));
        assertEquals(3, score.total());
        assertEquals(1, score.rightKindAndDate());
        assertTrue(score.table().contains("MISS f.eml: read NEXT_ROUND 2026-12-10 12:00"), score.table());
    }

    @Test
    void offersAndRejectionsReadWhereThereAreNoneAreListed() {
        CorpusScore score = new CorpusScore();
        score.add(REPLY, proposal(ReplyKind.OFFER_RECEIVED, null, null));
        score.add(ROUND, proposal(ReplyKind.REJECTION_RECEIVED, null, null));
        score.add(OFFER, proposal(ReplyKind.OFFER_RECEIVED, null, null));
        assertEquals(List.of("f.eml"), score.falseOffers());
        assertEquals(List.of("f.eml"), score.falseRejections());
        assertEquals(1, score.rightKindAndDate());
    }

    @Test
    void aReadingThatThrowsCountsAsAFailureNotASkip() {
        CorpusScore score = new CorpusScore();
        score.failed(OFFER, new UnsupportedOperationException("placeholder"));
        assertEquals(1, score.total());
        assertEquals(0, score.rightKindAndDate());
        assertEquals(1, score.failed().size());
    }

    private static CorpusCase expect(ReplyKind kind, LocalDate date, LocalTime time) {
        return new CorpusCase(CorpusCase.CORPUS, "f.eml", MatchKind.EMAIL, "a", kind, date, time, Locale.US, "");
    }

    private static ReplyProposal proposal(ReplyKind kind, LocalDate date, LocalTime time) {
        IncomingMessage message = IncomingMessage.pasted("text");
        return new ReplyProposal(message, new ReplyMatch(MatchKind.EMAIL, "a", List.of("a")),
                new Reading(kind, LocalDate.of(2026, 12, 1), date, time, null, null));
    }
}
