package app.nudge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared rules at their edges: what is allowed exactly at a limit, and no comparison with today. */
class ApplicationRulesTest {

    private static List<String> fields(Application a) {
        return ApplicationRules.check(a).stream().map(FieldProblem::path).toList();
    }

    @Test
    void namesUpTo200AndNotesUpTo20000CharactersAreAllowed() {
        assertTrue(fields(Application.of("a", "C".repeat(200), "R".repeat(200))).isEmpty());
        assertEquals(List.of("company", "role"), fields(Application.of("a", "C".repeat(201), "R".repeat(201))));
        Application base = Application.of("a", "C", "R");
        Application notesAtLimit = new Application("a", "C", "R", "", null, "", "", "", false, false,
                "n".repeat(20_000), List.of(), List.of(), List.of());
        assertTrue(fields(notesAtLimit).isEmpty());
        Application notesOver = new Application("a", "C", "R", "", null, "", "", "", false, false,
                "n".repeat(20_001), List.of(), List.of(), List.of());
        assertEquals(List.of("notes"), fields(notesOver));
        assertTrue(fields(base).isEmpty());
    }

    @Test
    void emailSyntax() {
        assertTrue(ApplicationRules.isEmail("pat@acme.example"));
        assertFalse(ApplicationRules.isEmail("pat@acme"));
        assertFalse(ApplicationRules.isEmail("pat acme@x.org"));
        assertFalse(ApplicationRules.isEmail("a@b@c.org"));
    }

    @Test
    void aCheckBackOrDecisionOnTheSameDayIsAllowedTheDayBeforeIsNot() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        Application ok = Application.of("a", "C", "R").withEvents(List.of(
                Event.checkBack(day, day), Event.reply(day, day)));
        assertTrue(fields(ok).isEmpty());
        Application bad = Application.of("a", "C", "R").withEvents(List.of(
                Event.checkBack(day, day.minusDays(1)), Event.reply(day, day.minusDays(1))));
        assertEquals(List.of("events[0].checkBackOn", "events[1].newDecisionBy"), fields(bad));
    }

    @Test
    void theRulesNeverCompareWithToday() {
        // Far in the past and far in the future are both fine: only the form compares with today.
        LocalDate future = LocalDate.now().plusYears(5);
        LocalDate past = LocalDate.now().minusYears(5);
        Application a = Application.of("a", "C", "R").withEvents(List.of(
                Event.checkBack(future, future.plusDays(3)), Event.reply(past, past.plusDays(1))));
        assertTrue(fields(a).isEmpty());
    }
}
