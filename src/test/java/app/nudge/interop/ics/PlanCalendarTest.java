package app.nudge.interop.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.compose.Composer;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.exchange.ExchangeService;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Status;
import app.nudge.schedule.PlanInputs;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.SettingsRepository;
import app.nudge.store.TempDatabase;
import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.parameter.Related;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar a strict reader gets back: biweekly's parser with its warnings collected, and
 * biweekly's RFC 5545 validation, must both be silent, and every planned action must come back.
 */
class PlanCalendarTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Database db;
    private List<Application> applications;
    private List<PlannedAction> plan;

    @BeforeEach
    void workedExample() throws Exception {
        db = TempDatabase.open(folder);
        try (InputStream in = getClass().getResourceAsStream("/exchange/worked-example.json")) {
            new ExchangeService(db, HolidayCalendars.shared()::isSupported).importFrom(in);
        }
        applications = new ApplicationRepository(db).findAll();
        PlanInputs inputs = PlanInputs.fromSettings(new SettingsRepository(db).all(), Locale.US);
        plan = FollowUpPolicy.plan(applications, TODAY, inputs.calendars(HolidayCalendars.shared()), inputs.intervals());
        assertFalse(plan.isEmpty(), "the worked example plans follow-ups");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String export(Instant at) throws IOException {
        ICalendar calendar = StoredPlanCalendar.build(db, applications, plan, Clock.fixed(at, ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IcsFiles.write(calendar, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ICalendar parseStrictly(String text) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar parsed = Biweekly.parse(text).warnings(warnings).first();
        assertTrue(warnings.stream().allMatch(List::isEmpty), "parse warnings: " + warnings);
        assertTrue(parsed.validate(ICalVersion.V2_0).isEmpty(), () -> parsed.validate(ICalVersion.V2_0).toString());
        return parsed;
    }

    private static LocalDate day(java.util.Date date) {
        return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    @Test
    void everyPlannedActionComesBackAsOneAllDayEventWithAMorningAlarm() throws IOException {
        String text = export(Instant.parse("2026-11-23T08:00:00Z"));
        ICalendar parsed = parseStrictly(text);

        assertEquals(plan.size(), parsed.getEvents().size());
        Map<String, VEvent> byUid = parsed.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        Composer composer = new Composer();
        for (PlannedAction action : plan) {
            VEvent event = byUid.get(action.applicationId() + "-" + action.action() + "@nudge.app");
            assertTrue(event != null, "no event for " + action);
            assertFalse(event.getDateStart().getValue().hasTime(), "all-day");
            LocalDate placed = action.earliest().isBefore(TODAY) ? TODAY : action.earliest();
            assertEquals(placed, day(event.getDateStart().getValue()), "on its earliest day, or today once that passed");
            assertEquals(placed.plusDays(1), day(event.getDateEnd().getValue()));
            Application app = applications.stream().filter(a -> a.id().equals(action.applicationId())).findFirst().orElseThrow();
            String summary = event.getSummary().getValue();
            assertTrue(summary.contains(action.company()) && summary.contains(action.role()), summary);
            assertFalse(summary.matches(".*\\bR\\d+\\b.*") || summary.contains(action.action().name()),
                    "no rule id or action code in the title: " + summary);
            String description = event.getDescription().getValue();
            assertTrue(description.contains(action.reason()));
            assertTrue(description.contains("Draft subject: "
                    + composer.draft(app, action, new SettingsRepository(db).load(), null).subject()), description);
            assertFalse(description.contains("(" + action.rule() + ")"), description);
            assertEquals(app.events().size() + (int) java.time.temporal.ChronoUnit.DAYS.between(action.earliest(), placed),
                    event.getSequence().getValue());
            List<VAlarm> alarms = event.getAlarms();
            assertEquals(1, alarms.size());
            assertEquals("DISPLAY", alarms.get(0).getAction().getValue());
            assertEquals(9 * 3600_000L, alarms.get(0).getTrigger().getDuration().toMillis());
            assertEquals(Related.START, alarms.get(0).getTrigger().getRelated());
        }
        PlannedAction acme = plan.stream().filter(a -> a.applicationId().equals("acme-ba")).findFirst().orElseThrow();
        assertTrue(text.contains("DTSTART;VALUE=DATE:" + PlanCalendar.placed(acme, TODAY).toString().replace("-", "")), text);
    }

    @Test
    void anOverdueActionIsPlacedOnTodaySoItsAlarmFiresAndKeepsItsDueDateInTheDescription() throws IOException {
        PlannedAction overdue = new PlannedAction("acme-ba", "Acme Corp", "Backend Developer", ActionType.FOLLOW_UP,
                Channel.EMAIL, null, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18), Status.OVERDUE, "R7",
                "They said a decision would come by Fri 13 Nov.");
        ICalendar calendar = PlanCalendar.build(List.of(), List.of(overdue), new Composer(), new SettingsRepository(db).load(),
                Instant.parse("2026-11-23T08:00:00Z"), TODAY);
        VEvent event = parseStrictly(Biweekly.write(calendar).go()).getEvents().get(0);

        assertEquals(TODAY, day(event.getDateStart().getValue()));
        assertEquals("Follow up with Acme Corp — Backend Developer", event.getSummary().getValue());
        assertTrue(event.getDescription().getValue().contains("Overdue: it was due by Wed 18 Nov 2026"),
                event.getDescription().getValue());
        assertEquals("Follow up with Acme Corp — Backend Developer", event.getAlarms().get(0).getDescription().getValue());
    }

    @Test
    void uidsStayTheSameAcrossExportsSoCalendarsUpdateInsteadOfDuplicating() throws IOException {
        ICalendar first = parseStrictly(export(Instant.parse("2026-11-23T08:00:00Z")));
        ICalendar second = parseStrictly(export(Instant.parse("2026-11-24T08:00:00Z")));

        List<String> firstUids = first.getEvents().stream().map(e -> e.getUid().getValue()).sorted().toList();
        List<String> secondUids = second.getEvents().stream().map(e -> e.getUid().getValue()).sorted().toList();
        assertEquals(firstUids, secondUids);
        assertNotEquals(first.getEvents().get(0).getDateTimeStamp().getValue(),
                second.getEvents().get(0).getDateTimeStamp().getValue(), "DTSTAMP says when each file was made");
    }
}
