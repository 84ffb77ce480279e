package app.nudge.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.demo.DemoData;
import app.nudge.domain.Application;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.Preset;
import app.nudge.calendar.HolidayCalendars;
import app.nudge.schedule.PlanSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cards built once per snapshot (off the JavaFX thread) are the ones the board used to build itself. */
class BoardCardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void everyApplicationHasOneCardMostUrgentFirstAndTheDueCountMatchesThePlan() {
        List<Application> apps = new DemoData(7, TODAY).applications(300);
        CalendarChooser calendars = HolidayCalendars.shared().chooser("US", false);
        PlanSnapshot snapshot = new PlanSnapshot(TODAY, apps, FollowUpPolicy.plan(apps, TODAY, calendars, Preset.STANDARD.intervals()));

        BoardCards cards = BoardCards.of(snapshot);

        assertEquals(apps.size(), cards.sorted().size());
        List<BoardCard> resorted = new ArrayList<>(cards.sorted());
        resorted.sort(BoardCard::byUrgency);
        assertEquals(resorted, cards.sorted());
        assertEquals(snapshot.dueCount(), cards.dueCount());
        for (Application a : apps) {
            BoardCard expected = BoardCard.of(a, cards.plan().get(a.id()), TODAY);
            assertEquals(expected, cards.sorted().stream().filter(c -> c.id().equals(a.id())).findFirst().orElseThrow());
        }
    }

    @Test
    void theSearchLooksInContactsNotesAndTalkingPointsNotOnlyCompanyAndRole() {
        Application a = Application.of("globex-analyst", "Globex", "Data Analyst")
                .withContacts(List.of(new app.nudge.domain.Contact("Dana Whitfield", "dana.w@globex.example", "", "", true)))
                .withInterviews(List.of(new app.nudge.domain.InterviewRound(java.time.LocalDateTime.of(2026, 11, 25, 10, 0),
                        null, "their Power BI dashboards", List.of("Dana Whitfield", "Raj Patel"))));
        BoardCard card = BoardCard.of(a, null, LocalDate.of(2026, 11, 30));
        for (String needle : List.of("", "globex", "analyst", "dana", "dana.w@globex", "power bi", "raj patel")) {
            assertEquals(true, card.matches(needle), needle);
        }
        assertEquals(false, card.matches("initech"));
    }
}
