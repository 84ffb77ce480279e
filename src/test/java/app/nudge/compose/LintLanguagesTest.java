package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.NOBODY;
import static app.nudge.compose.Fixtures.PAT;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.action;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.compose.Warning.Kind;
import app.nudge.domain.ActionType;
import app.nudge.domain.Channel;
import app.nudge.domain.Language;
import app.nudge.domain.Settings;
import app.nudge.i18n.Texts;
import app.nudge.policy.PlannedAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The warnings look for each language's own words; their texts follow the window's language. */
class LintLanguagesTest {

    private final MessageLint lint = new MessageLint();
    private final Composer composer = new Composer();

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    static Stream<Arguments> everyDraftKindInEveryLanguage() {
        return TemplateLanguagesTest.everyDraftKindInEveryLanguage();
    }

    @ParameterizedTest(name = "{0} {1} {2} by {3}")
    @MethodSource("everyDraftKindInEveryLanguage")
    void everyDefaultDraftInEveryLanguageIsClean(Language language, ActionType type, String variant, Channel channel) {
        PlannedAction planned = action(type, channel);
        for (Settings you : List.of(JANE, NOBODY)) {
            Draft draft = composer.draft(acme(), planned, you, variant, language);

            assertEquals(List.of(), lint.check(draft, acme(), planned, planned.earliest()), draft.body());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DE|Könnten Sie mir auch die Gehaltsspanne nennen?|COMPENSATION",
            "DE|Wie hoch wäre das Gehalt?|COMPENSATION",
            "DE|Bitte antworten Sie umgehend.|TONE",
            "DE|Ich bin enttäuscht, dass nichts kommt.|TONE",
            "DE|Ich habe mich gehaltvoll vorbereitet.|",
            "FR|Quel serait le salaire proposé ?|COMPENSATION",
            "FR|Merci de me répondre sans délai.|TONE",
            "FR|J’attends toujours votre réponse.|TONE",
            "FR|Le salarié idéal, c’est moi.|",
            "ES|¿Cuál sería el sueldo?|COMPENSATION",
            "ES|Le ruego que me responda cuanto antes.|TONE",
            "ES|Estoy decepcionada con el proceso.|TONE",
            "ES|Un saludo muy cordial.|",
            "NL|Wat is het salaris voor deze functie?|COMPENSATION",
            "NL|Graag zo snel mogelijk een reactie.|TONE",
            "NL|Ik ben teleurgesteld.|TONE",
            "NL|Ik heb veel salarisadministratie gedaan.|"})
    void eachLanguageHasItsOwnWords(Language language, String sentence, Kind expected) {
        List<Kind> kinds = kinds(check(language, ActionType.FOLLOW_UP, sentence));

        assertEquals(expected == null ? List.of() : List.of(expected), kinds, sentence);
    }

    @Test
    void theWordsOfOneLanguageDoNotFlagAnother() {
        // "pay" is English; in a Dutch draft it is nobody's business, and "Gehalt" means nothing in French.
        assertEquals(List.of(), kinds(check(Language.NL, ActionType.FOLLOW_UP, "Ik heb PayPal gebruikt.")));
        assertEquals(List.of(), kinds(check(Language.FR, ActionType.FOLLOW_UP, "Gehalt")));
        assertEquals(List.of(Kind.COMPENSATION), kinds(check(Language.EN, ActionType.FOLLOW_UP, "What is the pay?")));
    }

