package app.nudge.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboxAddressTest {

    @Test
    void readsAnEncodedUserAPortAndAFolder() {
        InboxAddress a = InboxAddress.parse("imaps://jane%40example.com@IMAP.Example.com:1993/Jobs/Replies");
        assertThat(a).isEqualTo(new InboxAddress(true, "jane@example.com", "imap.example.com", 1993, "Jobs/Replies"));
        assertThat(a.toString()).isEqualTo("imaps://jane%40example.com@imap.example.com:1993/Jobs/Replies");
        assertThat(InboxAddress.parse(a.toString())).isEqualTo(a);
    }

    @Test
    void aUserThatIsAnEmailAddressMayBeTypedWithoutEncodingIt() {
        // A trial typed the address as people write it and was told it "names no server".
        InboxAddress a = InboxAddress.parse("imaps://jane@example.com@imap.example.com/Jobs");
        assertThat(a).isEqualTo(new InboxAddress(true, "jane@example.com", "imap.example.com", 993, "Jobs"));
    }

    @Test
    void theFolderDefaultsToInboxAndThePortTo993() {
        assertThat(InboxAddress.parse("imaps://jane@imap.example.com")).isEqualTo(
                new InboxAddress(true, "jane", "imap.example.com", 993, "INBOX"));
        assertThat(InboxAddress.parse("imaps://jane@imap.example.com/").folder()).isEqualTo("INBOX");
    }

    @ParameterizedTest
    @ValueSource(strings = {"imap://jane@localhost:3143/INBOX", "imap://jane@127.0.0.1/INBOX", "imap://jane@[::1]:143/INBOX"})
    void plainImapIsAllowedToThisComputer(String typed) {
        InboxAddress a = InboxAddress.parse(typed);
        assertThat(a.secure()).isFalse();
        assertThat(a.isLocal()).isTrue();
    }

    @Test
    void plainImapToAnotherComputerIsRefusedNamingTheAddress() {
        assertThatThrownBy(() -> InboxAddress.parse("imap://jane@imap.example.com/INBOX"))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.BAD_ADDRESS);
                    assertThat(p.userMessage()).isEqualTo("The inbox address 'imap://jane@imap.example.com/INBOX' cannot be"
                            + " used: plain imap:// sends the password unencrypted, so it is allowed only to localhost; use imaps://");
                });
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> InboxAddress.parse("imaps://jane:hunter2@imap.example.com/INBOX"))
                .isInstanceOfSatisfying(InboxProblem.class, p -> assertThat(p.userMessage())
                        .contains("holds a password; leave it out").doesNotContain("hunter2").doesNotContain("jane:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane@imap.example.com", "pop3://jane@host/INBOX", "imaps://imap.example.com/INBOX",
            "imaps://jane@/INBOX", "imaps://jane@host:99999/INBOX", "imaps://jane@host/INBOX?x=1", "imaps://jane%zz@host/"})
    void malformedAddressesAreRefusedInOneLine(String typed) {
        assertThatThrownBy(() -> InboxAddress.parse(typed))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.BAD_ADDRESS);
                    assertThat(p.userMessage()).startsWith("The inbox address").doesNotContain("\n");
                });
    }
}
