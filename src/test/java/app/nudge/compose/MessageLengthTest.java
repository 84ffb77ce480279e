package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.email;
import static app.nudge.compose.Fixtures.words;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each later message in a thread is shorter than the one before [004]. */
class MessageLengthTest {

    private final Composer composer = new Composer();

    @Test
    void eachLaterMessageIsShorter() {
        List<ActionType> thread = List.of(ActionType.THANK_YOU, ActionType.FOLLOW_UP,
                ActionType.FINAL_FOLLOW_UP, ActionType.CLOSE_OUT);
        int previous = Integer.MAX_VALUE;
        for (ActionType type : thread) {
            int count = words(composer.draft(acme(), email(type), JANE, null).body());
            assertTrue(count < previous, type + " has " + count + " words, not fewer than " + previous);
            previous = count;
        }
    }

    @Test
    void everyFirstFollowUpVariantIsShorterThanTheThankYouAndLongerThanTheFinal() {
        int thankYou = words(composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null).body());
        int last = words(composer.draft(acme(), email(ActionType.FINAL_FOLLOW_UP), JANE, null).body());
        for (String variant : TemplateCatalog.variants(ActionType.FOLLOW_UP)) {
            int count = words(composer.draft(acme(), email(ActionType.FOLLOW_UP), JANE, variant).body());
            assertTrue(last < count && count < thankYou, variant + ": " + count);
        }
    }
}
