package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks of {@link InsightsReport#weeks()}: every Monday-to-Sunday week that overlaps the
 * period, each counted whole (a week the period cuts still shows all its days, so that bars compare).
 */
final class WeekTally {

    private WeekTally() {
    }

    /** @param earliest the earliest date recorded in any application, or null when nothing is */
    static List<Week> of(List<Application> applications, Period period, LocalDateTime now, LocalDate earliest) {
        LocalDate today = now.toLocalDate();
        if (earliest == null) {
            return List.of();
        }
        LocalDate first = monday(period.from() != null ? period.from() : earliest);
        LocalDate last = monday(period.to() != null ? period.to() : today);
        if (first.isAfter(last)) {
            return List.of();
        }
        long base = first.toEpochDay();
        int weeks = (int) ((last.toEpochDay() - base) / 7 + 1);
        int[] interviews = new int[weeks];
        int[] sent = new int[weeks];
        int[] answers = new int[weeks];
        for (Application app : applications) {
            for (var round : app.interviews()) {
                LocalDate day = round.date();
                int week = weekOf(day, base, weeks);
                if (week >= 0 && HeldRounds.held(round, now)) {
                    interviews[week]++;
                }
            }
            List<Event> events = app.events();
            for (int i = 0, size = events.size(); i < size; i++) {
                Event event = events.get(i);
                int week = weekOf(event.date(), base, weeks);
                if (week < 0) {
                    continue;
                }
                switch (event.type()) {
                    case THANK_YOU_SENT, FOLLOW_UP_SENT, OFFER_ANSWERED, REJECTION_ANSWERED -> sent[week]++;
                    case REPLY_RECEIVED, CHECK_BACK_AGREED, OFFER_RECEIVED, REJECTION_RECEIVED -> answers[week]++;
                    default -> {
                        // voicemails, closing events, skips and snoozes are neither
                    }
                }
            }
        }
        List<Week> result = new ArrayList<>(weeks);
        for (int week = 0; week < weeks; week++) {
            result.add(new Week(first.plusWeeks(week), interviews[week], sent[week], answers[week]));
        }
        return result;
    }

    static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    /** The week's position from {@code base} (a Monday's epoch day), or -1 outside the weeks shown. */
    private static int weekOf(LocalDate day, long base, int weeks) {
        long offset = day.toEpochDay() - base;
        if (offset < 0) {
            return -1;
        }
        long week = offset / 7;
        return week < weeks ? (int) week : -1;
    }
}
