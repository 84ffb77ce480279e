package app.nudge.replies;

import app.nudge.policy.WeekendCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.nudge.replies.DateMath.dayOfMonth;
import static app.nudge.replies.DateMath.exact;
import static app.nudge.replies.DateMath.fridayOnOrAfter;
import static app.nudge.replies.DateMath.num;
import static app.nudge.replies.DateMath.spanOfWeek;
import static app.nudge.replies.DateMath.weekAfter;

/**
 * Dates in words, read relative to the message's date. Every phrase and its meaning is listed in
 * docs/replies.md (the table there and the rules below must agree). Where a phrase names a span
 * rather than a day, the meaning depends on what the date is for ({@link Purpose}): a decision
 * "next week" is that week's Friday (the latest day it can still be kept), a check-back "next week"
 * is that week's Monday (the earliest day the company asked to hear again), and a round is never
 * placed on a vague span. A date that does not exist ("February 30") or whose weekday contradicts
 * it is ignored, never guessed.
 */
final class DatePhrases {

    /** What the date will be used as. */
    enum Purpose { DECISION, CHECK_BACK, ROUND }

    /** A date found in a flat sentence, with the phrase's place in it. */
    record Found(LocalDate date, int start, int end) {
    }

    interface Reader {
        /** The date the matched phrase means, or null when it names none (or none for this purpose). */
        LocalDate read(Matcher m, LocalDate ref, Purpose purpose, Locale locale);
    }

    /** A phrase (written with its accents, see {@link Flat#pattern}) and how to read it. */
    record Rule(Pattern pattern, Reader reader) {
    }

