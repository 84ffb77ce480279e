package app.nudge.domain;

/**
 * The user's own details as the exchange format carries them. {@code country} is an ISO 3166
 * code or empty (then the locale decides); {@code preset} names a follow-up preset.
 */
public record Settings(String yourName, String yourEmail, String yourPhone, String signature,
                       String country, String preset) {

    public static final String DEFAULT_PRESET = "STANDARD";

    public Settings {
        yourName = Texts.orEmpty(yourName);
        yourEmail = Texts.orEmpty(yourEmail);
        yourPhone = Texts.orEmpty(yourPhone);
        signature = Texts.orEmpty(signature);
        country = Texts.orEmpty(country);
        preset = preset == null || preset.isBlank() ? DEFAULT_PRESET : preset;
    }

    public static Settings defaults() {
        return new Settings("", "", "", "", "", DEFAULT_PRESET);
    }
}
