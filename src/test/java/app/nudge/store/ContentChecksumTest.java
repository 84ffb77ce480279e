package app.nudge.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every field of the aggregate (the application and every field of every child) takes part in its
 * check: each single change gives a different check, and all the changes tried give checks different
 * from each other. Fields are found by reflection over the records, so a field added later and
 * forgotten in {@link ContentChecksum} fails here.
 */
class ContentChecksumTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    private static Application full() {
        List<Contact> contacts = List.of(new Contact("Pat Lee", "pat@acme.example", "+1 555 0101", "Hiring Manager", true),
                new Contact("Sam Roe", "sam@acme.example", "+1 555 0102", "Recruiter", false));
        List<InterviewRound> rounds = List.of(
                new InterviewRound(LocalDateTime.of(2026, 11, 10, 10, 30), DAY.plusDays(3), "billing", List.of("Pat Lee", "Kim")),
                new InterviewRound(LocalDateTime.of(2026, 11, 17, 15, 0), DAY.plusDays(9), "portal", List.of("Ana", "Bo")));
        List<Event> events = List.of(
                new Event(EventType.THANK_YOU_SENT, DAY, Channel.EMAIL, DAY.plusDays(1), DAY.plusDays(2),
                        ActionType.THANK_YOU, DAY.plusDays(4), "a note", "Pat Lee"),
                Event.followUp(DAY.plusDays(5), Channel.PHONE), Event.snoozed(DAY.plusDays(6), DAY.plusDays(8)));
        return new Application("acme-1", "Acme", "Analyst", "US", DAY.minusDays(30), "https://acme.example/jobs/1",
                "Berlin", "referral", true, false, "notes", contacts, rounds, events, Optional.of(Language.DE));
    }

    @Test
    void everyFieldOfEveryRecordChangesTheCheckAndNoTwoChangesCollide() {
        Application base = full();
        Map<String, Application> changed = new LinkedHashMap<>();
        for (Map.Entry<String, Application> e : changesOfEachField(base).entrySet()) {
            assertNotEquals(base, e.getValue(), e.getKey() + " really changes the application");
            changed.put(e.getKey(), e.getValue());
        }
        changed.putAll(changesOfListsAndNulls(base));
        Map<Long, String> seen = new LinkedHashMap<>();
        seen.put(ContentChecksum.of(base), "the base");
        for (Map.Entry<String, Application> e : changed.entrySet()) {
            String earlier = seen.put(ContentChecksum.of(e.getValue()), e.getKey());
            assertEquals(null, earlier, e.getKey() + " has the same check as " + earlier);
        }
        // Application 12 + Contact 5 (x2 contacts) + InterviewRound 3 (x2 rounds) + Event 9, and the hand-made ones.
        assertTrue(changed.size() >= 12 + 10 + 6 + 9 + 14, "changes tried: " + changed.size());
        assertEquals(ContentChecksum.of(full()), ContentChecksum.of(base), "the same content gives the same check");
    }

    /** Each scalar component of each record, changed on its own: in the application, each contact, each round, the first event. */
    private static Map<String, Application> changesOfEachField(Application base) {
        Map<String, Application> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : changeEachComponent(base).entrySet()) {
            changes.put("application." + e.getKey(), (Application) e.getValue());
        }
        for (int i = 0; i < base.contacts().size(); i++) {
            for (Map.Entry<String, Object> e : changeEachComponent(base.contacts().get(i)).entrySet()) {
                List<Contact> contacts = new ArrayList<>(base.contacts());
                contacts.set(i, (Contact) e.getValue());
                changes.put("contacts[" + i + "]." + e.getKey(), base.withContacts(contacts));
            }
        }
        for (int i = 0; i < base.interviews().size(); i++) {
            for (Map.Entry<String, Object> e : changeEachComponent(base.interviews().get(i)).entrySet()) {
                List<InterviewRound> rounds = new ArrayList<>(base.interviews());
                rounds.set(i, (InterviewRound) e.getValue());
                changes.put("interviews[" + i + "]." + e.getKey(), base.withInterviews(rounds));
            }
        }
        for (Map.Entry<String, Object> e : changeEachComponent(base.events().get(0)).entrySet()) {
            List<Event> events = new ArrayList<>(base.events());
            events.set(0, (Event) e.getValue());
            changes.put("events[0]." + e.getKey(), base.withEvents(events));
        }
        return changes;
    }

    /** Lists (order, count, which list a value is in) and nulls against empty or set values. */
    private static Map<String, Application> changesOfListsAndNulls(Application base) {
        Map<String, Application> changes = new LinkedHashMap<>();
        changes.put("contacts swapped", base.withContacts(List.of(base.contacts().get(1), base.contacts().get(0))));
        changes.put("no contacts", base.withContacts(List.of()));
        changes.put("events reordered", base.withEvents(List.of(base.events().get(1), base.events().get(0), base.events().get(2))));
        changes.put("last event gone", base.withEvents(base.events().subList(0, 2)));
        changes.put("no rounds", base.withInterviews(List.of()));
        changes.put("an interviewer moved to the next round", base.withInterviews(List.of(
                round(base, 0, List.of("Pat Lee")), round(base, 1, List.of("Kim", "Ana", "Bo")))));
        changes.put("interviewer names split differently", base.withInterviews(List.of(
                round(base, 0, List.of("Pat Le", "eKim")), base.interviews().get(1))));
        changes.put("interviewers swapped", base.withInterviews(List.of(
                round(base, 0, List.of("Kim", "Pat Lee")), base.interviews().get(1))));
        changes.put("applied on: none", new Application(base.id(), base.company(), base.role(), base.country(), null,
                base.url(), base.location(), base.source(), base.mayCall(), base.knownDelay(), base.notes(),
                base.contacts(), base.interviews(), base.events()));
        changes.put("company and role split differently", new Application(base.id(), "Acm", "eAnalyst", base.country(),
                base.appliedOn(), base.url(), base.location(), base.source(), base.mayCall(), base.knownDelay(),
                base.notes(), base.contacts(), base.interviews(), base.events()));
        changes.put("recipient: none (for everyone)", base.withEvents(List.of(base.events().get(0).withRecipient(null),
                base.events().get(1), base.events().get(2))));
        changes.put("decision expected by: none", base.withInterviews(List.of(new InterviewRound(
                base.interviews().get(0).endedAt(), null, "billing", base.interviews().get(0).interviewers()),
                base.interviews().get(1))));
        changes.put("message language: the user's", base.withMessageLanguage(Optional.empty()));
        changes.put("message language: English", base.withMessageLanguage(Optional.of(Language.EN)));
        changes.put("event fields all none", base.withEvents(List.of(Event.of(EventType.THANK_YOU_SENT, DAY),
                base.events().get(1), base.events().get(2))));
        return changes;
    }

    private static InterviewRound round(Application base, int index, List<String> interviewers) {
        InterviewRound r = base.interviews().get(index);
        return new InterviewRound(r.endedAt(), r.decisionExpectedBy(), r.talkingPoint(), interviewers);
    }

    /** For each non-list component of {@code value}'s record: a copy with only that component changed. */
    private static Map<String, Object> changeEachComponent(Record value) {
        Map<String, Object> changes = new LinkedHashMap<>();
        RecordComponent[] components = value.getClass().getRecordComponents();
        try {
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            for (int i = 0; i < components.length; i++) {
                Class<?> type = components[i].getType();
                if (type == List.class) {
                    continue; // lists: changesOfListsAndNulls
                }
                Object[] args = new Object[components.length];
                for (int j = 0; j < components.length; j++) {
                    args[j] = components[j].getAccessor().invoke(value);
                }
                args[i] = other(type, args[i]);
                changes.put(components[i].getName(), canonical.newInstance(args));
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return changes;
    }

    private static Object other(Class<?> type, Object current) {
        if (type == String.class) {
            return current == null ? "x" : current + "x";
        }
        if (type == LocalDate.class) {
            return current == null ? DAY : ((LocalDate) current).plusDays(1);
        }
        if (type == LocalDateTime.class) {
            return ((LocalDateTime) current).plusNanos(1_000); // a round's end is kept to the microsecond (InterviewRound)
        }
        if (type == Optional.class) { // the message language: the next one, or one where there was none
            return ((Optional<?>) current).map(l -> Language.values()[(((Language) l).ordinal() + 1) % Language.values().length])
                    .or(() -> Optional.of(Language.EN));
        }
        if (type == boolean.class) {
            return !(Boolean) current;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return current == null ? constants[0] : constants[(((Enum<?>) current).ordinal() + 1) % constants.length];
        }
        throw new AssertionError("a field of type " + type + " the test does not know how to change: teach it, and"
                + " make sure ContentChecksum covers it");
    }

    @Test
    void theEncodingKeepsNullEmptyAndBoundariesApart() {
        assertFalse(Arrays.equals(new ContentChecksum.Canonical("k").text(null).encoded(),
                new ContentChecksum.Canonical("k").text("").encoded()), "null and empty differ");
        assertFalse(Arrays.equals(new ContentChecksum.Canonical("k").text("ab").text("c").encoded(),
                new ContentChecksum.Canonical("k").text("a").text("bc").encoded()), "boundaries are kept");
        assertFalse(Arrays.equals(new ContentChecksum.Canonical("k").count(0).text("a").encoded(),
                new ContentChecksum.Canonical("k").count(1).text("a").encoded()));
        assertFalse(Arrays.equals(new ContentChecksum.Canonical("k").date(null).encoded(),
                new ContentChecksum.Canonical("k").text("").encoded()));
        // Unpaired surrogates are kept as they are (a UTF-8 encoding would turn both into '?').
        assertNotEquals(ContentChecksum.ofSetting("n", "\uD800"), ContentChecksum.ofSetting("n", "\uDC00"));
        assertNotEquals(ContentChecksum.ofSetting("n", ""), ContentChecksum.ofSetting("n", "\u0000"));
        assertNotEquals(ContentChecksum.ofSetting("ab", "c"), ContentChecksum.ofSetting("a", "bc"));
    }

    @Test
    void aStoredCheckOfNoneNeverMatches() {
        long check = ContentChecksum.of(full());
        assertTrue(ContentChecksum.matches(check, check));
        assertFalse(ContentChecksum.matches(check, null));
        assertFalse(ContentChecksum.matches(check, check ^ 1));
        assertFalse(ContentChecksum.matches(check, check ^ (1L << 40)));
    }
}
