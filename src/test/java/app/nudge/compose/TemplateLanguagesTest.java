package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.NOBODY;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.action;
import static app.nudge.compose.Fixtures.email;
import static app.nudge.compose.Fixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Language;
import app.nudge.domain.Settings;
import app.nudge.policy.PlannedAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template in every language: the same structure as the English one, filled completely. */
class TemplateLanguagesTest {

    private static final Pattern USED = Pattern.compile("\\{[?!]?([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern CONDITIONS = Pattern.compile("^((?:\\{[?!][A-Za-z][A-Za-z0-9]*}|\\{#[1-9]})+)");

    private final Composer composer = new Composer();

    static Stream<Arguments> everyTemplateInEveryLanguage() {
        List<Arguments> all = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String id : TemplateCatalog.ids()) {
                all.add(Arguments.of(language, id));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> everyDraftKindInEveryLanguage() {
        return Stream.of(Language.values()).flatMap(language -> ComposerTest.everyDraftKind()
                .map(kind -> Arguments.of(language, kind.get()[0], kind.get()[1], kind.get()[2])));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyTemplateInEveryLanguage")
    void sameSubjectLinePlaceholdersAlternativesAndBranchesAsEnglish(Language language, String id) {
        String english = TemplateCatalog.defaultText(id);
        String text = TemplateCatalog.defaultText(id, language);

        assertEquals(english.startsWith("Subject: "), text.startsWith("Subject: "), "subject line");
        assertEquals(placeholders(english), placeholders(text), "placeholders");
        assertEquals(conditions(english), conditions(text), "conditional and alternative lines, in order");
        assertEquals(CallScript.branches(english).stream().map(CallScript.Branch::key).toList(),
                CallScript.branches(text).stream().map(CallScript.Branch::key).toList(), "branch keys");
        assertFalse(text.contains("\t"), "no tabs");
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "one final line break");
    }

    @ParameterizedTest(name = "{0} {1} {2} by {3}")
    @MethodSource("everyDraftKindInEveryLanguage")
    void everyDraftInEveryLanguageLeavesNoPlaceholder(Language language, ActionType type, String variant,
                                                     Channel channel) {
        PlannedAction planned = action(type, channel);
        for (Settings you : List.of(JANE, NOBODY)) {
            Draft draft = composer.draft(acme(), planned, you, variant, language);

            assertEquals(language, draft.language());
            for (String part : new String[] {draft.subject(), draft.body(), draft.callScript(), draft.voicemailScript()}) {
                if (part != null) {
                    assertFalse(part.contains("{") || part.contains("}"), part);
                    assertFalse(part.contains("\n\n\n"), part);
                }
            }
            assertFalse(draft.subject().isBlank());
            assertTrue(draft.subject().contains("Business Analyst"), draft.subject());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLaterMessageIsShorterInEveryLanguage(Language language) {
        int previous = Integer.MAX_VALUE;
        for (ActionType type : List.of(ActionType.THANK_YOU, ActionType.FOLLOW_UP, ActionType.FINAL_FOLLOW_UP,
                ActionType.CLOSE_OUT)) {
            int count = words(composer.draft(acme(), email(type), JANE, null, language).body());
            assertTrue(count < previous, language + " " + type + " has " + count + " words, not fewer than " + previous);
            previous = count;
        }
        int thankYou = words(composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null, language).body());
        int last = words(composer.draft(acme(), email(ActionType.FINAL_FOLLOW_UP), JANE, null, language).body());
        for (String variant : TemplateCatalog.variants(ActionType.FOLLOW_UP)) {
            int count = words(composer.draft(acme(), email(ActionType.FOLLOW_UP), JANE, variant, language).body());
            assertTrue(last < count && count < thankYou, language + " " + variant + ": " + count);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPanelNoteInEveryLanguageReadsDifferently(Language language) {
        var panel = acme().withInterviews(List.of(Fixtures.round(List.of("Pat Lee", "Sam Roe", "Alex Kim"))));
        List<Draft> notes = composer.thankYouNotes(panel, email(ActionType.THANK_YOU), JANE, null, language);

        assertEquals(3, notes.size());
        assertEquals(3, notes.stream().map(Draft::body).distinct().count());
        notes.forEach(n -> assertTrue(n.body().contains(Fixtures.TALKING_POINT), n.body()));
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = USED.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return new java.util.TreeSet<>(names);
    }

    private static List<String> conditions(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = CONDITIONS.matcher(line);
            if (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
