package app.nudge.ui.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.replies.Evidence;
import app.nudge.replies.Reading;
import app.nudge.replies.ReplyKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceMarksTest {

    private static final String TEXT = "Hi Jane. We enjoyed meeting you. Could you check back on Friday? Best, Dana";

    private static Reading reading(Evidence kind, Evidence date) {
        return new Reading(ReplyKind.CHECK_BACK_AGREED, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), null,
                kind, date);
    }

    private static Evidence at(String sentence) {
        int start = TEXT.indexOf(sentence);
        return new Evidence(sentence, start, start + sentence.length());
    }

    @Test
    void piecesJoinBackIntoTheTextWithTheEvidenceMarkedInPlace() {
        Evidence kind = at("Could you check back on Friday?");
        List<EvidenceMarks.Piece> pieces = EvidenceMarks.pieces(TEXT, reading(kind, kind));
        assertEquals(TEXT, pieces.stream().map(EvidenceMarks.Piece::text).reduce("", String::concat));
        assertEquals(3, pieces.size());
        assertEquals(EvidenceMarks.Role.BOTH, pieces.get(1).role());
        assertEquals("Could you check back on Friday?", pieces.get(1).text());
        assertEquals("\u201cCould you check back on Friday?\u201d decided the kind and gave the date.",
                EvidenceMarks.marks(TEXT, reading(kind, kind)).get(0).line());
    }

    @Test
    void twoSentencesAreTwoHighlightsInTextOrder() {
        List<EvidenceMarks.Piece> pieces = EvidenceMarks.pieces(TEXT,
                reading(at("Could you check back on Friday?"), at("We enjoyed meeting you.")));
        List<EvidenceMarks.Role> roles = pieces.stream().map(EvidenceMarks.Piece::role).toList();
        assertEquals(java.util.Arrays.asList(null, EvidenceMarks.Role.DATE, null, EvidenceMarks.Role.KIND, null), roles);
    }

    @Test
    void offsetsBeyondTheTextAreClippedAndOverlapsCut() {
        Evidence past = new Evidence("x", TEXT.length() - 4, TEXT.length() + 40);
        List<EvidenceMarks.Piece> pieces = EvidenceMarks.pieces(TEXT, reading(past, new Evidence("y", 500, 600)));
        assertEquals(TEXT, pieces.stream().map(EvidenceMarks.Piece::text).reduce("", String::concat));
        assertEquals("Dana", pieces.get(pieces.size() - 1).text());

        Evidence wide = new Evidence("w", 0, 40);
        Evidence inside = new Evidence("i", 10, 20);
        List<EvidenceMarks.Piece> overlapping = EvidenceMarks.pieces(TEXT, reading(inside, wide));
        assertEquals(TEXT, overlapping.stream().map(EvidenceMarks.Piece::text).reduce("", String::concat));
        assertEquals(EvidenceMarks.Role.DATE, overlapping.get(0).role());
        assertEquals(0, overlapping.get(0).start());
        assertEquals(10, overlapping.get(0).end());
        assertEquals(EvidenceMarks.Role.KIND, overlapping.get(1).role());
    }

    @Test
    void companyIsGuessedFromTheSendersDomainButNeverFromFreeMailOrHiringSystems() {
        assertEquals("Acme Corp", CompanyGuess.fromAddress("jobs@careers.acme-corp.com"));
        assertEquals("Initech", CompanyGuess.fromAddress("hr@initech.co.uk"));
        assertEquals("", CompanyGuess.fromAddress("dana.lee@gmail.com"));
        assertEquals("", CompanyGuess.fromAddress("no-reply@greenhouse.io"));
        assertEquals("", CompanyGuess.fromAddress(""));
    }
}
