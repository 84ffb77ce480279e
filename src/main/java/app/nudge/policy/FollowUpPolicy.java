package app.nudge.policy;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the one next action of each open application: rules R1..R12 of docs/follow-up-rules.md
 * (sections 1-3). Pure: today, the calendar and the intervals are
 * parameters; no clock, no I/O. Every recorded event is used whatever {@code today} is; today
 * only sets the status.
 */
public final class FollowUpPolicy {

    /** The plan's order (docs/command-line.md); the same as {@link PlannedAction#ORDER}. */
    public static final Comparator<PlannedAction> ORDER = PlannedAction.ORDER;

    private FollowUpPolicy() {
    }

    /** The next action of one application, or empty when nothing is planned (R1). */
    public static Optional<PlannedAction> next(Application app, LocalDate today, BusinessCalendar calendar,
                                               Intervals intervals) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(intervals, "intervals");
        return Optional.ofNullable(decide(app, today, calendar, intervals));
    }

    /**
     * The next action of every open application, each counted in its own country's calendar
     * ({@code calendars.forCountry(app.country())}), sorted by {@link PlannedAction#ORDER}.
     * The chooser is asked once per run of applications with the same country code.
     */
    public static List<PlannedAction> plan(Collection<Application> apps, LocalDate today, CalendarChooser calendars,
                                           Intervals intervals) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendars, "calendars");
        Objects.requireNonNull(intervals, "intervals");
        ArrayList<PlannedAction> plan = new ArrayList<>(apps.size());
        String country = null;
        BusinessCalendar calendar = null;
        for (Application app : apps) {
            if (calendar == null || !app.country().equals(country)) {
                country = app.country();
                calendar = Objects.requireNonNull(calendars.forCountry(country), "no calendar for " + country);
            }
            PlannedAction action = decide(app, today, calendar, intervals);
            if (action != null) {
                plan.add(action);
            }
        }
        PlanSorter.sort(plan); // the same order as PlannedAction.ORDER, several times faster
        return Collections.unmodifiableList(plan);
    }

    /** Where {@code today} stands against a window (docs/follow-up-rules.md, section 1). */
    public static Status statusOn(LocalDate today, LocalDate earliest, LocalDate due) {
        if (today.isBefore(earliest)) {
            return Status.UPCOMING;
        }
        return today.isAfter(due) ? Status.OVERDUE : Status.DUE;
    }

    /** R12: a phone call for the follow-ups and the check-back when the interviewer invited calls. */
    public static Channel channelFor(ActionType action, boolean mayCall) {
        boolean callable = action == ActionType.FOLLOW_UP || action == ActionType.FINAL_FOLLOW_UP
                || action == ActionType.CHECK_BACK;
        return callable && mayCall ? Channel.PHONE : Channel.EMAIL;
    }

    /** The latest round: the latest {@code endedAt}, scheduled ones included (the first of equals). */
    static InterviewRound latestRound(Application app) {
        InterviewRound latest = null;
        List<InterviewRound> rounds = app.interviews();
        for (int i = 0, size = rounds.size(); i < size; i++) {
            InterviewRound round = rounds.get(i);
            if (latest == null || round.endedAt().isAfter(latest.endedAt())) {
                latest = round;
            }
        }
        return latest;
    }

    private static PlannedAction decide(Application app, LocalDate today, BusinessCalendar calendar,
                                        Intervals intervals) {
        InterviewRound round = latestRound(app);
        if (round == null) {
            return null; // R1: no interview round yet
        }
        LocalDate interviewDate = round.date();
        History history = History.read(app.events(), interviewDate);
        if (history.terminal) {
            return null; // R1: withdrawn, closed, or the offer or rejection answered
        }
        return new Decision(app, today, calendar, intervals, round, history).make();
    }

    /** The working state of one decision; one per application, dropped right after. */
    private static final class Decision {
        private final Application app;
        private final LocalDate today;
        private final BusinessCalendar calendar;
        private final Intervals intervals;
        private final InterviewRound round;
        private final History history;

        private String rule;
        private ActionType action;
        private LocalDate earliest;
        private LocalDate due;
        private Contact recipient;
        private Reasons said;
        private int panelDone;
        private int panelSize;

        Decision(Application app, LocalDate today, BusinessCalendar calendar, Intervals intervals,
                 InterviewRound round, History history) {
            this.app = app;
            this.today = today;
            this.calendar = calendar;
            this.intervals = intervals;
            this.round = round;
            this.history = history;
            this.recipient = Recipients.primary(app.contacts());
        }

        PlannedAction make() {
            LocalDate interviewDate = round.date();
            History h = history;
            String reason;
            if (h.offerOrRejection == EventType.REJECTION_RECEIVED) {
                LocalDate x = h.offerOrRejectionOn;
                set("R2", ActionType.THANK_AFTER_REJECTION, x, calendar.plusBusinessDays(x, 2));
                reason = reasons().thankAfterRejection(x);
            } else if (h.offerOrRejection == EventType.OFFER_RECEIVED) {
                LocalDate x = h.offerOrRejectionOn;
                set("R3", ActionType.REPLY_TO_OFFER, x, calendar.plusBusinessDays(x, 1));
                reason = reasons().replyToOffer(x);
            } else if (!h.thankedOrInTouch && !ThankYouStep.everyoneThanked(round, h.thankedPeople)) {
                // R4: the due date is the calendar day after the interview, not a business day.
                set("R4", ActionType.THANK_YOU, interviewDate, interviewDate.plusDays(1));
                reason = reasons().thankYou(interviewDate) + nextOfPanel();
            } else {
                reason = afterFirstContact(interviewDate);
            }
            return new PlannedAction(app.id(), app.company(), app.role(), action,
                    channelFor(action, app.mayCall()), recipient, earliest, due,
                    statusOn(today, earliest, due), rule, reason,
                    panelSize == 0 ? said.facts() : said.facts().withPanel(panelDone, panelSize));
        }

        /**
         * R4 after a panel with some notes already sent or skipped: the action goes to the first
         * interviewer still waiting for theirs (their contact, else just their name), and the reason
         * says how many are done. Nothing changes while no per-person note is recorded.
         */
        private String nextOfPanel() {
            Set<String> thanked = history.thankedPeople;
            if (thanked == null || thanked.isEmpty()) {
                return "";
            }
            List<String> panel = ThankYouStep.panel(round);
            long done = panel.stream().filter(name -> thanked.contains(ThankYouStep.key(name))).count();
            panelDone = (int) done;
            panelSize = panel.size();
            panel.stream().filter(name -> !thanked.contains(ThankYouStep.key(name))).findFirst()
                    .ifPresent(name -> recipient = app.contacts().stream()
                            .filter(c -> ThankYouStep.key(c.name()).equals(ThankYouStep.key(name))).findFirst()
                            .orElse(new Contact(name, "", "", "", false)));
            return " " + done + " of " + panel.size() + " notes are sent or skipped.";
        }

        /** R5..R11: everything after the thank-you or the first contact. */
        private String afterFirstContact(LocalDate interviewDate) {
            History h = history;
            LocalDate triggeredOn = h.lastOn == null ? interviewDate : h.lastOn;
            if (h.lastType == EventType.VOICEMAIL_LEFT) {
                LocalDate v = h.lastOn;
                setAfter(triggeredOn, "R5", ActionType.EMAIL_AFTER_VOICEMAIL,
                        calendar.plusBusinessDays(v, 2), calendar.plusBusinessDays(v, 3));
                return reasons().emailAfterVoicemail(v);
            }
            if (h.lastType == EventType.CHECK_BACK_AGREED && h.lastEvent.checkBackOn() != null) {
                LocalDate c = h.lastEvent.checkBackOn();
                LocalDate from = calendar.onOrAfter(c);
                setAfter(triggeredOn, "R6", ActionType.CHECK_BACK, from, calendar.plusBusinessDays(from, 1));
                return reasons().checkBack(c);
            }
            if (h.attempts == 0) {
                return firstFollowUp(interviewDate, triggeredOn);
            }
            LocalDate l = h.lastAttemptOn;
            LocalDate from = calendar.plusBusinessDays(l, intervals.betweenMin());
            LocalDate by = calendar.plusBusinessDays(l, intervals.betweenMax());
            if (h.attempts == 1) {
                setAfter(triggeredOn, "R9", ActionType.FINAL_FOLLOW_UP, from, by);
                return reasons().finalFollowUp(l);
            }
            Contact secondary = h.attempts == 2 && intervals.secondaryContact()
                    ? Recipients.secondary(app.contacts(), recipient) : null;
            if (secondary != null) {
                Contact usual = recipient;
                recipient = secondary;
                setAfter(triggeredOn, "R10", ActionType.SECONDARY_CONTACT, from, by);
                // The reason names the person who did not answer, then the one to try.
                said = new Reasons(today, usual, earliest, due, history.snoozedUntil);
                return said.secondaryContact(l, secondary);
            }
            setAfter(triggeredOn, "R11", ActionType.CLOSE_OUT, from, by);
            return reasons().closeOut(l);
        }

        /** R7 (a decision date in force) or R8 (none: count from the clock start). */
        private String firstFollowUp(LocalDate interviewDate, LocalDate triggeredOn) {
            History h = history;
            LocalDate decisionBy = h.lastReplyWithNewDate != null
                    ? h.lastReplyWithNewDate.newDecisionBy() : round.decisionExpectedBy();
            if (decisionBy != null && h.lastReply != null && h.lastReply.newDecisionBy() == null
                    && !decisionBy.isAfter(h.lastReply.date())) {
                decisionBy = null; // the reply came after the date passed and gave no new one
            }
            if (decisionBy != null) {
                LocalDate firstDayAfter = calendar.plusBusinessDays(decisionBy, intervals.afterDecisionMin());
                setAfter(triggeredOn, "R7", ActionType.FOLLOW_UP, firstDayAfter,
                        calendar.plusBusinessDays(decisionBy, intervals.afterDecisionMax()));
                LocalDate repliedOn = h.lastReplyWithNewDate == null ? null : h.lastReplyWithNewDate.date();
                boolean plainFirstDayAfter = intervals.afterDecisionMin() == 1 && earliest.equals(firstDayAfter);
                return reasons().followUpAfterDecisionDate(decisionBy, repliedOn, plainFirstDayAfter);
            }
            LocalDate start = h.lastReplyOrCheckBack == null ? interviewDate : h.lastReplyOrCheckBack.date();
            setAfter(triggeredOn, "R8", ActionType.FOLLOW_UP, calendar.plusBusinessDays(start, intervals.noDateMin()),
                    calendar.plusBusinessDays(start, intervals.noDateMax()));
            if (h.lastReplyOrCheckBack == null) {
                return reasons().followUpAfterInterview(interviewDate);
            }
            return h.lastReplyOrCheckBack.type() == EventType.REPLY_RECEIVED
                    ? reasons().followUpAfterReply(start)
                    : reasons().followUpAfterCheckBackAgreed(start);
        }

        /**
         * R5..R11: no earliest date falls on or before the event that triggered it; such a date
         * becomes the next business day after that event, and the due date is never before it.
         */
        private void setAfter(LocalDate triggeredOn, String ruleId, ActionType type, LocalDate from, LocalDate by) {
            LocalDate start = from.isAfter(triggeredOn) ? from : calendar.plusBusinessDays(triggeredOn, 1);
            set(ruleId, type, start, by.isBefore(start) ? start : by);
        }

        /** Records the window, moved by a snooze in force. */
        private void set(String ruleId, ActionType type, LocalDate from, LocalDate by) {
            rule = ruleId;
            action = type;
            earliest = from;
            due = by;
            if (history.snoozedUntil != null) {
                // SNOOZED: earliest becomes the later of its own and "on or after until",
                // due the later of its own and the new earliest.
                LocalDate wakeUp = calendar.onOrAfter(history.snoozedUntil);
                if (wakeUp.isAfter(earliest)) {
                    earliest = wakeUp;
                }
                if (due.isBefore(earliest)) {
                    due = earliest;
                }
            }
        }

        private Reasons reasons() {
            said = new Reasons(today, recipient, earliest, due, history.snoozedUntil);
            return said;
        }
    }
}
