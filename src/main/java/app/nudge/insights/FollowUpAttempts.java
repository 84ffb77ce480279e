package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every FOLLOW_UP_SENT of one application with its attempt number and its answer, worked out on
 * the whole history in one pass over the events in {@link EventOrder} (docs/insights.md, "Follow-ups").
 */
final class FollowUpAttempts {

    /**
     * One follow-up.
     *
     * @param eventIndex its index in {@code app.events()}
     * @param attempt    1 for the first since the last reset
     * @param answeredOn the date of its first answer, or null when it was never answered
     */
    record FollowUp(int eventIndex, LocalDate date, Channel channel, int attempt, LocalDate answeredOn) {

        boolean answered() {
            return answeredOn != null;
        }

        /** Calendar days from the follow-up to its answer. */
        int daysToAnswer() {
            return (int) (answeredOn.toEpochDay() - date.toEpochDay());
        }

        FollowUp answeredOn(LocalDate day) {
            return new FollowUp(eventIndex, date, channel, attempt, day);
        }
    }

    private FollowUpAttempts() {
    }

    /**
     * @param order      the events' indices in {@link EventOrder}
     * @param roundDates {@link RoundDates#of} the application
     */
    static List<FollowUp> of(Application app, int[] order, LocalDate[] roundDates) {
        List<Event> events = app.events();
        List<FollowUp> followUps = null;
        int sinceReset = 0;
        int nextRound = 0;
        int waiting = -1; // the position in followUps of the follow-up still waiting for its answer
        for (int index : order) {
            Event event = events.get(index);
            // A round held on or before this event's date starts the count again: the latest round
            // before a follow-up is the one it follows up on (follow-ups on the round's own day count after it).
            while (nextRound < roundDates.length && !event.date().isBefore(roundDates[nextRound])) {
                sinceReset = 0;
                nextRound++;
            }
            switch (event.type()) {
                case FOLLOW_UP_SENT -> {
                    sinceReset++;
                    if (followUps == null) {
                        followUps = new ArrayList<>(4);
                    }
                    // A later follow-up ends the wait of an earlier one: answers after it are its own.
                    waiting = followUps.size();
                    followUps.add(new FollowUp(index, event.date(), event.channel(), sinceReset, null));
                }
                case REPLY_RECEIVED, CHECK_BACK_AGREED -> {
                    sinceReset = 0;
                    waiting = answer(followUps, waiting, event.date());
                }
                case OFFER_RECEIVED, REJECTION_RECEIVED -> waiting = answer(followUps, waiting, event.date());
                default -> {
                    // thank-yous, voicemails, closing events, skips and snoozes neither count nor answer
                }
            }
        }
        return followUps == null ? List.of() : followUps;
    }

    /** Marks the waiting follow-up answered on {@code day}; nothing is waiting afterwards. */
    private static int answer(List<FollowUp> followUps, int waiting, LocalDate day) {
        if (waiting >= 0) {
            followUps.set(waiting, followUps.get(waiting).answeredOn(day));
        }
        return -1;
    }
}
