package app.nudge.common;

import java.util.Arrays;

/** What is done with a typed password once it has been used: it is forgotten, in one place. */
public final class Passwords {

    private Passwords() {
    }

    /** Overwrites the characters of {@code password} so the memory no longer holds them; null does nothing. */
    public static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
