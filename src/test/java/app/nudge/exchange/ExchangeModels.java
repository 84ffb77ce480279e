package app.nudge.exchange;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid contents of an exchange file, as domain values, for the property tests: every value one
 * that the format accepts and keeps exactly (texts full of control characters, emoji, RTL marks;
 * dates at the edges of the kept years and in daylight-saving gaps), so the expected export is the
 * writer's output for these values, computed without the reader.
 */
final class ExchangeModels {

    /** The contents of one file: settings (null: none given) and applications with distinct explicit ids. */
    record Model(Settings settings, List<Application> applications) {
    }

    /** Hostile but legal: C0 controls but NUL, DEL, NEL, line and paragraph separators, BOM, RTL and bidi overrides. */
    private static final int[] ODD = {0x1B, 0x07, 0x0D, 0x0A, 0x09, 0x08, 0x0C, 0x01, 0x1F, 0x7F, 0x85, 0x2028, 0x2029,
        0xFEFF, 0x200F, 0x202E, 0x200B, 0x0301, 0xFFFD, 0xFFFF, '"', '\\', '/', '<', '&', '\''};
    /** Beyond the BMP: written as surrogate pairs in Java, four bytes in UTF-8. */
    private static final int[] ASTRAL = {0x1F389, 0x1F468, 0x200D, 0x1F469, 0x10FFFF, 0x1D11E, 0x20BB7};
    /** Latin-1, CJK, Hebrew, Arabic. */
    private static final int[] OTHER_SCRIPTS = {0xFC, 0x65E5, 0x05D0, 0x0627};

    private ExchangeModels() {
    }

