package app.nudge.ui.detail;

import static app.nudge.i18n.Texts.t;

import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of an application's timeline: a round or an event. Its texts are written when the
 * timeline is built, in the language of that moment; an event's words come from
 * {@code detail.event.<EventType>} (the domain names no words).
 *
 * @param eventIndex the event's index in recorded order, or -1 for a round
 */
public record TimelineEntry(LocalDate date, String text, String detail, int eventIndex, int roundIndex) {

    public boolean isEvent() {
        return eventIndex >= 0;
    }

    public String dateText() {
        return day(date);
    }

    /** Rounds and events by date, newest first; same-day events keep their recorded order. */
    public static List<TimelineEntry> of(List<InterviewRound> rounds, List<Event> events) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            InterviewRound r = rounds.get(i);
            String ended = Texts.current().date("format.time", r.endedAt());
            String text = r.interviewers().isEmpty() ? t("detail.round", "time", ended)
                    : t("detail.round.with", "names", String.join(", ", r.interviewers()), "time", ended);
            String decision = r.decisionExpectedBy() == null ? t("detail.round.noDecision")
                    : t("detail.round.decision", "day", day(r.decisionExpectedBy()));
            String detail = r.talkingPoint().isEmpty() ? decision
                    : decision + " · " + t("detail.round.talkedAbout", "point", r.talkingPoint());
            entries.add(new TimelineEntry(r.date(), text, detail, -1, i));
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

    /** What happened, in a few words: "Thank-you note sent to Pat Lee", "Snoozed until Mon 30 Nov 2026". */
    static String describe(Event e) {
        String key = "detail.event." + e.type().name();
        Texts texts = Texts.current();
        return switch (e.type()) {
            case THANK_YOU_SENT -> e.hasRecipient() ? texts.get(key + ".to", "name", e.recipient()) : texts.get(key);
            case FOLLOW_UP_SENT -> texts.get(e.channel() == Channel.PHONE ? key + ".phone" : key);
            case REPLY_RECEIVED -> e.newDecisionBy() == null ? texts.get(key)
                    : texts.get(key + ".decision", "day", day(e.newDecisionBy()));
            case CHECK_BACK_AGREED -> texts.get(key, "day", day(e.checkBackOn()));
            case SKIPPED -> {
                String action = texts.get("detail.action." + e.action().name());
                yield e.hasRecipient() ? texts.get(key + ".to", "action", action, "name", e.recipient())
                        : texts.get(key, "action", action);
            }
            case SNOOZED -> texts.get(key, "day", day(e.until()));
            default -> texts.get(key);
        };
    }

    /** Events of this type need a second date when recorded or edited. */
    static boolean needsDate(EventType type) {
        return type == EventType.CHECK_BACK_AGREED || type == EventType.SNOOZED;
    }

    private static String day(LocalDate date) {
        return Texts.current().date("format.dayYear", date);
    }
}
