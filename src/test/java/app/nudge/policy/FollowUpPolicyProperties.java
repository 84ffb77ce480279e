package app.nudge.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import app.nudge.i18n.ReasonTexts;
import app.nudge.i18n.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/** Properties over random histories (docs/follow-up-rules.md, sections 1-2). */
class FollowUpPolicyProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final HolidayCalendars CALENDARS = new HolidayCalendars();
    private static final Set<String> AFTER_AN_EVENT = Set.of("R5", "R6", "R7", "R8", "R9", "R10", "R11");

    @Property(tries = 1000)
    @Label("R1-R12: windows are well formed, R5..R11 fall on business days after their triggering event")
    void windowsHold(@ForAll("applications") Application app, @ForAll("days") LocalDate today,
                     @ForAll("intervals") Intervals intervals, @ForAll("countries") String country) {
        BusinessCalendar calendar = country.isEmpty() ? BusinessCalendar.weekendsOnly() : CALENDARS.forCountry(country);

        Optional<PlannedAction> next = FollowUpPolicy.next(app, today, calendar, intervals);
        Statistics.label("rule").collect(next.map(PlannedAction::rule).orElse("R1"));

        assertEquals(nothingToPlan(app), next.isEmpty(), "R1 exactly when no round or a terminal event counts");
        if (next.isEmpty()) {
            return;
        }
        PlannedAction action = next.get();
        assertFalse(action.due().isBefore(action.earliest()), "earliest <= due");
        assertEquals(FollowUpPolicy.statusOn(today, action.earliest(), action.due()), action.status());
        LocalDate interviewDate = FollowUpPolicy.latestRound(app).date();
        assertFalse(action.earliest().isBefore(interviewDate), "nothing before the interview date");
        if (AFTER_AN_EVENT.contains(action.rule())) {
            assertTrue(calendar.isBusinessDay(action.earliest()), "earliest is a business day");
            assertTrue(calendar.isBusinessDay(action.due()), "due is a business day");
            LocalDate trigger = latestCountedEventDate(app, interviewDate);
            assertTrue(action.earliest().isAfter(trigger),
                    () -> action.rule() + " earliest " + action.earliest() + " not after its triggering event " + trigger);
        }
        if (action.channel() == Channel.PHONE) {
            assertTrue(app.mayCall(), "R12: phone only when calls were invited");
        }
        assertEquals(app.contacts().isEmpty(), action.recipient() == null, "no recipient only without contacts");
        assertNotNull(action.reason());
        assertTrue(action.reason().endsWith("."), action.reason());
    }

    @Property(tries = 200)
    @Label("plan never throws and is sorted by PlannedAction.ORDER")
    void planNeverThrows(@ForAll("applicationLists") List<Application> apps, @ForAll("days") LocalDate today,
                         @ForAll("intervals") Intervals intervals) {
        List<PlannedAction> plan = FollowUpPolicy.plan(apps, today, CALENDARS.chooser("US", false), intervals);
        for (int i = 1; i < plan.size(); i++) {
            assertTrue(PlannedAction.ORDER.compare(plan.get(i - 1), plan.get(i)) <= 0);
        }
    }

    @Property(tries = 1000)
    @Label("R2-R11: a reason said in English from its facts is the policy's own sentence, word for word")
    void reasonFactsSayTheReason(@ForAll("applications") Application app, @ForAll("days") LocalDate today,
                                 @ForAll("intervals") Intervals intervals) {
        FollowUpPolicy.next(app, today, BusinessCalendar.weekendsOnly(), intervals).ifPresent(action -> {
            assertNotNull(action.facts(), action.rule());
            assertEquals(action.reason(), ReasonTexts.of(action, Texts.of(Language.EN)));
        });
    }

    @Property(tries = 300)
    @Label("R2-R11: in every language a reason leaves no placeholder and names the due day")
    void reasonsInEveryLanguage(@ForAll("applications") Application app, @ForAll("days") LocalDate today,
                                @ForAll("intervals") Intervals intervals) {
        FollowUpPolicy.next(app, today, BusinessCalendar.weekendsOnly(), intervals).ifPresent(action -> {
            for (Language l : Language.values()) {
                String said = ReasonTexts.of(action, Texts.of(l));
                assertFalse(said.matches("(?s).*\\{[a-zA-Z]+}.*"), l + ": " + said);
                assertTrue(said.contains(Texts.of(l).date("format.day", action.due()))
                        || said.contains(Texts.of(l).date("format.dayYear", action.due()))
                        || "firstDayAfter".equals(action.facts().window()), l + ": " + said);
            }
        });
    }

    /** The R1 oracle, written apart from the policy: no round, or a counted terminal event (skips included). */
    private static boolean nothingToPlan(Application app) {
        if (app.interviews().isEmpty()) {
            return true;
        }
        LocalDate interviewDate = app.latestRound().orElseThrow().date();
        return app.events().stream()
                .filter(e -> !e.date().isBefore(interviewDate))
                .map(e -> e.type() == EventType.SKIPPED ? e.action().completedBy() : e.type())
                .anyMatch(EventType::isTerminal);
    }

    private static LocalDate latestCountedEventDate(Application app, LocalDate interviewDate) {
        return app.events().stream()
                .filter(e -> e.type() != EventType.SNOOZED && !e.date().isBefore(interviewDate))
                .map(Event::date).max(LocalDate::compareTo).orElse(interviewDate);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 900).map(BASE::plusDays);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("US", "GB", "DE", "FR", "JP", "");
    }

    @Provide
    Arbitrary<Intervals> intervals() {
        Arbitrary<Intervals> custom = Combinators.combine(range(), range(), range(), Arbitraries.of(true, false))
                .as((a, n, s, secondary) -> new Intervals(a[0], a[1], n[0], n[1], s[0], s[1], secondary));
        return Arbitraries.oneOf(Arbitraries.of(Preset.values()).map(Preset::intervals), custom);
    }

    private static Arbitrary<int[]> range() {
        return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 5))
                .as((min, extra) -> new int[] {min, min + extra});
    }

    @Provide
    Arbitrary<List<Application>> applicationLists() {
        return applications().list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Application> applications() {
        // Events are dated around the latest round, so that most of them count and reach R2..R11.
        Arbitrary<List<InterviewRound>> someRounds = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<InterviewRound>of())),
                Tuple.of(9, round().list().ofMinSize(1).ofMaxSize(3)));
        return someRounds.flatMap(rounds -> {
            LocalDate anchor = rounds.stream().map(InterviewRound::date).max(LocalDate::compareTo).orElse(BASE);
            Arbitrary<List<Event>> events = event(anchor).list().ofMaxSize(12);
            Arbitrary<List<Contact>> contacts = contact().list().ofMaxSize(3);
            return Combinators.combine(events, contacts, Arbitraries.of(true, false),
                            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
                    .as((e, c, mayCall, id) -> Application.of(id, "Co " + id, "Role")
                            .withInterviews(rounds).withEvents(e).withContacts(c).withFlags(mayCall, false));
        });
    }

    private static Arbitrary<InterviewRound> round() {
        return Combinators.combine(days(0, 700), Arbitraries.integers().between(8, 18),
                        Arbitraries.integers().between(-1, 20))
                .as((day, hour, decisionIn) -> new InterviewRound(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)),
                        decisionIn < 0 ? null : day.plusDays(decisionIn), "", List.of()));
    }

    private static Arbitrary<Event> event(LocalDate anchor) {
        Arbitrary<LocalDate> aroundAnchor = Arbitraries.integers().between(-20, 120).map(anchor::plusDays);
        return Combinators.combine(eventType(), aroundAnchor,
                        Arbitraries.integers().between(-3, 25), skippableAction(),
                        Arbitraries.of(Channel.class), Arbitraries.of(true, false))
                .as((type, day, offset, action, channel, withDate) -> switch (type) {
                    case FOLLOW_UP_SENT -> Event.followUp(day, channel);
                    case REPLY_RECEIVED -> Event.reply(day, withDate ? day.plusDays(Math.abs(offset)) : null);
                    case CHECK_BACK_AGREED -> Event.checkBack(day, day.plusDays(Math.abs(offset)));
                    case SKIPPED -> Event.skipped(day, action);
                    case SNOOZED -> Event.snoozed(day, day.plusDays(offset));
                    default -> Event.of(type, day);
                });
    }

    /** Terminal events, offers and rejections are rarer than the others, so that most histories reach R4..R11. */
    private static Arbitrary<EventType> eventType() {
        List<Tuple2<Integer, EventType>> weighted = new ArrayList<>();
        for (EventType type : EventType.values()) {
            boolean offerOrRejection = type == EventType.OFFER_RECEIVED || type == EventType.REJECTION_RECEIVED;
            weighted.add(Tuple.of(type.isTerminal() ? 1 : offerOrRejection ? 2 : 20, type));
        }
        return Arbitraries.frequency(weighted);
    }

    /** Skips that end the application (CLOSE_OUT, REPLY_TO_OFFER, ...) are rarer than the others. */
    private static Arbitrary<ActionType> skippableAction() {
        List<Tuple2<Integer, ActionType>> weighted = new ArrayList<>();
        for (ActionType action : ActionType.values()) {
            weighted.add(Tuple.of(action.completedBy().isTerminal() ? 1 : 6, action));
        }
        return Arbitraries.frequency(weighted);
    }

    private static Arbitrary<Contact> contact() {
        return Combinators.combine(Arbitraries.of("Pat Lee", "Sam", "", "Kim Ode"),
                        Arbitraries.of("Hiring Manager", "Recruiter", "HRBP", "Engineer", ""),
                        Arbitraries.of(true, false))
                .as((name, title, primary) -> new Contact(name, "", "", title, primary));
    }

    private static Arbitrary<LocalDate> days(int from, int to) {
        return Arbitraries.integers().between(from, to).map(BASE::plusDays);
    }
}
