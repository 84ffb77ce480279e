package app.nudge.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** plan()'s fast sort gives exactly the order of PlannedAction.ORDER (docs/command-line.md). */
class PlanSorterTest {

    private static final String[] COMPANIES = {"Acme", "acme", "ACME", "Äcme", "äcme", "Beta", "beta co", "µ Labs",
        "Μ Labs", "ÿ", "Ÿ", "straße", "STRASSE", "İstanbul AŞ", "istanbul aş", "𐐀 Deseret", "𐐨 deseret", "", "Zeta"};
    private static final String[] ROLES = {"Analyst", "analyst", "Developer", ""};

    private static PlannedAction action(String id, String company, String role, LocalDate due) {
        return new PlannedAction(id, company, role, ActionType.FOLLOW_UP, Channel.EMAIL, null, due.minusDays(2), due,
                Status.DUE, "R7", "");
    }

    @RepeatedTest(20)
    @DisplayName("Sort: the packed sort equals PlannedAction.ORDER on random plans with case and Unicode ties")
    void sameOrderAsComparator() {
        Random random = new Random();
        int size = 1 + random.nextInt(3000);
        List<PlannedAction> plan = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            plan.add(action("id-" + random.nextInt(size), COMPANIES[random.nextInt(COMPANIES.length)],
                    ROLES[random.nextInt(ROLES.length)], LocalDate.of(2026, 11, 1).plusDays(random.nextInt(40))));
        }
        List<PlannedAction> expected = new ArrayList<>(plan);
        expected.sort(PlannedAction.ORDER);

        PlanSorter.sort(plan);

        assertEquals(expected, plan);
    }

    @Test
    @DisplayName("Sort: due dates a million years apart still sort as the comparator does")
    void farApartDates() {
        List<PlannedAction> plan = new ArrayList<>(List.of(
                action("b", "B", "R", LocalDate.of(999_999, 1, 1)),
                action("a", "A", "R", LocalDate.of(-999_999, 1, 1)),
                action("c", "a", "R", LocalDate.of(2026, 1, 1))));
        List<PlannedAction> expected = new ArrayList<>(plan);
        expected.sort(PlannedAction.ORDER);

        PlanSorter.sort(plan);

        assertEquals(expected, plan);
        assertEquals(List.of("a", "c", "b"), plan.stream().map(PlannedAction::applicationId).toList());
    }
}
