package app.nudge.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where text becomes a date. Two readers share it: {@link #loose} for dates other
 * trackers wrote into a sheet (no reference day, US month-first slashes as LinkedIn and Huntr write
 * them), and {@link #typed} for what a person types into a date field (the locale's own day/month
 * order, ISO, month names, and a year-less date meaning the next such day on or after a reference
 * day). Pure: no UI, no files.
 */
public final class DateReader {

    private static final Pattern ISO_START = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?$");
    private static final Pattern SLASHES = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b.*$");
    private static final Pattern DOTS = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b.*$");
    private static final Pattern NUMBERS = Pattern.compile("^(\\d{1,4})[/.\\-\\s]+(\\d{1,2})(?:[/.\\-\\s]+(\\d{1,4}))?\\.?$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Far enough to find the next 29 February. */
    private static final int YEARS_TO_LOOK_AHEAD = 8;

    private DateReader() {
    }

    /**
     * Dates as trackers write them: ISO ({@code 2026-11-02}, also with a time or an offset, as Huntr's
     * timestamps), US month-first with slashes ({@code 11/2/26, 10:15 AM} as LinkedIn writes, or
     * {@code 11/02/2026}), day-first with dots ({@code 2.11.2026}) and month names ({@code Nov 2, 2026},
     * {@code 2 November 2026}). Only the date is kept; a time of day is dropped. Empty when the text
     * is none of these, or not a real day.
     */
    public static Optional<LocalDate> loose(String text) {
        String t = text.strip();
        Matcher m = ISO_START.matcher(t);
        if (m.matches()) {
            return day(number(m, 1), number(m, 2), number(m, 3));
        }
        m = SLASHES.matcher(t);
        if (m.matches()) {
            return day(fullYear(number(m, 3)), number(m, 1), number(m, 2));
        }
        m = DOTS.matcher(t);
        if (m.matches()) {
            return day(number(m, 3), number(m, 2), number(m, 1));
        }
        return named(t, Locale.ENGLISH, null);
    }

    /**
     * What a person typed into a date field: the locale's short form ({@code 12/11/2026} in the US,
     * {@code 11/12/2026} in Britain; two-digit years are this century), ISO {@code 2026-12-11}, month
     * names in English or the locale's language ({@code 11 Dec}, {@code Dec 11, 2026}), and the words
     * "today" and "tomorrow". A date without a year ({@code 12/11}, {@code 11 Dec}) is the next such
     * day on or after {@code reference}. Empty when the text is none of these, or not a real day.
     */
    public static Optional<LocalDate> typed(String text, LocalDate reference, Locale locale) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.equals("today")) {
            return Optional.of(reference);
        }
        if (t.equals("tomorrow")) {
            return Optional.of(reference.plusDays(1));
        }
        Matcher iso = ISO_START.matcher(t);
        if (iso.matches() && iso.group(4) == null) {
            return day(number(iso, 1), number(iso, 2), number(iso, 3));
        }
        Matcher m = NUMBERS.matcher(t);
        if (m.matches()) {
            return numeric(m, reference, locale);
        }
        Optional<LocalDate> named = named(t, locale, reference);
        return named.isPresent() || locale.getLanguage().equals("en") ? named : named(t, Locale.ENGLISH, reference);
    }

    /** How the field shows a date: the locale's short form with a four-digit year ({@code 12/11/2026}). */
    public static DateTimeFormatter displayFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy").replaceAll("u+", "uuuu"), locale);
    }

    private static Optional<LocalDate> numeric(Matcher m, LocalDate reference, Locale locale) {
        List<Character> order = fieldOrder(locale);
        String[] parts = {m.group(1), m.group(2), m.group(3)};
        if (parts[2] == null) {
            List<Character> dayAndMonth = new ArrayList<>(order);
            dayAndMonth.remove(Character.valueOf('y'));
            if (parts[0].length() > 2) {
                return Optional.empty();
            }
            int first = Integer.parseInt(parts[0]);
            int second = Integer.parseInt(parts[1]);
            return dayAndMonth.get(0) == 'd' ? next(second, first, reference) : next(first, second, reference);
        }
        int day = 0;
        int month = 0;
        int year = 0;
        for (int i = 0; i < 3; i++) {
            int value = Integer.parseInt(parts[i]);
            switch (order.get(i)) {
                case 'd' -> day = value;
                case 'M' -> month = value;
                default -> {
                    if (parts[i].length() == 1 || parts[i].length() == 3) {
                        return Optional.empty(); // "1" or "202" is no year anyone means
                    }
                    year = fullYear(value);
                }
            }
        }
        return day(year, month, day);
    }

    /** The order of day, month and year in the locale's short pattern: "M/d/yy" gives M, d, y. */
    private static List<Character> fieldOrder(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale).replace('u', 'y');
        List<Character> order = new ArrayList<>();
        for (char c : pattern.toCharArray()) {
            if ((c == 'd' || c == 'M' || c == 'y') && !order.contains(c)) {
                order.add(c);
            }
        }
        return order.size() == 3 ? order : List.of('d', 'M', 'y');
    }

    /**
     * One month name, a day and perhaps a year, in any order ({@code 11 Dec}, {@code Dec 11, 2026},
     * {@code Friday 11 December}); a weekday name is allowed but not checked. Without a year and
     * without a reference day, nothing is read.
     */
    private static Optional<LocalDate> named(String text, Locale locale, LocalDate reference) {
        String t = text.toLowerCase(locale).replace(',', ' ');
        Month month = null;
        Matcher words = WORD.matcher(t);
        while (words.find()) {
            String word = words.group().replace(".", "");
            Optional<Month> found = month(word, locale);
            if (found.isPresent()) {
                if (month != null) {
                    return Optional.empty();
                }
                month = found.get();
            } else if (!isWeekday(word, locale) && !word.equals("st") && !word.equals("nd") && !word.equals("rd")
                    && !word.equals("th") && !word.equals("of")) {
                return Optional.empty();
            }
        }
        List<String> numbers = new ArrayList<>();
        Matcher n = NUMBER.matcher(t);
        while (n.find()) {
            numbers.add(n.group());
        }
        if (month == null || numbers.isEmpty() || numbers.size() > 2 || numbers.get(0).length() > 2) {
            return Optional.empty();
        }
        int day = Integer.parseInt(numbers.get(0));
        if (numbers.size() == 1) {
            return reference == null ? Optional.empty() : next(month.getValue(), day, reference);
        }
        String year = numbers.get(1);
        if (year.length() != 4 && year.length() != 2) {
            return Optional.empty();
        }
        return day(fullYear(Integer.parseInt(year)), month.getValue(), day);
    }

    private static Optional<Month> month(String word, Locale locale) {
        if (word.length() < 3) {
            return Optional.empty();
        }
        for (Month m : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                String name = m.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
                if (name.equals(word) || (style == TextStyle.FULL && word.length() >= 3 && name.startsWith(word))) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWeekday(String word, Locale locale) {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            String full = d.getDisplayName(TextStyle.FULL, locale).toLowerCase(locale);
            String shortName = d.getDisplayName(TextStyle.SHORT, locale).toLowerCase(locale).replace(".", "");
            if (word.equals(full) || word.equals(shortName)) {
                return true;
            }
        }
        return false;
    }

    /** The next {@code month}/{@code day} on or after {@code reference}. */
    private static Optional<LocalDate> next(int month, int day, LocalDate reference) {
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
            return Optional.empty(); // 31 April, 0 May
        }
        for (int year = reference.getYear(); year <= reference.getYear() + YEARS_TO_LOOK_AHEAD; year++) {
            Optional<LocalDate> candidate = day(year, month, day);
            if (candidate.isPresent() && !candidate.get().isBefore(reference)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2026-02-30, 13/45/2026
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int fullYear(int year) {
        return year < 100 ? 2000 + year : year;
    }
}
