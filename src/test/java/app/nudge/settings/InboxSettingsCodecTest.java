package app.nudge.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox watch's settings in the stored name/value pairs, and settings stored before they existed. */
class InboxSettingsCodecTest {

    @Test
    void theWatchSurvivesARoundTrip() {
        UserSettings settings = UserSettings.defaults().withIdentity("Zoë", "zoe@example.org", "", "")
                .withInbox(new InboxSettings(true, "imaps://zoe%40example.org@imap.example.org/Jobs", 15));

        Map<String, String> stored = SettingsCodec.encode(settings);

        assertThat(stored).containsEntry("inboxEnabled", "true")
                .containsEntry("inboxAddress", "imaps://zoe%40example.org@imap.example.org/Jobs")
                .containsEntry("inboxPollMinutes", "15");
        assertThat(SettingsCodec.decode(stored)).isEqualTo(settings);
    }

    @Test
    void settingsStoredBeforeTheInboxWatchReadWithTheWatchOff() {
        // Exactly what a Nudge from before issue 15 stored.
        Map<String, String> older = Map.of("yourName", "Zoë", "yourEmail", "zoe@example.org", "yourPhone", "",
                "signature", "", "country", "DE", "preset", "PATIENT", "holidaysNone", "false",
                "customIntervals", "", "theme", "dark", "welcomeDone", "true");

        UserSettings read = SettingsCodec.decode(older);

        assertThat(read.inbox()).isEqualTo(InboxSettings.defaults());
        assertThat(read.inbox().enabled()).isFalse();
        assertThat(read.inbox().pollMinutes()).isEqualTo(5);
        assertThat(read.yourName()).isEqualTo("Zoë");
        assertThat(read.country()).isEqualTo("DE");
    }

    @Test
    void anUnreadableIntervalFallsBackToFiveMinutes() {
        for (String bad : new String[]{"0", "-3", "soon", "100000"}) {
            UserSettings read = SettingsCodec.decode(Map.of("inboxEnabled", "true", "inboxPollMinutes", bad));
            assertThat(read.inbox()).as(bad).isEqualTo(new InboxSettings(true, "", 5));
        }
    }

    @Test
    void otherChangesKeepTheWatch() {
        InboxSettings watch = new InboxSettings(true, "imaps://a@b.example/INBOX", 10);
        UserSettings settings = UserSettings.defaults().withInbox(watch)
                .withTheme(app.nudge.domain.ThemeChoice.DARK).withWelcomeDone(true).withCalendar("FR", false);
        assertThat(settings.inbox()).isEqualTo(watch);
    }
}
