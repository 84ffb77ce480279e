package app.nudge.replies;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user accepted, possibly after changing the kind or the dates the reader proposed, and
 * the one change it makes to an application. The note is the message's subject: the body is never
 * stored.
 *
 * @param kind      the accepted kind; NOT_A_REPLY records nothing
 * @param date      the day of the event (the message's date)
 * @param namedDate newDecisionBy, checkBackOn, or the next round's day (required for those two)
 * @param namedTime the next round's time; {@link #DEFAULT_ROUND_TIME} when none was named
 * @param note      the message's subject
 */
public record Acceptance(ReplyKind kind, LocalDate date, LocalDate namedDate, LocalTime namedTime, String note) {

    /** A round invitation that names a day but no hour is placed at noon, clearly a guess to edit. */
    public static final LocalTime DEFAULT_ROUND_TIME = LocalTime.NOON;

    public Acceptance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note.strip();
    }

    /** What the reader proposed, accepted as it stands. */
    public static Acceptance of(ReplyProposal proposal) {
        Reading reading = proposal.reading();
        return new Acceptance(reading.kind(), reading.date(), reading.namedDate(), reading.namedTime(),
                proposal.message().subject());
    }

    /**
     * The event to record, or empty when this records a round or nothing. A next round without a
     * named day is still an answer: it is recorded as REPLY_RECEIVED, so no follow-up is planned
     * to someone who already wrote back.
     */
    public Optional<Event> event() {
        Event event = switch (kind) {
            case REPLY_RECEIVED -> Event.reply(date, namedDate);
            case CHECK_BACK_AGREED -> namedDate == null ? Event.reply(date, null) : Event.checkBack(date, namedDate);
            case REJECTION_RECEIVED -> Event.of(EventType.REJECTION_RECEIVED, date);
            case OFFER_RECEIVED -> Event.of(EventType.OFFER_RECEIVED, date);
            case NEXT_ROUND -> namedDate == null ? Event.reply(date, null) : null;
            case NOT_A_REPLY -> null;
        };
        return Optional.ofNullable(event).map(e -> e.withNote(note));
    }

    /** The scheduled round to add, or empty. */
    public Optional<InterviewRound> round() {
        if (kind != ReplyKind.NEXT_ROUND || namedDate == null) {
            return Optional.empty();
        }
        LocalDateTime endedAt = namedDate.atTime(namedTime == null ? DEFAULT_ROUND_TIME : namedTime);
        return Optional.of(new InterviewRound(endedAt, null, "", List.of()));
    }

    /** The application with this acceptance recorded (unchanged for NOT_A_REPLY). */
    public Application applyTo(Application application) {
        Application changed = application;
        Optional<Event> event = event();
        if (event.isPresent()) {
            List<Event> events = new ArrayList<>(changed.events());
            events.add(event.get());
            changed = changed.withEvents(events);
        }
        Optional<InterviewRound> round = round();
        if (round.isPresent()) {
            List<InterviewRound> rounds = new ArrayList<>(changed.interviews());
            rounds.add(round.get());
            changed = changed.withInterviews(rounds);
        }
        return changed;
    }
}
