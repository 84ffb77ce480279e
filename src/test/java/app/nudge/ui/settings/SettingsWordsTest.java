package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import app.nudge.i18n.Texts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings' words that are made in code follow the window's language, read when shown. */
class SettingsWordsTest {

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void frenchTimingThemeCountriesAndProblems() {
        Texts.use(Language.FR);
        assertEquals("Insistant", TimingChoice.PERSISTENT.label());
        assertEquals("Première relance 1–3 jours ouvrés après la date de décision annoncée, ou 5–7 sans date ;"
                + " 5–7 entre deux tentatives.", TimingChoice.STANDARD.explanation().replace('\u00a0', ' ')
                .replace('\u202f', ' '));
        assertEquals("Sombre", ThemeChoices.label(ThemeChoice.DARK));
        assertEquals("Allemagne (DE)", CountryChoice.of("DE").label());
        assertEquals("Automatique (Allemagne)", CountryChoice.automatic("de").label());
        assertEquals("Le premier nombre (5) ne doit pas dépasser le second (3).", TimingFields.rangeProblem(5, 3));
        assertEquals("Système (English)", LanguageChoices.label(Optional.empty()));
        assertEquals("Deutsch", LanguageChoices.label(Optional.of(Language.DE)), "each language by its own name");
    }

    @Test
    void spanishAndDutchToo() {
        Texts.use(Language.ES);
        assertEquals("Oscuro", ThemeChoices.label(ThemeChoice.DARK));
        assertEquals("Alemania (DE)", CountryChoice.of("DE").label());
        Texts.use(Language.NL);
        assertEquals("Geduldig", TimingChoice.PATIENT.label());
        assertEquals("Duitsland (DE)", CountryChoice.of("DE").label());
        // Sorted by the names read, in the window's language: Duitsland before Frankrijk before Oostenrijk.
        assertEquals(List.of("", "DE", "FR", "AT"),
                CountryChoice.list(CountryChoice.automatic(), List.of("AT", "FR", "DE")).stream().map(CountryChoice::code).toList());
    }

    @Test
    void englishStaysAsItWas() {
        assertEquals("First follow-up 1–3 business days after the promised decision date, or 5–7 without one;"
                + " 5–7 between attempts.", TimingChoice.STANDARD.explanation());
        assertEquals("Germany (DE)", CountryChoice.of("DE").label());
        assertEquals("Automatic (from your computer's region)", CountryChoice.automatic().label());
    }
}
