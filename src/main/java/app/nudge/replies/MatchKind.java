package app.nudge.replies;

import java.util.Locale;

/** How a message was tied to an application (spec of issue 15, "Match"), in the order tried. */
public enum MatchKind {
    /** The sender's address equals a contact's email, in any case. */
    EMAIL,
    /** The sender's domain is the contacts' domain of exactly one application (never free mail). */
    DOMAIN,
    /** Exactly one application's company is named in the subject or first lines. */
    COMPANY,
    /** Several applications fit: the user picks. */
    AMBIGUOUS,
    /** None fits. */
    NONE;

    /** The word used in JSON: {@code "email"}, {@code "domain"}, ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
