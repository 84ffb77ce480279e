package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The fixed data set of the insights tests (the pure figures and {@code nudge insights}), today
 * Monday 23 Nov 2026. Each application carries one or more edge cases of docs/insights.md; the
 * expected figures are worked out by hand in the tests that use it.
 */
public final class InsightsFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private InsightsFixture() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static InterviewRound round(String endedAt) {
        return new InterviewRound(LocalDateTime.parse(endedAt), null, "", List.of("Pat Lee"));
    }

    static Event fu(String date, Channel channel) {
        return Event.followUp(d(date), channel);
    }

    static Event ev(EventType type, String date) {
        return Event.of(type, d(date));
    }

    /**
     * acme (DE): a reply on the same day as the follow-up; attempts reset by that reply; a
     * follow-up never answered because the next one went out first; an offer answering a phone call.
     */
    public static Application acme() {
        return Application.of("acme", "Acme", "Analyst").withCountry("DE")
                .withInterviews(List.of(round("2026-10-05T10:00")))
                .withEvents(List.of(
                        ev(EventType.THANK_YOU_SENT, "2026-10-06"),
                        fu("2026-10-14", Channel.EMAIL),
                        Event.reply(d("2026-10-14"), null),
                        fu("2026-10-21", Channel.EMAIL),
                        fu("2026-10-28", Channel.PHONE),
                        ev(EventType.OFFER_RECEIVED, "2026-11-02")));
    }

    /** beta: a late thank-you, two follow-ups never answered, then closed without an answer. */
    public static Application beta() {
        return withApplied(Application.of("beta", "Beta", "Engineer"), "2026-10-10")
                .withInterviews(List.of(round("2026-10-20T15:00")))
                .withEvents(List.of(
                        ev(EventType.THANK_YOU_SENT, "2026-10-22"),
                        fu("2026-10-30", Channel.EMAIL),
                        fu("2026-11-06", Channel.EMAIL),
                        ev(EventType.CLOSED, "2026-11-20")));
    }

    /** gamma: no round at all (counted by appliedOn); a rejection answers its follow-up. */
    public static Application gamma() {
        return withApplied(Application.of("gamma", "Gamma", "Designer"), "2026-11-01")
                .withEvents(List.of(
                        fu("2026-11-10", Channel.EMAIL),
                        ev(EventType.REJECTION_RECEIVED, "2026-11-12")));
    }

    /** delta: only a future round (not interviewed); a WITHDRAWN before that round no longer counts (R1). */
    public static Application delta() {
        return withApplied(Application.of("delta", "Delta", "Manager"), "2026-11-05")
                .withInterviews(List.of(round("2026-11-26T09:00")))
                .withEvents(List.of(ev(EventType.WITHDRAWN, "2026-11-02")));
    }

    /** epsilon: neither appliedOn nor a round (counted only in Period.all()); withdrawn. */
    public static Application epsilon() {
        return Application.of("epsilon", "Epsilon", "Writer")
                .withEvents(List.of(ev(EventType.WITHDRAWN, "2026-11-03")));
    }

    /**
     * phi: two follow-ups on one day and a reply the next day, recorded out of date order (the
     * reply first): the reply answers the later follow-up only.
     */
    public static Application phi() {
        return withApplied(Application.of("phi", "Phi", "Tester"), "2026-11-01")
                .withInterviews(List.of(round("2026-11-09T11:00")))
                .withEvents(List.of(
                        Event.reply(d("2026-11-18"), d("2026-11-30")),
                        fu("2026-11-17", Channel.EMAIL),
                        fu("2026-11-17", Channel.PHONE)));
    }

    /**
     * rho: two rounds (recorded newest first); the second round starts the attempts again; a check-back answers; a
     * rejection with no follow-up waiting answers nothing; a thank-you two days after round 2 is late.
     */
    public static Application rho() {
        return withApplied(Application.of("rho", "Rho", "Architect"), "2026-08-20")
                .withInterviews(List.of(round("2026-09-24T16:00"), round("2026-09-01T10:00")))
                .withEvents(List.of(
                        ev(EventType.THANK_YOU_SENT, "2026-09-02"),
                        fu("2026-09-10", Channel.EMAIL),
                        fu("2026-09-17", Channel.EMAIL),
                        ev(EventType.THANK_YOU_SENT, "2026-09-26"),
                        fu("2026-10-02", Channel.EMAIL),
                        Event.checkBack(d("2026-10-05"), d("2026-10-12")),
                        ev(EventType.REJECTION_RECEIVED, "2026-10-20"),
                        ev(EventType.REJECTION_ANSWERED, "2026-10-21")));
    }

    public static List<Application> all() {
        return List.of(acme(), beta(), gamma(), delta(), epsilon(), phi(), rho());
    }

    private static Application withApplied(Application app, String appliedOn) {
        return new Application(app.id(), app.company(), app.role(), app.country(), d(appliedOn), app.url(),
                app.location(), app.source(), app.mayCall(), app.knownDelay(), app.notes(), app.contacts(),
                app.interviews(), app.events());
    }
}
