package app.nudge.settings;

/**
 * The inbox watch's settings (issue 15): off by default. The address is kept as typed (the mail
 * package checks it when the watch starts); the password is never here, it lives in the OS
 * credential store or in memory for one run.
 *
 * @param enabled     "Watch this folder" is ticked
 * @param address     {@code imaps://USER@HOST[:PORT]/FOLDER}, "" when none was given
 * @param pollMinutes minutes between checks, {@value #MIN_MINUTES} to {@value #MAX_MINUTES}
 */
public record InboxSettings(boolean enabled, String address, int pollMinutes) {

    public static final int DEFAULT_MINUTES = 5;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 24 * 60;

    public InboxSettings {
        address = address == null ? "" : address.strip();
        if (pollMinutes < MIN_MINUTES || pollMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("poll minutes: " + MIN_MINUTES + " to " + MAX_MINUTES);
        }
    }

    /** Whether a folder is to be watched: ticked, and an address given. */
    public boolean watched() {
        return enabled && !address.isBlank();
    }

    public static InboxSettings defaults() {
        return new InboxSettings(false, "", DEFAULT_MINUTES);
    }
}