    /**
     * Any text of at most {@code maxCodePoints} code points (each at most two chars): empty a fifth
     * of the time, else mostly letters and spaces with the odd characters above mixed in. Built
     * from one random seed: jqwik's list-of-characters arbitraries cost milliseconds a text.
     */
    static Arbitrary<String> text(int maxCodePoints) {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            if (maxCodePoints == 0 || random.nextInt(5) == 0) {
                return "";
            }
            int length = 1 + random.nextInt(maxCodePoints);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(14);
                if (pick < 8) {
                    b.append((char) ('a' + random.nextInt(26)));
                } else if (pick < 10) {
                    b.append(' ');
                } else if (pick < 12) {
                    b.appendCodePoint(ODD[random.nextInt(ODD.length)]);
                } else if (pick < 13) {
                    b.appendCodePoint(ASTRAL[random.nextInt(ASTRAL.length)]);
                } else {
                    b.appendCodePoint(OTHER_SCRIPTS[random.nextInt(OTHER_SCRIPTS.length)]);
                }
            }
            return b.toString();
        });
    }

    /** A text that is not blank: a letter first. */
    static Arbitrary<String> name(int maxCodePoints) {
        return text(maxCodePoints - 1).map(t -> "N" + t);
    }

    static Arbitrary<String> email() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(s -> s + "@example.org"));
    }

    /** Days in the kept years, the edges weighted. */
    static Arbitrary<LocalDate> date() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2999, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)),
                Tuple.of(2, Arbitraries.longs().between(LocalDate.of(2020, 1, 1).toEpochDay(),
                        LocalDate.of(2030, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)),
                Tuple.of(1, Arbitraries.of(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31),
                        LocalDate.of(2000, 2, 29), LocalDate.of(2996, 2, 29))));
    }

    /** Date-times in the kept years, with the daylight-saving gaps and overlaps of several zones. */
    static Arbitrary<LocalDateTime> dateTime() {
        Arbitrary<LocalDateTime> any = Combinators.combine(date(), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.of(0, 0, 0, 1, 30, 59))
                .as((d, h, m, s) -> d.atTime(h, m, s));
        return Arbitraries.frequencyOf(
                Tuple.of(4, any),
                Tuple.of(1, Arbitraries.of(LocalDateTime.of(2026, 3, 8, 2, 30), LocalDateTime.of(2026, 11, 1, 1, 30),
                        LocalDateTime.of(2026, 3, 29, 1, 30), LocalDateTime.of(2026, 10, 4, 2, 15),
                        LocalDateTime.of(2011, 12, 30, 12, 0), LocalDateTime.of(1900, 1, 1, 0, 0),
                        LocalDateTime.of(2999, 12, 31, 23, 59, 59))));
    }

    static Arbitrary<Contact> contact() {
        return Combinators.combine(text(60), email(), text(20), text(30), Arbitraries.of(true, false))
                .as(Contact::new);
    }

    static Arbitrary<InterviewRound> round() {
        return Combinators.combine(dateTime(), Arbitraries.integers().between(-1, 40), text(40), name(30).list().ofMaxSize(3))
                .as((end, days, point, people) -> new InterviewRound(end,
                        days < 0 || end.toLocalDate().plusDays(days).getYear() > 2999 ? null : end.toLocalDate().plusDays(days),
                        point, people));
    }

    /** Any event that the rules accept: dates given later are not before the event. */
    static Arbitrary<Event> event() {
        return Combinators.combine(Arbitraries.of(EventType.class), date(), Arbitraries.integers().between(0, 30),
                Arbitraries.of(Channel.class), Arbitraries.of(ActionType.class), text(30), Arbitraries.of(true, false), name(20))
                .as((type, on, days, channel, action, note, named, person) -> {
                    LocalDate later = on.plusDays(days).getYear() > 2999 ? on : on.plusDays(days);
                    Event e = switch (type) {
                        case FOLLOW_UP_SENT -> new Event(type, on, channel, null, null, null, null, note);
                        case REPLY_RECEIVED -> new Event(type, on, null, named ? later : null, null, null, null, note);
                        case CHECK_BACK_AGREED -> new Event(type, on, null, null, later, null, null, note);
                        case SKIPPED -> new Event(type, on, null, null, null, action, null, note);
                        case SNOOZED -> new Event(type, on, null, null, null, null, later, note);
                        default -> new Event(type, on, null, null, null, null, null, note);
                    };
                    return named && Event.canNameRecipient(type, e.action()) ? e.withRecipient(person) : e;
                });
    }

    private record Head(String id, String company, String role, String country, LocalDate applied, String url,
                        String location, String source) {
    }

    private record Tail(boolean mayCall, boolean delay, String notes, List<Contact> contacts, List<InterviewRound> rounds,
                        List<Event> events) {
    }

    // Two combinations joined, not flatAs: a flat-mapped arbitrary builds new generators for every application.
    static Arbitrary<Application> application(Arbitrary<String> ids) {
        Arbitrary<Head> head = Combinators.combine(ids, name(90), name(90), Arbitraries.of("", "", "US", "GB", "DE"),
                date().injectNull(0.3), text(30), text(20), text(20)).as(Head::new);
        Arbitrary<Tail> tail = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), text(60),
                contact().list().ofMaxSize(2), round().list().ofMaxSize(2), event().list().ofMaxSize(3)).as(Tail::new);
        return Combinators.combine(head, tail).as((h, t) -> new Application(h.id(), h.company(), h.role(), h.country(),
                h.applied(), h.url(), h.location(), h.source(), t.mayCall(), t.delay(), t.notes(), t.contacts(), t.rounds(),
                t.events()));
    }

    static Arbitrary<Settings> settings() {
        return Combinators.combine(text(20), email(), text(20), text(60), Arbitraries.of("", "US", "GB", "DE"),
                Arbitraries.of("STANDARD", "PATIENT", "PERSISTENT")).as(Settings::new);
    }

    /** Ids: some the seed database holds (so the import replaces them), some new, some hostile. */
    static Arbitrary<String> id() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("seed", "acme", "a", "b")),
                Tuple.of(3, name(40)));
    }

    static Arbitrary<Model> model() {
        return Combinators.combine(settings().injectNull(0.4), application(id()).list().ofMaxSize(3))
                .as((settings, apps) -> {
                    Map<String, Application> byId = new LinkedHashMap<>();
                    apps.forEach(a -> byId.putIfAbsent(a.id(), a)); // explicit ids are distinct in a valid file
                    return new Model(settings, List.copyOf(byId.values()));
                });
    }
}
