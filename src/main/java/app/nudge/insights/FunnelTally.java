package app.nudge.insights;

import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Adds applications up into a {@link Funnel} (docs/insights.md, "Funnel"). */
final class FunnelTally {

    private final LocalDateTime now;
    private int applications;
    private int interviewed;
    private int offers;
    private int rejections;
    private int open;
    private int closedWithoutAnswer;
    private int withdrawn;

    FunnelTally(LocalDateTime now) {
        this.now = now;
    }

    /**
     * The day an application is counted on: its first round's interview date, else {@code appliedOn};
     * null when it has neither.
     */
    static LocalDate countedOn(Application app, LocalDate[] roundDates) {
        return roundDates.length > 0 ? roundDates[0] : app.appliedOn();
    }

    /** Whether the application is counted in the period (one without a date only when the period is all). */
    static boolean counts(Period period, LocalDate countedOn) {
        return countedOn == null ? period.from() == null && period.to() == null : period.contains(countedOn);
    }

    void add(Application app, LocalDate[] roundDates) {
        applications++;
        if (HeldRounds.anyHeld(app.interviews(), now)) {
            interviewed++;
        }
        boolean offer = false;
        boolean rejection = false;
        List<Event> events = app.events();
        for (int i = 0, size = events.size(); i < size; i++) {
            EventType type = events.get(i).type();
            offer |= type == EventType.OFFER_RECEIVED;
            rejection |= type == EventType.REJECTION_RECEIVED;
        }
        if (offer) {
            offers++;
        }
        if (rejection) {
            rejections++;
        }
        ClosingEvents closing = ClosingEvents.of(events,
                roundDates.length == 0 ? null : roundDates[roundDates.length - 1]);
        if (!closing.anyCounts) {
            open++;
        }
        if (closing.closed && !offer && !rejection) {
            closedWithoutAnswer++;
        }
        if (closing.withdrawn) {
            withdrawn++;
        }
    }

    Funnel funnel() {
        return new Funnel(applications, interviewed, offers, rejections, open, closedWithoutAnswer, withdrawn);
    }
}
