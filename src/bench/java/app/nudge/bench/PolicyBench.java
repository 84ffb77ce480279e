package app.nudge.bench;

import app.nudge.calendar.HolidayCalendars;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.policy.CalendarChooser;
import app.nudge.policy.FollowUpPolicy;
import app.nudge.policy.PlannedAction;
import app.nudge.policy.Preset;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long {@link FollowUpPolicy#plan} takes for 10,000 and 100,000 applications of 10 events each,
 * US calendar, Standard preset: warm-up runs first (30, and 3 s at least), then the median of 31
 * measured runs. Not a test (timings on a shared machine are no pass/fail); the target is well
 * under 200 ms for 100,000 and under 50 ms for 10,000 on 2 cores.
 *
 * <p>Run it with: {@code mvn -B -Pbench -DskipTests package exec:exec -Dbench.args=policy}
 */
public final class PolicyBench {

    /** Warm-up: at least this many runs and this long, so that the JIT has compiled the hot paths. */
    private static final int WARM_UP_RUNS = 30;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int MEASURED_RUNS = 31;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private PolicyBench() {
    }

    public static void main(String[] args) {
        measure().forEach(System.out::println);
    }

    /** The policy alone (no database), a lower bound of every re-plan. */
    static List<Row> measure() {
        List<Row> rows = new ArrayList<>();
        CalendarChooser calendars = new HolidayCalendars().chooser("US", false);
        for (int count : new int[] {10_000, 100_000}) {
            List<Application> apps = applications(count, new Random(42));
            long warmUpStart = System.nanoTime();
            for (int run = 0; run < WARM_UP_RUNS || System.nanoTime() - warmUpStart < WARM_UP_NANOS; run++) {
                FollowUpPolicy.plan(apps, TODAY, calendars, Preset.STANDARD.intervals());
            }
            double[] millis = new double[MEASURED_RUNS];
            int planned = 0;
            for (int run = 0; run < MEASURED_RUNS; run++) {
                long start = System.nanoTime();
                List<PlannedAction> plan = FollowUpPolicy.plan(apps, TODAY, calendars, Preset.STANDARD.intervals());
                millis[run] = (System.nanoTime() - start) / 1e6;
                planned = plan.size();
            }
            Arrays.sort(millis);
            System.out.printf("plan of %,d applications x 10 events: median %.1f ms (min %.1f, max %.1f), %,d actions%n",
                    count, millis[MEASURED_RUNS / 2], millis[0], millis[MEASURED_RUNS - 1], planned);
            rows.add(Row.millis(String.format(java.util.Locale.ROOT, "Policy alone, whole plan of %,d x 10 events (median)", count),
                    millis[MEASURED_RUNS / 2], count <= 10_000 ? 50 : 300));
        }
        return rows;
    }

    /** Varied open histories: most reach R5..R11; about one in ten is recorded out of date order. */
    private static List<Application> applications(int count, Random random) {
        List<Contact> contacts = List.of(
                new Contact("Pat Lee", "pat@acme.example", "", "Hiring Manager", true),
                new Contact("Sam Roe", "sam@acme.example", "", "Recruiter", false));
        List<Application> apps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate interview = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(300));
            LocalDate decisionBy = random.nextBoolean() ? interview.plusDays(4 + random.nextInt(10)) : null;
            InterviewRound round = new InterviewRound(interview.atTime(10, 0), decisionBy, "", List.of());
            InterviewRound earlier = new InterviewRound(LocalDateTime.of(interview.minusDays(14), java.time.LocalTime.NOON),
                    null, "", List.of());
            List<Event> events = events(interview, random);
            if (i % 10 == 0) {
                events = new ArrayList<>(events);
                java.util.Collections.swap(events, 1, 5);
            }
            apps.add(new Application("app-" + i, "Company " + (i % 997), "Role " + (i % 13), "US", interview.minusDays(30),
                    "", "", "", i % 3 == 0, false, "", contacts, List.of(earlier, round), events));
        }
        return apps;
    }

    private static List<Event> events(LocalDate interview, Random random) {
        LocalDate day = interview;
        List<Event> events = new ArrayList<>(10);
        events.add(Event.of(EventType.THANK_YOU_SENT, day));
        for (int k = 1; k < 10; k++) {
            day = day.plusDays(1 + random.nextInt(4));
            events.add(switch (random.nextInt(9)) {
                case 0 -> Event.reply(day, random.nextBoolean() ? day.plusDays(7) : null);
                case 1 -> Event.checkBack(day, day.plusDays(5));
                case 2 -> Event.of(EventType.VOICEMAIL_LEFT, day);
                case 3 -> Event.snoozed(day, day.plusDays(3));
                case 4 -> Event.skipped(day, ActionType.FOLLOW_UP);
                default -> Event.followUp(day, Channel.EMAIL);
            });
        }
        return events;
    }
}
