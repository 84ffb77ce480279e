package app.nudge.insights;

import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Whether an interview round has been held: its {@code endedAt} is not after now (the issue's
 * words: "not in the future"). A round booked for later today is not held yet. Callers that know
 * only the day pass {@link #endOf(LocalDate)}, which counts every round of that day.
 */
final class HeldRounds {

    private HeldRounds() {
    }

    static boolean held(InterviewRound round, LocalDateTime now) {
        return !round.endedAt().isAfter(now);
    }

    static boolean anyHeld(List<InterviewRound> rounds, LocalDateTime now) {
        for (int i = 0, size = rounds.size(); i < size; i++) {
            if (held(rounds.get(i), now)) {
                return true;
            }
        }
        return false;
    }

    /** The last moment of a day: every round of that day counts as held. */
    static LocalDateTime endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX);
    }
}