    @Test
    void salaryIsFineInAReplyToAnOfferInEveryLanguage() {
        for (Language language : Language.values()) {
            assertEquals(List.of(), kinds(check(language, ActionType.REPLY_TO_OFFER, "Gehalt salaire sueldo salaris salary")));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DE|Sehr geehrter Herr Lee,|", "DE|Guten Tag Pat Lee,|", "DE|Sehr geehrte Damen und Herren,|",
            "DE|Sehr geehrte Frau Roe,|WRONG_NAME", "DE|Guten Tag Sam Roe,|WRONG_NAME",
            "FR|Bonjour Madame Lee,|", "FR|Madame, Monsieur,|", "FR|Bonjour Sam,|WRONG_NAME",
            "ES|Estimada Sra. Lee:|", "ES|Buenos días, Pat Lee:|", "ES|Estimado Sr. Roe:|WRONG_NAME",
            "NL|Beste Pat,|", "NL|Geachte heer, mevrouw,|", "NL|Geachte mevrouw Roe,|WRONG_NAME"})
    void greetingsOfEveryLanguageAreCheckedAgainstTheRecipient(Language language, String greeting, Kind expected) {
        Draft draft = new Draft(PAT, "Business Analyst", greeting + "\n\nText.", "FOLLOW_UP", "standard", null, null,
                null, language);
        PlannedAction planned = action(ActionType.FOLLOW_UP, Channel.EMAIL, "R8", PAT);

        List<Kind> kinds = kinds(lint.check(draft, acme(), planned, LocalDate.of(2026, 11, 24)));

        assertEquals(expected == null ? List.of() : List.of(expected), kinds, greeting);
    }

    @Test
    void warningTextsFollowTheWindowsLanguage() {
        Texts.use(Language.DE);
        List<Warning> german = check(Language.DE, ActionType.FOLLOW_UP, "Wie hoch ist das Gehalt? Bitte umgehend.");
        assertEquals("Erwähnt „Gehalt“: Gehalt und Zusatzleistungen sind erst Thema, wenn ein Angebot vorliegt",
                german.get(0).message());
        assertEquals("„umgehend“ kann gereizt oder fordernd wirken; ein ruhiger, geduldiger Ton kommt besser an",
                german.get(1).message());

        Texts.use(Language.FR);
        PlannedAction planned = action(ActionType.FOLLOW_UP, Channel.EMAIL, "R8", PAT);
        Draft draft = new Draft(PAT, "s", "Bonjour Pat Lee,\n\nTexte.", "FOLLOW_UP", "standard", null, null, null,
                Language.FR);
        List<Warning> early = lint.check(draft, acme(), planned, LocalDate.of(2026, 11, 20));
        assertEquals(List.of(new Warning(Kind.TOO_EARLY, "trop tôt : attendez le lun. 23 nov.")), early);

        Texts.use(Language.ES);
        assertEquals("menciona «sueldo»: el sueldo y los beneficios se tratan cuando hay una oferta sobre la mesa",
                check(Language.ES, ActionType.FOLLOW_UP, "¿Y el sueldo?").get(0).message());
    }

    @Test
    void templateChecksSpeakTheWindowsLanguage() {
        Texts.use(Language.DE);
        TemplateCheck check = TemplateCheck.of("THANK_YOU", "Danke.\n\n{gehalt}");
        assertEquals("Die erste Zeile muss mit „Subject:“ beginnen, gefolgt vom Betreff der E-Mail.", check.error());
        assertEquals("Unbekannter Platzhalter: {gehalt}. Entwürfe zeigen ihn unverändert.", check.warning());
        Texts.use(Language.NL);
        assertEquals("Onbekende plaatshouders: {a}, {b}. Concepten tonen ze zoals ze er staan.",
                TemplateCheck.of("FOLLOW_UP-voicemail", "{a} {b}").warning());
    }

    private List<Warning> check(Language language, ActionType type, String sentence) {
        PlannedAction planned = action(type, Channel.EMAIL, Fixtures.ruleOf(type), PAT);
        Draft draft = new Draft(PAT, "Business Analyst", "Pat,\n\n" + sentence, type.name(), "standard", null, null,
                null, language);
        return new ArrayList<>(lint.check(draft, acme(), planned, LocalDate.of(2026, 11, 24)));
    }

    private static List<Kind> kinds(List<Warning> warnings) {
        return warnings.stream().map(Warning::kind).toList();
    }
}
