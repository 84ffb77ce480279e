package app.nudge.policy;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Short ways to write the histories the policy tests read. */
final class Histories {

    static final BusinessCalendar US = new HolidayCalendars().forCountry("US");
    static final Intervals STANDARD = Preset.STANDARD.intervals();

    static final Contact PAT = new Contact("Pat Lee", "pat@acme.example", "+1 555 0101", "Hiring Manager", true);
    static final Contact SAM = new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false);

    /** Mon 16 Nov 2026, 15:00; a decision promised by Fri 20 Nov (the example of docs/exchange-format.md). */
    static final LocalDateTime INTERVIEW_END = LocalDateTime.of(2026, 11, 16, 15, 0);
    static final LocalDate DECISION_BY = LocalDate.of(2026, 11, 20);

    private Histories() {
    }

    static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    static LocalDate dec(int day) {
        return LocalDate.of(2026, 12, day);
    }

    static InterviewRound round(LocalDateTime endedAt, LocalDate decisionBy) {
        return new InterviewRound(endedAt, decisionBy, "their move to event-driven billing", List.of("Pat Lee"));
    }

    /** Acme's Business Analyst application, interviewed Mon 16 Nov with a decision by Fri 20 Nov, Pat primary. */
    static Application acme(Event... events) {
        return Application.of("acme-ba", "Acme Corp", "Business Analyst")
                .withCountry("US")
                .withContacts(List.of(PAT, SAM))
                .withInterviews(List.of(round(INTERVIEW_END, DECISION_BY)))
                .withEvents(List.of(events));
    }

    /** The same application without a decision date. */
    static Application acmeWithoutDecisionDate(Event... events) {
        return acme(events).withInterviews(List.of(round(INTERVIEW_END, null)));
    }

    static Event thanked(LocalDate on) {
        return Event.of(EventType.THANK_YOU_SENT, on);
    }

    static Event followedUp(LocalDate on) {
        return Event.followUp(on, Channel.EMAIL);
    }

    static Event event(EventType type, LocalDate on) {
        return Event.of(type, on);
    }

    static Event skipped(LocalDate on, ActionType action) {
        return Event.skipped(on, action);
    }

    static PlannedAction next(Application app, LocalDate today) {
        return next(app, today, STANDARD);
    }

    static PlannedAction next(Application app, LocalDate today, Intervals intervals) {
        return FollowUpPolicy.next(app, today, US, intervals)
                .orElseThrow(() -> new AssertionError("expected a planned action for " + app.id()));
    }
}
