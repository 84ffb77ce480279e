package app.nudge.replies;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What the reader made of a message's text.
 *
 * @param kind          the proposed kind
 * @param date          the day the event is dated: the local date of the message's Date header,
 *                      or today for pasted text and a message without one
 * @param namedDate     the date the company named, if any: newDecisionBy (REPLY_RECEIVED),
 *                      checkBackOn (CHECK_BACK_AGREED), the day of the round (NEXT_ROUND); else null
 * @param namedTime     for NEXT_ROUND, the time named ("at 2pm"), else null
 * @param kindEvidence  the sentence that decided the kind, or null (e.g. a plain reply)
 * @param dateEvidence  the sentence that gave {@code namedDate}, or null
 */
public record Reading(ReplyKind kind, LocalDate date, LocalDate namedDate, LocalTime namedTime,
                      Evidence kindEvidence, Evidence dateEvidence) {

    public Reading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