    /** "check back after the 15th", "nach dem 15.", "après le 15", "después del 15", "na 15 december". */
    private static final Pattern AFTER = Flat.pattern(
            "\\b(after|nach|nach dem|après|après le|después de|después del|después del día|na)( the)? $");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?";
    /** Full weekday names only on their own: "sat", "sun" and "wed" are words too. */
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    /** Before an explicit date, abbreviations are safe ("Fri, Dec 12"). */
    private static final String WEEKDAY_PREFIX = "(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\b\\.?,? )?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,? (\\d{4})\\b)?";
    private static final String COUNT = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a couple|couple of)";
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a couple of", 2),
            Map.entry("a couple", 2), Map.entry("couple of", 2));
    /** Countries whose English writes 12/1 as December 1 (month first); everywhere else, day first. */
    private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("US", "PH", "CA");

    private static final List<Rule> ENGLISH = List.of(
            // 2026-12-12: exact, the year as written.
            rule("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b",
                    (m, ref, p, l) -> exact(num(m.group(1)), num(m.group(2)), num(m.group(3)))),
            // "December 12", "Dec. 12th", "Fri, Dec 12, 2026", "the December 12".
            rule("\\b" + WEEKDAY_PREFIX + "(?:the )?" + MONTH + " (\\d{1,2})" + ORDINAL + "\\b" + YEAR,
                    (m, ref, p, l) -> dayOfYear(ref, m.group(1), MONTHS.get(m.group(2)), num(m.group(3)), m.group(4))),
            // "12 December", "12th of December 2026", "Friday, 11 December".
            rule("\\b" + WEEKDAY_PREFIX + "(?:the )?(\\d{1,2})" + ORDINAL + " (?:of )?" + MONTH + YEAR,
                    (m, ref, p, l) -> dayOfYear(ref, m.group(1), MONTHS.get(m.group(3)), num(m.group(2)), m.group(4))),
            // "12/11", "12/11/2026": month first or day first by the user's locale.
            rule("\\b" + WEEKDAY_PREFIX + "(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?\\b(?!/)", DatePhrases::numeric),
            // "early/mid/end of January": the 10th, the 15th, the last day; not a day for a round.
            rule("\\b(early|mid|middle of|the middle of|late|end of|the end of|beginning of|the beginning of"
                    + "|start of|the start of)[ -](?:of )?" + MONTH + "(?: (\\d{4}))?", DatePhrases::partOfMonth),
            rule("\\b(?:the )?end of (?:the |this )?month\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : ref.with(TemporalAdjusters.lastDayOfMonth())),
            rule("\\b(?:the )?end of next month\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : ref.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())),
            // "end of this week", "end of the week", "later this week", "this week": this week's Friday.
            rule("\\b(?:(?:the )?end of (?:this |the )?week|later this week|this week)\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : fridayOnOrAfter(ref)),
            rule("\\b(?:the )?(?:end of|late) next week\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : weekAfter(ref, 1).plusDays(4)),
            rule("\\b(?:early|(?:the )?(?:beginning|start) of) next week\\b",
                    (m, ref, p, l) -> spanOfWeek(weekAfter(ref, 1), p, 1)),
            rule("\\b(?:the )?week after next\\b", (m, ref, p, l) -> spanOfWeek(weekAfter(ref, 2), p, 4)),
            rule("\\bnext week\\b", (m, ref, p, l) -> spanOfWeek(weekAfter(ref, 1), p, 4)),
            // "in two weeks", "within a week", "in a couple of weeks": 7 days each.
            rule("\\b(?:in|within) " + COUNT + " weeks?\\b",
                    (m, ref, p, l) -> p == Purpose.ROUND ? null : ref.plusWeeks(count(m.group(1)))),
            // "in 5 days", "within 10 days", "within 3 business days" (Saturdays and Sundays skipped).
            rule("\\b(?:in|within) " + COUNT + " (business |working )?days?\\b", DatePhrases::days),
            rule("\\btomorrow\\b", (m, ref, p, l) -> ref.plusDays(1)),
            // "Friday", "this Friday", "next Friday", "Friday next week".
            rule("\\b(?:(this coming|this|coming|next) )?" + WEEKDAY + "(?:,? (next week|this week))?\\b",
                    DatePhrases::weekday),
            // "the 12th": the next 12th on or after the message date. "Monday the 7th" is the 7th, not the
            // coming Monday; a weekday that does not agree with it hides both.
            rule("\\b" + WEEKDAY_PREFIX + "the (\\d{1,2})(?:st|nd|rd|th)\\b",
                    (m, ref, p, l) -> agrees(dayOfMonth(ref, num(m.group(2))), m.group(1))));

    /** Every language's phrases: a reply is read without knowing its language. */
    private static final List<Rule> RULES = java.util.stream.Stream.of(ENGLISH, DatePhrasesGerman.RULES,
            DatePhrasesFrench.RULES, DatePhrasesSpanish.RULES, DatePhrasesDutch.RULES).flatMap(List::stream).toList();

    private DatePhrases() {
    }

    static Rule rule(String regex, Reader reader) {
        return new Rule(Flat.pattern(regex), reader);
    }

    /**
     * The first date named in a flat sentence ({@link Flat}), or empty. Phrases are taken from left
     * to right, the longest at each place; a phrase that names an impossible date hides the shorter
     * phrases inside it (so "Friday, February 30" is ignored rather than read as "Friday").
     */
    static Optional<Found> first(String flat, LocalDate ref, Purpose purpose, Locale locale) {
        List<Found> all = all(flat, ref, purpose, locale);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /** Every date named in a flat sentence, from left to right, by the rules of {@link #first}. */
    static List<Found> all(String flat, LocalDate ref, Purpose purpose, Locale locale) {
        List<Object[]> hits = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(flat);
            while (m.find()) {
                hits.add(new Object[] {m.start(), m.end(), rule.reader().read(m, ref, purpose, locale)});
            }
        }
        hits.sort(Comparator.<Object[]>comparingInt(h -> (int) h[0]).thenComparingInt(h -> -(int) h[1]));
        List<Found> found = new ArrayList<>();
        int covered = 0;
        for (Object[] hit : hits) {
            int start = (int) hit[0];
            int end = (int) hit[1];
            if (start < covered) {
                continue;
            }
            covered = end;
            if (hit[2] instanceof LocalDate date) {
                // "check back after the 15th" asks for the day after it.
                boolean after = purpose == Purpose.CHECK_BACK && AFTER.matcher(flat.substring(0, start)).find();
                found.add(new Found(after ? date.plusDays(1) : date, start, end));
            }
        }
        return found;
    }

    private static LocalDate numeric(Matcher m, LocalDate ref, Purpose p, Locale locale) {
        int first = num(m.group(2));
        int second = num(m.group(3));
        if (m.group(0).endsWith("24/7")) {
            return null; // "24/7" is "always", not the 24th of July
        }
        boolean monthFirst = MONTH_FIRST_COUNTRIES.contains(locale.getCountry());
        int month = monthFirst ? first : second;
        int day = monthFirst ? second : first;
        String year = m.group(4) == null ? null : m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
        return dayOfYear(ref, m.group(1), month, day, year);
    }

    private static LocalDate partOfMonth(Matcher m, LocalDate ref, Purpose p, Locale l) {
        if (p == Purpose.ROUND) {
            return null;
        }
        String part = m.group(1).replace("the ", "");
        int month = MONTHS.get(m.group(2));
        int year = m.group(3) == null ? ref.getYear() : num(m.group(3));
        LocalDate firstDay = LocalDate.of(year, month, 1);
        LocalDate date = switch (part) {
            case "early", "beginning of", "start of" -> firstDay.withDayOfMonth(10);
            case "mid", "middle of" -> firstDay.withDayOfMonth(15);
            default -> firstDay.with(TemporalAdjusters.lastDayOfMonth()); // late, end of
        };
        return m.group(3) == null && date.isBefore(ref) ? partOfMonthNextYear(date) : date;
    }

    private static LocalDate partOfMonthNextYear(LocalDate date) {
        LocalDate next = date.plusYears(1);
        return date.getDayOfMonth() == date.lengthOfMonth() ? next.with(TemporalAdjusters.lastDayOfMonth()) : next;
    }

    private static LocalDate days(Matcher m, LocalDate ref, Purpose p, Locale l) {
        int n = count(m.group(1));
        if (p == Purpose.ROUND || n < 1) {
            return null;
        }
        return m.group(2) == null ? ref.plusDays(n) : WeekendCalendar.INSTANCE.plusBusinessDays(ref, n);
    }

    private static LocalDate weekday(Matcher m, LocalDate ref, Purpose p, Locale l) {
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String before = m.group(1);
        String after = m.group(3);
        if ("next".equals(before) || "next week".equals(after)) {
            return weekAfter(ref, 1).with(TemporalAdjusters.nextOrSame(day)); // the named day of next week
        }
        if ("this week".equals(after)) {
            LocalDate date = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
            return date.isBefore(ref) ? null : date;
        }
        return ref.with(TemporalAdjusters.next(day)); // "Friday", "this Friday": the next one after the message
    }

    /**
     * A month and day, in the year written, else the first one on or after the message date. A
     * weekday written with it must agree, else the date is ignored.
     */
    private static LocalDate dayOfYear(LocalDate ref, String weekday, Integer month, int day, String year) {
        if (month == null) {
            return null;
        }
        LocalDate date = null;
        if (year != null) {
            date = exact(num(year), month, day);
        } else {
            for (int y = ref.getYear(); y <= ref.getYear() + 4 && date == null; y++) {
                LocalDate candidate = exact(y, month, day);
                date = candidate != null && !candidate.isBefore(ref) ? candidate : null;
            }
        }
        return agrees(date, weekday);
    }

    /** The date, when no weekday is written with it or the written one is its own; else null. */
    private static LocalDate agrees(LocalDate date, String weekday) {
        if (date == null || weekday == null) {
            return date;
        }
        String written = weekday.replace(".", "");
        String actual = date.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        return actual.startsWith(written.substring(0, Math.min(3, written.length()))) ? date : null;
    }

    private static int count(String word) {
        Integer known = COUNT_WORDS.get(word);
        return known != null ? known : num(word);
    }
}
