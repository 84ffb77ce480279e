package app.nudge.policy;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * R4 after a panel: each interviewer may get a note of their own, marked sent or skipped on its
 * own (a THANK_YOU_SENT or SKIPPED THANK_YOU naming them as {@code recipient}). The thank-you
 * step is done when a thank-you without recipient counts (it stands for everyone), or when every
 * interviewer of the latest round has one. Names match with spaces collapsed, in any case.
 */
public final class ThankYouStep {

    private ThankYouStep() {
    }

    /** The interviewers of a round as notes address them: stripped, blanks and repeats dropped. */
    public static List<String> panel(InterviewRound round) {
        Set<String> seen = new LinkedHashSet<>();
        return round.interviewers().stream().map(String::strip).filter(n -> !n.isEmpty())
                .filter(n -> seen.add(key(n))).toList();
    }

    /** The form two names are compared in: "Pat  LEE " and "pat lee" are one person. */
    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The keys of the people whose own note counts as sent or skipped: counted events only, those
     * dated on or after the latest round's interview date (docs/follow-up-rules.md, "The next step
     * of each open application").
     */
    public static Set<String> thanked(Application app) {
        Set<String> keys = new LinkedHashSet<>();
        app.latestRound().ifPresent(round -> {
            LocalDate from = round.date();
            for (Event e : app.events()) {
                if (!e.date().isBefore(from) && e.hasRecipient() && isThankYou(e)) {
                    keys.add(key(e.recipient()));
                }
            }
        });
        return keys;
    }

    /** Whether the event completes, or stands in for, a thank-you (R4, and SKIPPED of it). */
    static boolean isThankYou(Event e) {
        return e.type() == EventType.THANK_YOU_SENT
                || e.type() == EventType.SKIPPED && e.action() == ActionType.THANK_YOU;
    }

    /**
     * Whether per-person notes finish the step: at least one counts and every interviewer of
     * {@code round} has one (a round naming nobody is done with any of them).
     */
    static boolean everyoneThanked(InterviewRound round, Collection<String> thankedKeys) {
        if (thankedKeys == null || thankedKeys.isEmpty()) {
            return false;
        }
        for (String name : round.interviewers()) {
            if (!name.isBlank() && !thankedKeys.contains(key(name))) {
                return false;
            }
        }
        return true;
    }
}
