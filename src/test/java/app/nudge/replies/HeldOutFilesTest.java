package app.nudge.replies;

import java.util.EnumMap;
import java.util.Map;

/**
 * The first held-out set ({@code replies/heldout/}): written apart from the corpus and the reader;
 * its misses were later seen and tuned on, so it is development data now (see ReplyCorpusTest).
 */
class HeldOutFilesTest extends HeldOutSetTest {

    HeldOutFilesTest() {
        super(CorpusCase.HELD_OUT, new Mix(40, false, new EnumMap<>(Map.of(
                ReplyKind.REPLY_RECEIVED, 9, ReplyKind.CHECK_BACK_AGREED, 6, ReplyKind.REJECTION_RECEIVED, 7,
                ReplyKind.OFFER_RECEIVED, 5, ReplyKind.NEXT_ROUND, 6, ReplyKind.NOT_A_REPLY, 7)), 2, 2));
    }
}
