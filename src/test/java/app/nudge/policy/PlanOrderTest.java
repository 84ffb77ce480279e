package app.nudge.policy;

import static app.nudge.policy.Histories.STANDARD;
import static app.nudge.policy.Histories.US;
import static app.nudge.policy.Histories.acme;
import static app.nudge.policy.Histories.nov;
import static app.nudge.policy.Histories.round;
import static app.nudge.policy.Histories.thanked;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** plan(): one action per open application, sorted as docs/command-line.md says, each in its own calendar. */
class PlanOrderTest {

    private static Application app(String id, String company, String role, LocalDate decisionBy) {
        return Application.of(id, company, role)
                .withInterviews(List.of(round(LocalDateTime.of(2026, 11, 16, 10, 0), decisionBy)))
                .withEvents(List.of(thanked(nov(16))));
    }

    @Test
    @DisplayName("Sort: due date, then company ignoring case, then role, then id; closed applications left out (R1)")
    void sortOrder() {
        List<Application> apps = new ArrayList<>(List.of(
                app("z", "beta", "Analyst", nov(20)),       // due Wed 25 Nov
                app("y", "Alpha", "Tester", nov(20)),       // due Wed 25 Nov
                app("x", "alpha", "Analyst", nov(20)),      // due Wed 25 Nov
                app("w", "Alpha", "Analyst", nov(20)),      // due Wed 25 Nov
                app("v", "Zeta", "Analyst", nov(17)),       // due Fri 20 Nov
                app("u", "Gone", "Analyst", nov(17)).withEvents(List.of(Event.of(EventType.WITHDRAWN, nov(18))))));

        List<PlannedAction> plan = FollowUpPolicy.plan(apps, nov(23), CalendarChooser.always(US), STANDARD);

        assertEquals(List.of("v", "w", "x", "y", "z"), plan.stream().map(PlannedAction::applicationId).toList());
    }

    @Test
    @DisplayName("Sort: PlannedAction.ORDER is the comparator plan() uses")
    void orderConstant() {
        List<Application> apps = List.of(app("b", "B", "R", nov(20)), app("a", "A", "R", nov(25)));
        List<PlannedAction> plan = FollowUpPolicy.plan(apps, nov(23), CalendarChooser.always(US), STANDARD);
        List<PlannedAction> resorted = new ArrayList<>(plan);
        resorted.sort(PlannedAction.ORDER.reversed());
        resorted.sort(FollowUpPolicy.ORDER);
        assertEquals(plan, resorted);
        assertEquals(List.of("b", "a"), plan.stream().map(PlannedAction::applicationId).toList());
    }

    @Test
    @DisplayName("plan: each application counts in its own country's calendar (US Thanksgiving vs GB)")
    void calendarPerApplication() {
        Application us = app("us", "Acme", "Analyst", nov(25)).withCountry("US");
        Application gb = app("gb", "Acme", "Analyst", nov(25)).withCountry("GB");
        CalendarChooser chooser = new HolidayCalendars().chooser("US", false);

        Map<String, PlannedAction> byId = new java.util.HashMap<>();
        FollowUpPolicy.plan(List.of(us, gb), nov(23), chooser, STANDARD).forEach(a -> byId.put(a.applicationId(), a));

        assertEquals(nov(27), byId.get("us").earliest(), "R7: Thu 26 Nov is Thanksgiving in the US");
        assertEquals(nov(26), byId.get("gb").earliest(), "R7: Thu 26 Nov is a working day in GB");
    }
}
