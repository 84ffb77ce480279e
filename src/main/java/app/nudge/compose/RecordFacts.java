package app.nudge.compose;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.ThankYouStep;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The facts a message quotes from an application's record. Like the policy
 * (docs/follow-up-rules.md, "The next step of each open application"), only events dated on or
 * after the latest round's interview date count, and events on the same date keep the order
 * they were recorded in.
 */
final class RecordFacts {

    private final Application app;
    private final Optional<InterviewRound> round;
    private final List<Event> events;

    RecordFacts(Application app) {
        this.app = app;
        this.round = app.latestRound();
        LocalDate from = round.map(InterviewRound::date).orElse(LocalDate.MIN);
        // A stable sort keeps same-day events in their recorded order.
        this.events = app.events().stream()
                .filter(e -> !e.date().isBefore(from))
                .sorted(Comparator.comparing(Event::date))
                .toList();
    }

    Optional<LocalDate> interviewDate() {
        return round.map(InterviewRound::date);
    }

    /** The talking point without trailing punctuation, since templates put it mid-sentence. */
    String talkingPoint() {
        return round.map(r -> r.talkingPoint().strip().replaceAll("[.!;,:\\s]+$", "")).orElse("");
    }

    List<String> interviewers() {
        return round.map(ThankYouStep::panel).orElse(List.of());
    }

    /** The date a decision was last promised for: a reply's new date, else the round's (R7). */
    Optional<LocalDate> decisionDate() {
        return latest(EventType.REPLY_RECEIVED, e -> e.newDecisionBy() != null).map(Event::newDecisionBy)
                .or(() -> round.map(InterviewRound::decisionExpectedBy));
    }

    Optional<LocalDate> checkBackDate() {
        return latest(EventType.CHECK_BACK_AGREED, e -> e.checkBackOn() != null).map(Event::checkBackOn);
    }

    Optional<LocalDate> voicemailDate() {
        return latest(EventType.VOICEMAIL_LEFT, e -> true).map(Event::date);
    }

    Application application() {
        return app;
    }

    private Optional<Event> latest(EventType type, java.util.function.Predicate<Event> also) {
        Event found = null;
        for (Event e : events) {
            if (e.type() == type && also.test(e)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }
}
