package app.nudge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of limits at its edges: characters, lengths, years. */
class FieldLimitsTest {

    @Test
    void onlyNulAndHalfSurrogatesAreBadCharacters() {
        assertNull(FieldLimits.badCharacter("\u001B[2J\u0007\r\t\u007F\u200F\u202E🎉日本\uFFFF\uDBFF\uDFFF"));
        assertEquals("contains the character NUL (U+0000) at position 3; remove it", FieldLimits.badCharacter("ab\u0000"));
        assertEquals("contains half of a character (U+D83C) at position 2; remove it", FieldLimits.badCharacter("a\uD83C"));
        assertEquals("contains half of a character (U+DF89) at position 1; remove it", FieldLimits.badCharacter("\uDF89a"));
        assertEquals("contains half of a character (U+D83C) at position 1; remove it",
                FieldLimits.badCharacter("\uD83C\uD83C\uDF89"), "a high half followed by a whole pair");
    }

    @Test
    void aTextMayBeExactlyItsLimit() {
        List<FieldProblem> problems = new ArrayList<>();
        FieldLimits.checkText(problems, "f", "x".repeat(10), 10);
        assertTrue(problems.isEmpty());
        FieldLimits.checkText(problems, "f", "x".repeat(11), 10);
        assertEquals(List.of(new FieldProblem("f", "longer than 10 characters")), problems);
    }

    @Test
    void theYearsKeptAre1900To2999() {
        assertTrue(!FieldLimits.yearKept(1899) && FieldLimits.yearKept(1900) && FieldLimits.yearKept(2999)
                && !FieldLimits.yearKept(3000) && !FieldLimits.yearKept(0) && !FieldLimits.yearKept(-1));
        Application a = new Application("a", "C", "R", "", LocalDate.of(1899, 12, 31), "", "", "", false, false, "", List.of(),
                List.of(new InterviewRound(LocalDateTime.of(3000, 1, 1, 0, 0), null, "", List.of())),
                List.of(Event.snoozed(LocalDate.of(2999, 12, 31), LocalDate.of(3000, 1, 1))));
        assertEquals(List.of("appliedOn", "interviews[0].endedAt", "events[0].until"),
                ApplicationRules.check(a).stream().map(FieldProblem::path).toList());
    }

    @Test
    void theSettingsTextsHaveLimitsToo() {
        Settings s = new Settings("x".repeat(1_000_001), "", "", "a\u0000", "USA-LONG-", "");
        assertEquals(List.of("yourName", "signature", "country"), FieldLimits.check(s).stream().map(FieldProblem::path).toList());
    }
}
