package app.nudge.mail.imap;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps passwords for this run only: the fallback when the OS credential store does not work. */
public final class MemoryCredentialStore implements CredentialStore {

    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    @Override
    public Optional<String> password(InboxAddress address) {
        return Optional.ofNullable(passwords.get(address.accountKey()));
    }

    @Override
    public void save(InboxAddress address, String password) {
        passwords.put(address.accountKey(), password);
    }

    @Override
    public void forget(InboxAddress address) {
        passwords.remove(address.accountKey());
    }

    @Override
    public boolean survivesRestart() {
        return false;
    }

    @Override
    public String toString() {
        return "passwords kept in memory for this run (" + passwords.size() + ")"; // never the passwords
    }
}
