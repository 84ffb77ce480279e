package app.nudge.domain;

import java.util.Locale;

/**
 * A person at the employer. {@code primary} marks the one who gives status updates.
 * Texts are never null: an unknown value is the empty string.
 */
public record Contact(String name, String email, String phone, String title, boolean primary) {

    public Contact {
        name = Texts.orEmpty(name);
        email = Texts.orEmpty(email);
        phone = Texts.orEmpty(phone);
        title = Texts.orEmpty(title);
    }

    public static Contact named(String name, String email) {
        return new Contact(name, email, "", "", false);
    }

    /** The first word of the name, for a greeting ("Hi Pat,"). */
    public String firstName() {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /**
     * Whether the title reads like a recruiting or people role (used for a secondary contact, R10):
     * it contains recruit, talent or people (any case), or "HR" at the start of a word, so "HR
     * Manager", "HRBP" and "Senior HR Partner" match while the "hr" inside "Chris" does not.
     */
    public boolean looksLikeRecruiter() {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("recruit") || t.contains("talent") || t.contains("people") || hasWordStartingWithHr(t);
    }

    /** The regex {@code (^|[^a-z])hr} without compiling a pattern on every call. */
    private static boolean hasWordStartingWithHr(String lowerCaseTitle) {
        int at = lowerCaseTitle.indexOf("hr");
        while (at >= 0) {
            if (at == 0) {
                return true;
            }
            char before = lowerCaseTitle.charAt(at - 1);
            if (before < 'a' || before > 'z') {
                return true;
            }
            at = lowerCaseTitle.indexOf("hr", at + 1);
        }
        return false;
    }

    public Contact withPrimary(boolean value) {
        return value == primary ? this : new Contact(name, email, phone, title, value);
    }
}
