package app.nudge.compose;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Date formats of the messages, in the message's language whatever the platform locale. The body
 * form has no preposition: the templates put the one their sentence needs around it ("on
 * {interviewDate}", "am {interviewDate}", "le {interviewDate}", "el {interviewDate}", "op
 * {interviewDate}"), so a native writer reads "am Dienstag, 1. Dezember", "le mardi 1er décembre",
 * "el martes 1 de diciembre", "op dinsdag 1 december".
 */
final class DraftDates {

    private DraftDates() {
    }

    /** "Nov 16", or empty for no date. */
    static String inSubject(LocalDate date) {
        return inSubject(date, Language.EN);
    }

    /** "Monday, November 16", or empty for no date. */
    static String inBody(LocalDate date) {
        return inBody(date, Language.EN);
    }

    /**
     * For a subject line, no weekday: "Nov 16", "16. November", "16 novembre" ("1er décembre"),
     * "16 de noviembre", "16 november"; empty for no date.
     */
    static String inSubject(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return switch (language) {
            case EN -> format("MMM d", date, language);
            case DE -> format("d. MMMM", date, language);
            case FR -> frenchDay(date) + " " + format("MMMM", date, language);
            case ES -> format("d 'de' MMMM", date, language);
            case NL -> format("d MMMM", date, language);
        };
    }

    /**
     * For a sentence, with the weekday: "Monday, November 16", "Montag, 16. November",
     * "lundi 16 novembre" ("mardi 1er décembre"), "lunes 16 de noviembre", "maandag 16 november";
     * empty for no date.
     */
    static String inBody(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return switch (language) {
            case EN -> format("EEEE, MMMM d", date, language);
            case DE -> format("EEEE, d. MMMM", date, language);
            // French writes the first of the month as an ordinal, "1er", and every other day as a number.
            case FR -> format("EEEE", date, language) + " " + frenchDay(date) + " " + format("MMMM", date, language);
            case ES -> format("EEEE d 'de' MMMM", date, language);
            case NL -> format("EEEE d MMMM", date, language);
        };
    }

    /** "Mon 23 Nov" in the window's language, as the plan's reasons write dates (for warnings). */
    static String shortDay(LocalDate date) {
        return Texts.current().date("format.day", date);
    }

    private static String frenchDay(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }

    private static String format(String pattern, LocalDate date, Language language) {
        // Weekday and month names come from the JDK's CLDR data, lower case where the language writes them so.
        Locale locale = language == Language.EN ? Locale.ENGLISH : language.locale();
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }
}
