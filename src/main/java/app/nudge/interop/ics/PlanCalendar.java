package app.nudge.interop.ics;

import app.nudge.i18n.ReasonTexts;
import app.nudge.common.TerminalText;
import app.nudge.compose.Composer;
import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import app.nudge.interop.ActionWords;
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
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as an iCalendar: one all-day VEVENT per planned action with a display alarm at 9:00 that
 * morning. An action is placed on its earliest date, or on today when that has passed (due now or
 * overdue), so its reminder still fires; the description keeps the original dates. Titles say what
 * to do and for which job ("Follow up with Acme — Backend Developer"), never a rule id. The UID
 * depends only on the application and the action, so a calendar that subscribes to or re-imports
 * the file updates the event instead of adding another.
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
     * @param today actions whose earliest date is before it are placed on it
     */
    public static ICalendar build(List<Application> applications, List<PlannedAction> plan, Composer composer,
                                  Settings you, Instant stamp, LocalDate today) {
        // biweekly writes a date-only value as the JVM default zone's calendar day of the Date it
        // holds, so the day is turned into a Date in that same zone.
        ZoneId zone = ZoneId.systemDefault();
        Map<String, Application> byId = applications.stream()
                .collect(Collectors.toMap(Application::id, Function.identity(), (a, b) -> a));
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setName("Nudge follow-ups");
        for (PlannedAction action : plan) {
            calendar.addEvent(event(byId.get(action.applicationId()), action, composer, you, stamp, today, zone));
        }
        return calendar;
    }

    /** The day the event is placed on: its earliest date, or today once that has passed. */
    static LocalDate placed(PlannedAction action, LocalDate today) {
        return action.earliest().isBefore(today) ? today : action.earliest();
    }

    private static VEvent event(Application application, PlannedAction action, Composer composer, Settings you,
                                Instant stamp, LocalDate today, ZoneId zone) {
        VEvent event = new VEvent();
        event.setUid(uid(action));
        event.setDateTimeStamp(Date.from(stamp));
        LocalDate day = placed(action, today);
        // SEQUENCE must grow when an event with the same UID changes: events are added to an
        // application's history with every change of its next action, and an action that waits moves
        // one day a day, so the two counts together grow with each revision.
        int moved = (int) ChronoUnit.DAYS.between(action.earliest(), day);
        event.setSequence((application == null ? 0 : application.events().size()) + moved);
        event.setDateStart(new DateStart(toDate(day, zone), false));
        event.setDateEnd(new DateEnd(toDate(day.plusDays(1), zone), false));
        String summary = calendarText(ActionWords.title(action));
        event.setSummary(summary);
        event.setDescription(calendarText(description(action, subject(application, action, composer, you), today)));
        event.addAlarm(VAlarm.display(new Trigger(REMINDER, Related.START), summary));
        return event;
    }

    /** The draft's subject, as the composer would write it; empty when it cannot (a broken template). */
    static String subject(Application application, PlannedAction action, Composer composer, Settings you) {
        if (application == null) {
            return "";
        }
        try {
            String subject = composer.draft(application, action, you, null).subject();
            return subject == null ? "" : subject.strip();
        } catch (RuntimeException e) {
            return ""; // a user's broken template must not lose the reminder
        }
    }

    static String description(PlannedAction action, String subject, LocalDate today) {
        StringBuilder text = new StringBuilder(action.company() + " – " + action.role());
        String reason = ReasonTexts.of(action);
        if (reason != null && !reason.isBlank()) {
            text.append("\n").append(reason);
        }
        if (action.due().isBefore(today)) {
            text.append("\nOverdue: it was due by ").append(DAY.format(action.due()))
                    .append(" (from ").append(DAY.format(action.earliest())).append(")");
        } else if (action.earliest().isBefore(today)) {
            text.append("\nDue now: from ").append(DAY.format(action.earliest())).append(", due by ")
                    .append(DAY.format(action.due()));
        } else {
            text.append("\nDue by ").append(DAY.format(action.due()));
        }
        if (!subject.isEmpty()) {
            text.append("\nDraft subject: ").append(subject);
        }
        return text.toString();
    }

    /**
     * RFC 5545 allows no control character in a text value but the line break (which the writer
     * escapes as "\n"): any line break becomes one, and other controls, like the bidi controls that
     * would reorder a title, are written as visible escapes (TerminalText), as on the terminal.
     */
    static String calendarText(String text) {
        return TerminalText.multiLine(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    static Date toDate(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
