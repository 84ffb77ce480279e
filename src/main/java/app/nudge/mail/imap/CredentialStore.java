package app.nudge.mail.imap;

import java.util.Optional;

/**
 * Where the inbox password is kept: the operating system's credential store when one works, else
 * this run's memory only (the user is asked again at the next start). Never the database, a log
 * or a settings file. Implementations never throw: a store that fails answers "nothing kept".
 */
public interface CredentialStore {

    /** The password kept for this account, if any. */
    Optional<String> password(InboxAddress address);

    /** Keeps the password (replacing an older one). */
    void save(InboxAddress address, String password);

    /** Forgets the password, e.g. when the watch is turned off or the address changes. */
    void forget(InboxAddress address);

    /** Whether a kept password survives a restart (true for the OS store, false for memory). */
    boolean survivesRestart();

    /** The OS credential store when it answers here, else memory for this run. Never fails. */
    static CredentialStore forThisComputer() {
        return KeyringCredentialStore.tryOpen().map(CredentialStore.class::cast).orElseGet(MemoryCredentialStore::new);
    }

    /** The service name under which passwords are kept in the OS store. */
    static String service(InboxAddress address) {
        return "Nudge inbox " + address.host() + ":" + address.port();
    }
}
