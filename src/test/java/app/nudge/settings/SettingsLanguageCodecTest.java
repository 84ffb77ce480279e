package app.nudge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Language;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The window's language in the stored settings: optional, and absent in settings from before it. */
class SettingsLanguageCodecTest {

    @Test
    void aChosenLanguageSurvivesARoundTrip() {
        for (Language language : Language.values()) {
            UserSettings chosen = UserSettings.defaults().withIdentity("Zoë", "", "", "").withLanguage(Optional.of(language));

            Map<String, String> stored = SettingsCodec.encode(chosen);

            assertEquals(language.code(), stored.get("language"));
            assertEquals(chosen, SettingsCodec.decode(stored));
            assertEquals(Optional.of(language), SettingsCodec.decode(stored).language());
        }
    }

    @Test
    void followingTheSystemIsStoredAsEmptySoASaveClearsAnEarlierChoice() {
        UserSettings system = UserSettings.defaults().withLanguage(Optional.of(Language.FR)).withLanguage(Optional.empty());

        Map<String, String> stored = SettingsCodec.encode(system);

        assertEquals("", stored.get("language"));
        assertEquals(Optional.empty(), SettingsCodec.decode(stored).language());
    }

    @Test
    void settingsStoredBeforeTheLanguageChoiceFollowTheSystem() {
        Map<String, String> old = new HashMap<>(SettingsCodec.encode(UserSettings.defaults().withIdentity("Jane", "", "", "")));
        old.remove("language");

        UserSettings read = SettingsCodec.decode(old);

        assertEquals(Optional.empty(), read.language());
        assertEquals("Jane", read.yourName());
    }

    @Test
    void aCodeThisVersionDoesNotSpeakFollowsTheSystemAndOthersAreReadLoosely() {
        assertEquals(Optional.empty(), SettingsCodec.decode(Map.of("language", "ja")).language());
        assertEquals(Optional.of(Language.DE), SettingsCodec.decode(Map.of("language", "de-AT")).language());
        assertEquals(Optional.of(Language.NL), SettingsCodec.decode(Map.of("language", " NL ")).language());
    }

    @Test
    void theOlderConstructorsKeepTheSystemLanguage() {
        UserSettings old = new UserSettings("A", "", "", "", "", false, null, Optional.empty(), null, false, null);
        assertEquals(Optional.empty(), old.language());
        assertEquals(Optional.of(Language.ES), old.withLanguage(Optional.of(Language.ES)).withTheme(null).language());
    }
}
