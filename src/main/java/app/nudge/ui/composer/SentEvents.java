package app.nudge.ui.composer;

import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;

/**
 * The event that completes a planned action once its message is sent (docs/follow-up-rules.md,
 * "The next step of each open application").
 */
final class SentEvents {

    private SentEvents() {
    }

    /** {@code interviewer}: after a panel, the one person whose thank-you this was (R4); else null. */
    static Event completing(PlannedAction next, String interviewer, LocalDate today) {
        return switch (next.action()) {
            case THANK_YOU -> Event.thankYouSent(today, interviewer);
            case FOLLOW_UP, FINAL_FOLLOW_UP, SECONDARY_CONTACT, EMAIL_AFTER_VOICEMAIL, CHECK_BACK -> Event.followUp(today, next.channel());
            case CLOSE_OUT -> Event.of(EventType.CLOSED, today);
            case THANK_AFTER_REJECTION -> Event.of(EventType.REJECTION_ANSWERED, today);
            case REPLY_TO_OFFER -> Event.of(EventType.OFFER_ANSWERED, today);
        };
    }
}
