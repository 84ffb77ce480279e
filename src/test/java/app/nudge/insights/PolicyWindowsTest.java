package app.nudge.insights;

import static app.nudge.insights.InsightsFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.BusinessCalendar;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.Preset;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The standard windows replay the policy as it stood before each follow-up (docs/insights.md,
 * "In window or late"). Weekends only, Standard preset (n..m = 5..7, s..t = 5..7 business days).
 * Round on Mon 2 Nov 2026, no decision date, thanked the same day: R8 plans the first follow-up
 * from 2 Nov + 5 bd = Mon 9 Nov to 2 Nov + 7 bd = Wed 11 Nov.
 */
class PolicyWindowsTest {

    private static final PolicyWindows WINDOWS = new PolicyWindows(
            CalendarChooser.always(BusinessCalendar.weekendsOnly()), Preset.STANDARD.intervals());
    private static final PlannedWindows.Window FIRST = new PlannedWindows.Window(d("2026-11-09"), d("2026-11-11"));

    private static InterviewRound round(String endedAt) {
        return new InterviewRound(LocalDateTime.parse(endedAt), null, "", List.of());
    }

    private static Application interviewedOn2Nov(Event... after) {
        List<Event> events = new java.util.ArrayList<>(List.of(Event.of(EventType.THANK_YOU_SENT, d("2026-11-02"))));
        events.addAll(List.of(after));
        return Application.of("a", "A", "R").withInterviews(List.of(round("2026-11-02T10:00"))).withEvents(events);
    }

    @Test
    void r8EarlyInWindowAndLateFollowUpsAllSeeTheSameFirstWindow() {
        assertEquals(Optional.of(FIRST), WINDOWS.forFollowUp(
                interviewedOn2Nov(Event.followUp(d("2026-11-05"), Channel.EMAIL)), 1), "early (Thu 5 Nov)");
        assertEquals(Optional.of(FIRST), WINDOWS.forFollowUp(
                interviewedOn2Nov(Event.followUp(d("2026-11-10"), Channel.EMAIL)), 1), "in window (Tue 10 Nov)");
        assertEquals(Optional.of(FIRST), WINDOWS.forFollowUp(
                interviewedOn2Nov(Event.followUp(d("2026-11-13"), Channel.EMAIL)), 1), "late (Fri 13 Nov)");
    }

    @Test
    void r9TheSecondAttemptIsPlannedFromTheFirst() {
        // First on Tue 10 Nov: R9 from 10 Nov + 5 bd = Tue 17 Nov to + 7 bd = Thu 19 Nov.
        Application app = interviewedOn2Nov(Event.followUp(d("2026-11-10"), Channel.EMAIL),
                Event.followUp(d("2026-11-20"), Channel.EMAIL));
        assertEquals(Optional.of(new PlannedWindows.Window(d("2026-11-17"), d("2026-11-19"))),
                WINDOWS.forFollowUp(app, 2));
    }

    @Test
    void aRoundHeldAfterTheFollowUpIsNotPartOfWhatWasPlanned() {
        // With round 2 of 12 Nov counted, the latest round would be after the follow-up and R4 (a
        // thank-you) would be planned: no window. Only rounds dated on or before the follow-up count.
        Application app = interviewedOn2Nov(Event.followUp(d("2026-11-10"), Channel.EMAIL))
                .withInterviews(List.of(round("2026-11-02T10:00"), round("2026-11-12T10:00")));
        assertEquals(Optional.of(FIRST), WINDOWS.forFollowUp(app, 1));
    }

    @Test
    void onlyEventsBeforeTheFollowUpCountEvenWhenRecordedOutOfOrder() {
        // A reply recorded first but dated after the follow-up must not move the window (R8's clock
        // would start at the reply); a reply on the same day recorded after it must not either.
        Application app = interviewedOn2Nov(Event.followUp(d("2026-11-10"), Channel.EMAIL),
                Event.reply(d("2026-11-10"), null))
                .withEvents(List.of(Event.reply(d("2026-11-16"), null), Event.of(EventType.THANK_YOU_SENT, d("2026-11-02")),
                        Event.followUp(d("2026-11-10"), Channel.EMAIL), Event.reply(d("2026-11-10"), null)));
        assertEquals(Optional.of(FIRST), WINDOWS.forFollowUp(app, 2));
    }

    @Test
    void noWindowWhenTheThankYouWasDueOrThereIsNoRound() {
        // Not thanked: R4 plans the thank-you, which a follow-up does not complete.
        Application unthanked = Application.of("u", "U", "R").withInterviews(List.of(round("2026-11-02T10:00")))
                .withEvents(List.of(Event.followUp(d("2026-11-03"), Channel.EMAIL)));
        assertEquals(Optional.empty(), WINDOWS.forFollowUp(unthanked, 0));
        // No round yet: R1 plans nothing.
        Application noRound = Application.of("n", "N", "R").withEvents(List.of(Event.followUp(d("2026-11-03"), Channel.EMAIL)));
        assertEquals(Optional.empty(), WINDOWS.forFollowUp(noRound, 0));
    }

    @Test
    void insightsCountEarlyAndInWindowAsOnTimeAndAfterTheDueDayAsLate() {
        Application early = interviewedOn2Nov(Event.followUp(d("2026-11-05"), Channel.EMAIL));
        Application inWindow = interviewedOn2Nov(Event.followUp(d("2026-11-10"), Channel.EMAIL),
                Event.reply(d("2026-11-12"), null));
        Application late = interviewedOn2Nov(Event.followUp(d("2026-11-13"), Channel.EMAIL));
        FollowUpFigures f = new Insights(WINDOWS, "STANDARD")
                .compute(List.of(early, inWindow, late), List.of(), Period.all(), d("2026-11-23")).followUps();
        assertEquals(new Count(2, 1), f.inWindow());
        assertEquals(new Count(1, 0), f.late());
        assertEquals(Count.NONE, f.noWindow());
    }
}
