package app.nudge.domain;

/**
 * The look the user chose in Settings: light, dark, or whichever the operating system uses
 * (resolved by the UI when the window opens and whenever the system's setting changes).
 */
public enum ThemeChoice {
    LIGHT, DARK, SYSTEM
}
