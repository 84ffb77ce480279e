package app.nudge.insights;

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

/**
 * A fixed data set for the activity report: November 2026 up to the 26th, made on the 27th. Each
 * application carries edge cases; ActivityRowsTest lists the rows expected from it by hand.
 */
public final class ActivityFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final Period NOVEMBER_TO_26 = new Period(day(1), day(26));

    private ActivityFixture() {
    }

    public static LocalDate day(int november) {
        return LocalDate.of(2026, 11, november);
    }

    private static InterviewRound round(int november, int hour, String... interviewers) {
        return new InterviewRound(LocalDateTime.of(2026, 11, november, hour, 0), null, "", List.of(interviewers));
    }

    private static Application applied(String id, String company, String role, LocalDate appliedOn, Contact... contacts) {
        return new Application(id, company, role, "", appliedOn, "", "", "", false, false, "", List.of(contacts),
                List.of(), List.of());
    }

    public static List<Application> applications() {
        return List.of(acme(), acmeAgain(), zurich(), hooli(), initech(), globex());
    }

    /** Applied before the period; a panel; thank-yous recorded out of date order; follow-ups counted again after a reply; a round booked after today. */
    static Application acme() {
        return applied("acme", "Acme Corp", "Analyst", LocalDate.of(2026, 10, 28),
                new Contact("Pat Lee", "pat@acme.example", "", "Recruiter", true))
                .withInterviews(List.of(round(3, 14, "Zoë Berg", "Jürgen Schmidt"), round(28, 10, "Noor Haddad")))
                .withEvents(List.of(
                        Event.thankYouSent(day(4), null),
                        Event.thankYouSent(day(3), "Zoë Berg"),
                        Event.skipped(day(5), ActionType.FOLLOW_UP),
                        Event.followUp(day(10), Channel.EMAIL),
                        Event.snoozed(day(12), day(14)),
                        Event.of(EventType.VOICEMAIL_LEFT, day(13)),
                        Event.followUp(day(16), Channel.PHONE),
                        Event.reply(day(17), LocalDate.of(2026, 12, 4)),
                        Event.followUp(day(19), Channel.EMAIL)));
    }

    /** The same employer written in other capitals: ordered with Acme Corp by id. Offer, then rejection, then offer answered. */
    static Application acmeAgain() {
        return applied("acme-2", "ACME corp", "Data Engineer", day(3),
                new Contact("Ana Costa", "", "", "", false), new Contact("Mei Tanaka", "", "", "", true))
                .withInterviews(List.of(round(10, 9)))
                .withEvents(List.of(Event.of(EventType.OFFER_RECEIVED, day(20)),
                        Event.of(EventType.REJECTION_RECEIVED, day(21)), Event.of(EventType.OFFER_ANSWERED, day(22))));
    }

    /** Applied on the period's first day, rejected on its last, and a reply recorded after the rejection that day. */
    static Application zurich() {
        return applied("zb", "Zürich Bäckerei", "Baker", day(1), new Contact("Łukasz Nowak", "", "", "", false))
                .withEvents(List.of(Event.checkBack(day(3), day(10)), Event.of(EventType.REJECTION_RECEIVED, day(26)),
                        Event.reply(day(26), null)));
    }

    /** A rejection after round 1, then round 2: the rejection no longer counts (R1). */
    static Application hooli() {
        return applied("hooli", "Hooli", "Product Manager", day(2))
                .withInterviews(List.of(round(12, 16, "Sam Roe"), round(5, 11)))
                .withEvents(List.of(Event.of(EventType.REJECTION_RECEIVED, day(6)), Event.thankYouSent(day(12), null)));
    }

    /** No applied date, no contact; closed on the day of its only round (counts: on or after it). */
    static Application initech() {
        return Application.of("initech", "Initech", "QA Engineer")
                .withInterviews(List.of(round(18, 15)))
                .withEvents(List.of(Event.of(EventType.CLOSED, day(18))));
    }

    /** Nothing in the period: closed the day before it starts, withdrawn the day after it ends. */
    static Application globex() {
        return applied("globex", "Globex", "Sales Engineer", LocalDate.of(2026, 10, 1))
                .withInterviews(List.of(new InterviewRound(LocalDateTime.of(2026, 10, 15, 10, 0), null, "", List.of())))
                .withEvents(List.of(Event.of(EventType.CLOSED, LocalDate.of(2026, 10, 31)),
                        Event.of(EventType.WITHDRAWN, day(27))));
    }
}
