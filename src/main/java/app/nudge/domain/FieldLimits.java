package app.nudge.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The one list of what the store keeps exactly: the longest text of each field (the column sizes
 * of db/migration, or a tighter rule of the product), which characters a text may hold, and which
 * years a date may have. The import readers and the forms check through {@link ApplicationRules};
 * FieldLimitsSchemaTest compares these numbers with the columns H2 reports, so they cannot drift.
 */
public final class FieldLimits {

    /** {@code application.id VARCHAR(500)}. */
    public static final int ID = 500;
    /** Company, role, a contact's name, an event's recipient: the product's rule (columns allow more). */
    public static final int NAME = 200;
    /** {@code application.country VARCHAR(8)}; the readers also require a known ISO code. */
    public static final int COUNTRY = 8;
    /** {@code application.notes VARCHAR(20000)}. */
    public static final int NOTES = 20_000;
    /**
     * Every other text. Its column is a {@code VARCHAR} without a length, which H2 2.5 keeps up to
     * 1,000,000,000 characters (INFORMATION_SCHEMA says so; tested); the product stops at a million,
     * a few hundred pages, so that one field of a hostile file cannot fill the memory.
     */
    public static final int TEXT = 1_000_000;

    /**
     * The years a date or date-time may have. H2 keeps any java.time year exactly (tested), but
     * the calendar export writes four-digit years (RFC 5545) and java.util.Date, which the calendar
     * library works in, is Julian before 1583. Within that, the range is what a job seeker can mean:
     * no application is older than 1900, and none is planned past 2999. Typing slips such as
     * 0202 or 20266 are refused instead of being kept as a date no one meant.
     */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private FieldLimits() {
    }

    /** Adds the problem of one text field, if it has one: too long, a NUL, or half of a surrogate pair. */
    public static void checkText(List<FieldProblem> problems, String path, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(path, "longer than " + max + " characters", "tooLong", List.of(max)));
            return;
        }
        String bad = badCharacter(value);
        if (bad != null) {
            problems.add(new FieldProblem(path, bad));
        }
    }

    /** The problems of the user's details (stored as {@code setting.setting_value VARCHAR}), paths relative to them. */
    public static List<FieldProblem> check(Settings s) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        checkText(problems, "yourName", s.yourName(), TEXT);
        checkText(problems, "yourEmail", s.yourEmail(), TEXT);
        checkText(problems, "yourPhone", s.yourPhone(), TEXT);
        checkText(problems, "signature", s.signature(), TEXT);
        checkText(problems, "country", s.country(), COUNTRY);
        checkText(problems, "preset", s.preset(), TEXT);
        return problems;
    }

    /** Adds a problem when the date's year is outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}. */
    public static void checkYear(List<FieldProblem> problems, String path, LocalDate date) {
        if (date != null && !yearKept(date.getYear())) {
            problems.add(new FieldProblem(path, yearProblem(), "year", List.of(FIRST_YEAR, LAST_YEAR)));
        }
    }

    public static boolean yearKept(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static String yearProblem() {
        return "the year must be between " + FIRST_YEAR + " and " + LAST_YEAR;
    }

    /**
     * Why the text cannot be stored, or null. NUL ends strings in C and in terminals, so a NUL is
     * refused, never dropped; a lone surrogate is no character and cannot be written as UTF-8.
     * Every other character (ESC, BEL, CR, TAB, RTL marks, emoji) is kept exactly.
     */
    public static String badCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "contains the character NUL (U+0000) at position " + (i + 1) + "; remove it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format(java.util.Locale.ROOT,
                        "contains half of a character (U+%04X) at position %d; remove it", (int) c, i + 1);
            }
        }
        return null;
    }
}
