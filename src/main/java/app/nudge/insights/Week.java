package app.nudge.insights;

import java.time.LocalDate;

/**
 * One week (Monday to Sunday) of the period.
 *
 * @param interviews       rounds whose interview date is in the week and that were held (ended by now)
 * @param messagesSent     THANK_YOU_SENT, FOLLOW_UP_SENT, OFFER_ANSWERED and REJECTION_ANSWERED dated in the week
 * @param answersReceived  REPLY_RECEIVED, CHECK_BACK_AGREED, OFFER_RECEIVED and REJECTION_RECEIVED dated in the week
 */
public record Week(LocalDate monday, int interviews, int messagesSent, int answersReceived) {
}
