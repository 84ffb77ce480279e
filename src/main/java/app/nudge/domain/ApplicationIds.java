package app.nudge.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Makes an application id from company and role (docs/exchange-format.md), for a file that gives none and
 * for the log-interview form, so that importing the same file twice still gives one copy: "Acme Corp" + "Business Analyst" →
 * "acme-corp-business-analyst", then "-2", "-3" for repeats.
 */
public final class ApplicationIds {

    private ApplicationIds() {
    }

    public static String base(String company, String role) {
        String text = (company + " " + role).toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                id.appendCodePoint(cp);
            } else if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
                id.append('-'); // runs of other characters become one dash
            }
        });
        while (id.length() > 0 && id.charAt(id.length() - 1) == '-') {
            id.setLength(id.length() - 1);
        }
        return id.isEmpty() ? "application" : id.toString();
    }

    /** The base id, or the first of base-2, base-3... not yet taken. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
