package app.nudge.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One interview round. {@code endedAt} is local wall-clock time; it may lie in the future for a
 * round that is scheduled but not yet held. {@code decisionExpectedBy} is the date the interviewer
 * named for a decision, or null when none was given.
 */
public record InterviewRound(LocalDateTime endedAt, LocalDate decisionExpectedBy, String talkingPoint,
                             List<String> interviewers) {

    public InterviewRound {
        Objects.requireNonNull(endedAt, "endedAt");
        // Kept to the microsecond, as both of Nudge's databases store it (PostgreSQL keeps no finer):
        // what is read back is then exactly what was written, on either.
        endedAt = endedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        talkingPoint = Texts.orEmpty(talkingPoint);
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
    }

    /** The interview date of docs/follow-up-rules.md (section 1): the local date the round ended. */
    public LocalDate date() {
        return endedAt.toLocalDate();
    }
}
