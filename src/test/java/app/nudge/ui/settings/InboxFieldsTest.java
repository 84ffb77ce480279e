package app.nudge.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.nudge.mail.imap.InboxAddress;
import app.nudge.service.SettingsService;
import app.nudge.settings.InboxSettings;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The settings' Inbox section: stored settings, the password only to the credential store, Test connection. */
@Timeout(30)
class InboxFieldsTest {

    @TempDir
    Path dir;

    private Database db;
    private SettingsService service;
    private final List<String> kept = new ArrayList<>();
    private final List<Optional<String>> tested = new ArrayList<>();
    /** Completed by the test: the fake server's answer arrives when the test says so. */
    private final CompletableFuture<String> answer = new CompletableFuture<>();

    private final InboxConnection fake = new InboxConnection() {
        @Override
        public CompletableFuture<String> test(InboxAddress address, Optional<String> typedPassword) {
            tested.add(typedPassword);
            return answer;
        }

        @Override
        public CompletableFuture<Void> keepPassword(InboxAddress address, String password) {
            kept.add(address + " " + password);
            return CompletableFuture.completedFuture(null);
        }
    };

    @BeforeEach
    void open() {
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        service = new SettingsService(() -> new SettingsRepository(db), Runnable::run);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SettingsViewModel loaded() {
        SettingsViewModel vm = new SettingsViewModel(service, List.of("DE"), "", Runnable::run, fake);
        vm.load();
        return vm;
    }

    @Test
    void theWatchIsSavedAndThePasswordGoesOnlyToTheCredentialStore() {
        SettingsViewModel vm = loaded();
        InboxFields inbox = vm.inbox();
        assertThat(inbox.enabledProperty().get()).isFalse(); // off by default
        inbox.addressProperty().set("imaps://zoe%40example.org@imap.example.org/Jobs");
        inbox.enabledProperty().set(true);
        inbox.pollMinutesProperty().set(10);
        inbox.passwordProperty().set("s3cret pass");

        assertThat(vm.save().join()).isTrue();

        Map<String, String> stored = new SettingsRepository(db).all();
        assertThat(stored).containsEntry("inboxEnabled", "true").containsEntry("inboxPollMinutes", "10")
                .containsEntry("inboxAddress", "imaps://zoe%40example.org@imap.example.org/Jobs");
        assertThat(stored.values()).noneMatch(v -> v.contains("s3cret"));
        assertThat(kept).containsExactly("imaps://zoe%40example.org@imap.example.org/Jobs s3cret pass");
        assertThat(inbox.passwordProperty().get()).isEmpty();

        SettingsViewModel again = loaded();
        assertThat(again.toSettings().inbox()).isEqualTo(new InboxSettings(true,
                "imaps://zoe%40example.org@imap.example.org/Jobs", 10));
    }

    @Test
    void anAddressThatCannotBeUsedIsMarkedAndNothingIsSaved() {
        SettingsViewModel vm = loaded();
        vm.inbox().addressProperty().set("imap://zoe@imap.example.org/INBOX");
        vm.inbox().passwordProperty().set("s3cret");

        assertThat(vm.save().join()).isFalse();

        assertThat(vm.inbox().addressErrorProperty().get()).contains("allowed only to localhost");
        assertThat(new SettingsRepository(db).all()).doesNotContainKey("inboxAddress");
        assertThat(kept).isEmpty();
    }

    @Test
    void watchingWithoutAnAddressIsRefused() {
        SettingsViewModel vm = loaded();
        vm.inbox().enabledProperty().set(true);
        assertThat(vm.save().join()).isFalse();
        assertThat(vm.inbox().addressErrorProperty().get()).startsWith("Give the folder's address");
    }

    @Test
    void testConnectionShowsProgressThenTheOneLineResult() {
        SettingsViewModel vm = loaded();
        vm.inbox().addressProperty().set("imaps://zoe%40example.org@imap.example.org/INBOX");
        vm.inbox().passwordProperty().set("typed");

        CompletableFuture<String> result = vm.inbox().test();

        assertThat(result).isNotDone(); // the fake server has not answered: nothing waits for it
        assertThat(vm.inbox().testingProperty().get()).isTrue();
        assertThat(vm.inbox().testResultProperty().get()).isEqualTo("Connecting to imap.example.org…");
        answer.complete("The server refused the login for zoe@example.org at imap.example.org (check the user name and password)");
        assertThat(result.join()).startsWith("The server refused the login");
        assertThat(vm.inbox().testingProperty().get()).isFalse();
        assertThat(vm.inbox().testResultProperty().get()).startsWith("The server refused the login");
        assertThat(tested).containsExactly(Optional.of("typed"));
    }
}
