package app.nudge.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The credential store never fails: on a computer without a usable OS store it is memory for this run. */
@Timeout(30)
class CredentialStoreTest {

    private static final InboxAddress ADDRESS = InboxAddress.parse("imaps://jane%40example.com@imap.example.com/INBOX");

    @Test
    void forThisComputerAlwaysGivesAWorkingStore() {
        CredentialStore store = CredentialStore.forThisComputer(); // on this headless box: no secret service

        store.save(ADDRESS, "pw-for-test");
        try {
            if (!store.survivesRestart()) {
                assertThat(store).isInstanceOf(MemoryCredentialStore.class);
            }
            assertThat(store.password(ADDRESS)).contains("pw-for-test");
        } finally {
            store.forget(ADDRESS);
        }
        assertThat(store.password(ADDRESS)).isEmpty();
    }

    @Test
    void memoryKeepsOnePasswordPerAccountAndNeverShowsIt() {
        MemoryCredentialStore memory = new MemoryCredentialStore();
        InboxAddress other = InboxAddress.parse("imaps://bob@imap.example.com/Jobs");
        memory.save(ADDRESS, "first");
        memory.save(ADDRESS, "second");
        memory.save(other, "bobs");

        assertThat(memory.password(ADDRESS)).contains("second");
        assertThat(memory.password(other)).contains("bobs");
        assertThat(memory.toString()).doesNotContain("second").doesNotContain("bobs");
        assertThat(memory.survivesRestart()).isFalse();
    }
}
