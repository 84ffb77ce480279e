package app.nudge.replies;

import java.util.EnumMap;
import java.util.Map;

/**
 * The second held-out set ({@code replies/heldout2/}): written after all tuning by someone who read
 * neither the reader's code, its phrase table, the corpus nor the first held-out set, and never
 * tuned on, so its score is a fresh estimate on unseen mail. Written to this mix exactly.
 */
class HeldOut2FilesTest extends HeldOutSetTest {

    HeldOut2FilesTest() {
        super(CorpusCase.HELD_OUT_2, new Mix(30, true, new EnumMap<>(Map.of(
                ReplyKind.REPLY_RECEIVED, 7, ReplyKind.CHECK_BACK_AGREED, 5, ReplyKind.REJECTION_RECEIVED, 5,
                ReplyKind.OFFER_RECEIVED, 4, ReplyKind.NEXT_ROUND, 4, ReplyKind.NOT_A_REPLY, 5)), 1, 3));
    }
}
