package app.nudge.ui.detail;

import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One line of an application's timeline: a round or an event.
 *
 * @param eventIndex the event's index in recorded order, or -1 for a round
 */
public record TimelineEntry(LocalDate date, String text, String detail, int eventIndex, int roundIndex) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public boolean isEvent() {
        return eventIndex >= 0;
    }

    public String dateText() {
        return DAY.format(date);
    }

    /** Rounds and events by date, newest first; same-day events keep their recorded order. */
    public static List<TimelineEntry> of(List<InterviewRound> rounds, List<Event> events) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            InterviewRound r = rounds.get(i);
            String who = r.interviewers().isEmpty() ? "" : " with " + String.join(", ", r.interviewers());
            String decision = r.decisionExpectedBy() == null ? "no decision date given"
                    : "decision expected by " + DAY.format(r.decisionExpectedBy());
            entries.add(new TimelineEntry(r.date(), "Interview" + who + " (ended " + TIME.format(r.endedAt()) + ")",
                    decision + (r.talkingPoint().isEmpty() ? "" : " · talked about " + r.talkingPoint()), -1, i));
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            entries.add(new TimelineEntry(e.date(), describe(e), e.note(), i, -1));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date)
                .thenComparing(entry -> entry.isEvent() ? 1 : 0)
                .thenComparingInt(TimelineEntry::eventIndex).reversed());
        return entries;
    }

    static String describe(Event e) {
        return switch (e.type()) {
            case THANK_YOU_SENT -> e.hasRecipient() ? "Thank-you note sent to " + e.recipient() : "Thank-you note sent";
            case FOLLOW_UP_SENT -> e.channel() == app.nudge.domain.Channel.PHONE ? "Followed up by phone" : "Followed up by email";
            case VOICEMAIL_LEFT -> "Left a voicemail";
            case REPLY_RECEIVED -> e.newDecisionBy() == null ? "They replied"
                    : "They replied: decision by " + DAY.format(e.newDecisionBy());
            case CHECK_BACK_AGREED -> "Agreed to check back on " + DAY.format(e.checkBackOn());
            case OFFER_RECEIVED -> "Offer received";
            case OFFER_ANSWERED -> "Answered the offer";
            case REJECTION_RECEIVED -> "They said no";
            case REJECTION_ANSWERED -> "Thanked them after the rejection";
            case WITHDRAWN -> "Withdrew";
            case CLOSED -> "Closed";
            case SKIPPED -> "Skipped: " + e.action().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (e.hasRecipient() ? " to " + e.recipient() : "");
            case SNOOZED -> "Snoozed until " + DAY.format(e.until());
        };
    }

    /** Events of this type need a second date when recorded or edited. */
    static boolean needsDate(EventType type) {
        return type == EventType.CHECK_BACK_AGREED || type == EventType.SNOOZED;
    }
}
