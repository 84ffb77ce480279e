package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The acts of one application dated in a period, in the order recorded: applied, then the rounds
 * held, then the events (by date, same-day events as recorded). {@link ActivityRows} sorts them in
 * with the other applications' acts.
 */
final class ActivityActs {

    private final Application application;
    private final Period period;
    private final LocalDateTime now;
    private final Standing result;
    private final String primaryContact;
    /** The rounds from the earliest end to the latest (equal ends in recorded order): "round 1" is the first. */
    private final InterviewRound[] chronological;

    private ActivityActs(Application application, Period period, LocalDateTime now) {
        this.application = application;
        this.period = period;
        this.now = now;
        this.result = ActivityStanding.of(application, now);
        this.primaryContact = application.primaryContact().map(Contact::name).orElse("").strip();
        this.chronological = application.interviews().toArray(new InterviewRound[0]);
        Arrays.sort(chronological, Comparator.comparing(InterviewRound::endedAt)); // stable
    }

    /** Adds the application's acts dated in {@code period} to {@code rows}. */
    static void addTo(List<ActivityRow> rows, Application application, Period period, LocalDateTime now) {
        new ActivityActs(application, period, now).add(rows);
    }

    private void add(List<ActivityRow> rows) {
        if (application.appliedOn() != null) {
            addRow(rows, application.appliedOn(), primaryContact, Act.APPLIED, How.APPLICATION, "");
        }
        for (InterviewRound round : application.interviews()) {
            if (HeldRounds.held(round, now)) { // a booked round is not an act yet
                addRow(rows, round.date(), interviewersOr(round, primaryContact), Act.INTERVIEW, How.INTERVIEW,
                        "round " + roundNumber(round));
            }
        }
        addEvents(rows);
    }

    private void addEvents(List<ActivityRow> rows) {
        List<Event> events = application.events();
        int[] order = EventOrder.of(events);
        // The attempt numbers of the insights (reset by a reply, a check-back or a new round): one numbering.
        int[] attempts = new int[events.size()];
        for (FollowUpAttempts.FollowUp followUp : FollowUpAttempts.of(application, order, RoundDates.of(application))) {
            attempts[followUp.eventIndex()] = followUp.attempt();
        }
        for (int index : order) {
            Event event = events.get(index);
            InterviewRound round = roundBefore(event.date());
            switch (event.type()) {
                case THANK_YOU_SENT -> addRow(rows, event.date(), thankYouContact(event, round), Act.THANK_YOU,
                        How.EMAIL, round == null ? "" : "after round " + roundNumber(round));
                case FOLLOW_UP_SENT -> {
                    How how = event.channel() == app.nudge.domain.Channel.PHONE ? How.PHONE : How.EMAIL;
                    addRow(rows, event.date(), primaryContact, Act.FOLLOW_UP, how, ordinal(attempts[index]) + " follow-up");
                }
                case VOICEMAIL_LEFT -> addRow(rows, event.date(), primaryContact, Act.FOLLOW_UP, How.PHONE,
                        "voicemail left");
                case REPLY_RECEIVED -> addRow(rows, event.date(), primaryContact, Act.REPLY, How.NOT_RECORDED,
                        event.newDecisionBy() == null ? "" : "new decision date " + event.newDecisionBy());
                case CHECK_BACK_AGREED -> addRow(rows, event.date(), primaryContact, Act.REPLY, How.NOT_RECORDED,
                        event.checkBackOn() == null ? "check back agreed" : "check back on " + event.checkBackOn());
                case OFFER_RECEIVED -> outcome(rows, event, "offer received");
                case REJECTION_RECEIVED -> outcome(rows, event, "rejection received");
                case OFFER_ANSWERED -> outcome(rows, event, "offer answered");
                case REJECTION_ANSWERED -> outcome(rows, event, "rejection answered");
                case WITHDRAWN -> outcome(rows, event, "withdrawn");
                case CLOSED -> outcome(rows, event, "closed");
                case SKIPPED, SNOOZED -> {
                    // bookkeeping, not acts: nothing was sent or said
                }
            }
        }
    }

    private void outcome(List<ActivityRow> rows, Event event, String detail) {
        addRow(rows, event.date(), primaryContact, Act.OUTCOME, How.NOT_RECORDED, detail);
    }

    private void addRow(List<ActivityRow> rows, LocalDate date, String contact, Act act, How how, String detail) {
        if (period.contains(date)) {
            rows.add(new ActivityRow(date, application.id(), application.company(), application.role(), contact, act,
                    how, detail, result));
        }
    }

    /** The recipient named on the note, else the interviewers of the round it follows, else the primary contact. */
    private String thankYouContact(Event event, InterviewRound round) {
        if (event.hasRecipient()) {
            return event.recipient();
        }
        return round == null ? primaryContact : interviewersOr(round, primaryContact);
    }

    private static String interviewersOr(InterviewRound round, String fallback) {
        List<String> names = new ArrayList<>(round.interviewers().size());
        for (String name : round.interviewers()) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? fallback : String.join(", ", names);
    }

    /** The latest round whose interview date is on or before {@code day}; null when none. */
    private InterviewRound roundBefore(LocalDate day) {
        InterviewRound found = null;
        for (InterviewRound round : chronological) {
            if (round.date().isAfter(day)) {
                break;
            }
            found = round;
        }
        return found;
    }

    private int roundNumber(InterviewRound round) {
        for (int i = 0; i < chronological.length; i++) {
            if (chronological[i] == round) {
                return i + 1;
            }
        }
        throw new IllegalStateException("a round of another application");
    }

    /** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
