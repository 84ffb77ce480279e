package app.nudge.compose;

import static app.nudge.compose.Fixtures.JANE;
import static app.nudge.compose.Fixtures.acme;
import static app.nudge.compose.Fixtures.email;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Contact;
import app.nudge.domain.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Greetings, sign-offs, dates and lists as each language writes them. */
class GreetingsTest {

    private final Composer composer = new Composer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "EN|Hi Pat,|Best regards,|Best regards,",
            "DE|Guten Tag Pat Lee,|Mit freundlichen Grüßen|Mit freundlichen Grüßen",
            "FR|Bonjour Pat Lee,|vous prie d'agréer l'expression de mes salutations distinguées.|Bien cordialement,",
            "ES|Buenos días, Pat Lee:|Un cordial saludo,|Un cordial saludo,",
            "NL|Beste Pat Lee,|Met vriendelijke groet,|Met vriendelijke groet,"})
    void greetingAndSignOffOfTheThankYouAndTheFollowUp(Language language, String greeting, String thankYouEnd,
                                                       String followUpEnd) {
        Draft thanks = composer.draft(acme(), email(ActionType.THANK_YOU), JANE, null, language);
        Draft followUp = composer.draft(acme(), email(ActionType.FOLLOW_UP), JANE, null, language);

        assertTrue(thanks.body().startsWith(greeting + "\n\n"), thanks.body());
        assertTrue(followUp.body().startsWith(greeting + "\n\n"), followUp.body());
        // A French closing formula is a sentence of its own, so a blank line follows it.
        assertTrue(endsWith(thanks.body(), thankYouEnd), thanks.body());
        assertTrue(endsWith(followUp.body(), followUpEnd), followUp.body());
    }

    private static boolean endsWith(String body, String signOff) {
        return body.endsWith(signOff + "\nJane Doe\n+1 555 0100") || body.endsWith(signOff + "\n\nJane Doe\n+1 555 0100");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "DE|Frau Dr. Anna Schmidt|Sehr geehrte Frau Dr. Schmidt,|Guten Tag, Frau Dr. Schmidt",
            "DE|Herr Jan Weber|Sehr geehrter Herr Weber,|Guten Tag, Herr Weber",
            "DE|Alex Muster|Guten Tag Alex Muster,|Guten Tag",
            "DE||Sehr geehrte Damen und Herren,|Guten Tag",
            "FR|Mme Claire Dupont|Bonjour Madame Dupont,|Bonjour Madame",
            "FR|M. Paul Martin|Bonjour Monsieur Martin,|Bonjour Monsieur",
            "FR|Alex Martin|Bonjour Alex Martin,|Bonjour",
            "FR||Madame, Monsieur,|Bonjour",
            "ES|Sra. Ana García López|Estimada Sra. García López:|Buenos días, Sra. García López",
            "ES|Alex Ruiz|Buenos días, Alex Ruiz:|Buenos días",
            "ES||Buenos días:|Buenos días",
            "NL|mevrouw Anna van der Berg|Geachte mevrouw Van der Berg,|Goedendag mevrouw Van der Berg",
            "NL|de heer Jan de Vries|Geachte heer De Vries,|Goedendag meneer De Vries",
            "NL|Alex de Vries|Beste Alex de Vries,|Goedendag",
            "NL||Geachte heer, mevrouw,|Goedendag",
            "EN|Ms Pat Lee|Dear Ms Lee,|Hello Ms Lee",
            "EN|M Smith|Hi M,|Hi M",
            "EN||Hello,|Hello"})
    void formOfAddressOnlyWhenTheUserWroteOne(Language language, String name, String greeting, String call) {
        Contact to = name == null ? null : Contact.named(name, "x@example.org");

        assertEquals(greeting, Greetings.greeting(to, language));
        assertEquals(call, Greetings.callGreeting(to, language));
    }

    @Test
    void germanBodiesGoOnInLowerCaseAfterTheSalutationsComma() {
        for (ActionType type : ActionType.values()) {
            for (String variant : TemplateCatalog.variants(type)) {
                String body = composer.draft(acme(), email(type), JANE, variant, Language.DE).body();
                char first = body.split("\n\n", 2)[1].charAt(0);
                assertTrue(Character.isLowerCase(first), type + " " + variant + ":\n" + body);
            }
        }
    }

    @Test
    void datesAsEachLanguageWritesThem() {
        LocalDate first = LocalDate.of(2026, 12, 1); // a Tuesday
        assertEquals(List.of("Tuesday, December 1", "Dienstag, 1. Dezember", "mardi 1er décembre",
                        "martes 1 de diciembre", "dinsdag 1 december"),
                List.of(Language.values()).stream().map(l -> DraftDates.inBody(first, l)).toList());
        assertEquals(List.of("Dec 1", "1. Dezember", "1er décembre", "1 de diciembre", "1 december"),
                List.of(Language.values()).stream().map(l -> DraftDates.inSubject(first, l)).toList());
        assertEquals("lundi 16 novembre", DraftDates.inBody(LocalDate.of(2026, 11, 16), Language.FR));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theDateSitsInItsSentenceWithTheRightPreposition(Language language) {
        String body = composer.draft(acme(), email(ActionType.FOLLOW_UP), JANE, "known-delay", language).body();
        String expected = switch (language) {
            case EN -> "on Monday, November 16";
            case DE -> "am Montag, 16. November";
            case FR -> "le lundi 16 novembre";
            case ES -> "el lunes 16 de noviembre";
            case NL -> "op maandag 16 november";
        };
        assertTrue(body.contains(expected), body);
    }

    @Test
    void listsUseTheLanguagesAnd() {
        List<String> three = List.of("Pat Lee", "Sam Roe", "Iñaki Sáez");
        assertEquals("Pat Lee, Sam Roe and Iñaki Sáez", Greetings.list(three, Language.EN));
        assertEquals("Pat Lee, Sam Roe und Iñaki Sáez", Greetings.list(three, Language.DE));
        assertEquals("Pat Lee, Sam Roe et Iñaki Sáez", Greetings.list(three, Language.FR));
        assertEquals("Pat Lee, Sam Roe e Iñaki Sáez", Greetings.list(three, Language.ES));
        assertEquals("Ana y Hierro", Greetings.list(List.of("Ana", "Hierro"), Language.ES));
        assertEquals("Pat Lee, Sam Roe en Iñaki Sáez", Greetings.list(three, Language.NL));
    }

    @Test
    void aSignatureStartingWithASignOffOfAnyLanguageLosesIt() {
        for (String signOff : List.of("Mit freundlichen Grüßen", "Bien cordialement,", "Un cordial saludo,",
                "Met vriendelijke groet,", "Kind regards,")) {
            assertEquals("Jane Doe", SignOffs.withoutLeadingSignOff(signOff + "\nJane Doe"), signOff);
        }
    }
}
