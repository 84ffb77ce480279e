package app.nudge.interop.ics;

import app.nudge.compose.Composer;
import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.parameter.Related;
import biweekly.util.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as an iCalendar: one all-day VEVENT per planned action on its earliest date, with a
 * display alarm at 9:00 that morning. The UID depends only on the application and the action, so a
 * calendar that subscribes to or re-imports the file updates the event instead of adding another.
 */
public final class PlanCalendar {

    static final String PRODUCT_ID = "-//Nudge//Nudge follow-up plan//EN";
    /** The reminder fires this long after the all-day event starts (its midnight): 9:00. */
    static final Duration REMINDER = Duration.builder().hours(9).build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private PlanCalendar() {
    }

    public static String uid(PlannedAction action) {
        return action.applicationId() + "-" + action.action().name() + "@nudge.app";
    }

    /**
     * @param stamp the DTSTAMP of every event: when this file was made
     */
    public static ICalendar build(List<Application> applications, List<PlannedAction> plan, Composer composer,
                                  Settings you, Instant stamp) {
        // biweekly writes a date-only value as the JVM default zone's calendar day of the Date it
        // holds, so the day is turned into a Date in that same zone.
        ZoneId zone = ZoneId.systemDefault();
        Map<String, Application> byId = applications.stream()
                .collect(Collectors.toMap(Application::id, Function.identity(), (a, b) -> a));
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName("Nudge follow-ups");
        for (PlannedAction action : plan) {
            calendar.addEvent(event(byId.get(action.applicationId()), action, composer, you, stamp, zone));
        }
        return calendar;
    }

    private static VEvent event(Application application, PlannedAction action, Composer composer, Settings you,
                                Instant stamp, ZoneId zone) {
        VEvent event = new VEvent();
        event.setUid(uid(action));
        event.setDateTimeStamp(Date.from(stamp));
        // SEQUENCE must grow when an event with the same UID changes. Events are only ever added to
        // an application's history, and every change of its next action comes from one, so their
        // count grows with every revision of this event.
        event.setSequence(application == null ? 0 : application.events().size());
        event.setDateStart(new DateStart(toDate(action.earliest(), zone), false));
        event.setDateEnd(new DateEnd(toDate(action.earliest().plusDays(1), zone), false));
        String summary = summary(application, action, composer, you);
        event.setSummary(summary);
        event.setDescription(description(action));
        event.addAlarm(VAlarm.display(new Trigger(REMINDER, Related.START), summary));
        return event;
    }

    /** The draft's subject, as the composer would write it; a plain title if it cannot. */
    static String summary(Application application, PlannedAction action, Composer composer, Settings you) {
        if (application == null) {
            return ActionTitles.of(action);
        }
        try {
            String subject = composer.draft(application, action, you, null).subject();
            return subject == null || subject.isBlank() ? ActionTitles.of(action) : subject;
        } catch (RuntimeException e) {
            return ActionTitles.of(action); // a user's broken template must not lose the reminder
        }
    }

    static String description(PlannedAction action) {
        String reason = action.reason() == null ? "" : action.reason();
        return action.company() + " – " + action.role() + "\n" + reason + "\nDue by " + DAY.format(action.due())
                + " (" + action.rule() + ")";
    }

    static Date toDate(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
