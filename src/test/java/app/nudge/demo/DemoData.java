package app.nudge.demo;

import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Settings;
import app.nudge.exchange.ExchangeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic job-search data for screenshots, tests and benchmarks: applications in every state
 * (no interview yet, thank-you due, waiting, followed up, voicemail, replied, check-back, offer,
 * rejected, withdrawn), dated around a given day, reproducible from a seed.
 *
 * <p>Run: {@code DemoData OUT.json COUNT [YYYY-MM-DD] [SEED]}, then {@code nudge import OUT.json}.
 */
public final class DemoData {

    private static final String[] COMPANIES = {"Acme Corp", "Globex", "Initech", "Umbrella Health", "Hooli",
        "Stark Industries", "Wayne Enterprises", "Wonka Foods", "Cyberdyne", "Soylent Labs", "Tyrell Systems",
        "Pied Piper", "Vandelay Industries", "Dunder Mifflin", "Oceanic Air", "Massive Dynamic", "Aperture Science",
        "Gringotts Bank", "Monarch Travel", "Blue Sun Logistics", "Nakatomi Trading", "Zürich Bäckerei AG",
        "Northwind Traders", "Contoso", "Fabrikam", "Litware", "Tailspin Toys", "Adventure Works", "Proseware",
        "Lamna Healthcare", "Wide World Importers", "Fourth Coffee", "Margie's Travel", "Alpine Ski House",
        "Bellows College", "Coho Winery", "Humongous Insurance", "Lucerne Publishing", "Trey Research", "VanArsdel"};
    private static final String[] ROLES = {"Business Analyst", "Data Engineer", "Product Manager", "UX Designer",
        "Backend Developer", "Frontend Developer", "QA Engineer", "Data Scientist", "Project Manager",
        "Marketing Specialist", "Customer Success Manager", "DevOps Engineer", "Financial Analyst",
        "Technical Writer", "Sales Engineer", "HR Business Partner", "Operations Analyst", "Mobile Developer"};
    private static final String[] FIRST = {"Pat", "Sam", "Alex", "Jordan", "Chris", "Taylor", "Morgan", "Jamie",
        "Robin", "Casey", "Noor", "Mei", "Lars", "Ana", "Kofi", "Priya", "Jürgen", "Zoë", "Mateo", "Aiko"};
    private static final String[] LAST = {"Lee", "Roe", "Kim", "Patel", "García", "Okafor", "Nguyen", "Schmidt",
        "Rossi", "Silva", "Novak", "Haddad", "Tanaka", "Berg", "Murphy", "Costa"};
    private static final String[] POINTS = {"their move to event-driven billing", "the new self-service analytics portal",
        "how the team runs quarterly planning", "migrating the checkout to the cloud", "their accessibility audit",
        "expanding the support team to Lisbon", "the pricing experiment they ran in spring", "their on-call rotation",
        "the data-quality dashboard they are building", "mentoring junior analysts"};

    private final Random random;
    private final LocalDate today;

    public DemoData(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        LocalDate today = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now();
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        if (out.toAbsolutePath().getParent() != null) {
            java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        }
        new DemoData(seed, today).write(out, count);
    }

    public void write(Path file, int count) throws IOException {
        write(file, applications(count));
    }

    /** Writes the given applications (e.g. {@link #withEvents}) as an exchange file, with demo settings. */
    public static void write(Path file, List<Application> applications) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ExchangeWriter().write(new Settings("Jane Doe", "jane@example.org", "+1 555 0100",
                    "Jane Doe\n+1 555 0100", "US", "STANDARD"), applications, out);
        }
    }

    public List<Application> applications(int count) {
        List<Application> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(application(i));
        }
        return list;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private Application application(int index) {
        String company = COMPANIES[index % COMPANIES.length] + (index >= COMPANIES.length ? " " + (index / COMPANIES.length + 1) : "");
        String role = pick(ROLES);
        List<Contact> contacts = new ArrayList<>();
        String first = pick(FIRST);
        String manager = first + " " + pick(LAST);
        String domain = company.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example";
        contacts.add(new Contact(manager, first.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "@" + domain,
                "", "Hiring Manager", true));
        if (random.nextInt(3) == 0) {
            String recruiter = pick(FIRST) + " " + pick(LAST);
            contacts.add(new Contact(recruiter, "talent@" + domain, "", "Recruiter", false));
        }
        int state = index % 12;
        LocalDate applied = today.minusDays(20 + random.nextInt(30));
        Application base = new Application("demo-" + index, company, role, "", applied, "", random.nextBoolean() ? "Remote" : "Hybrid",
                random.nextBoolean() ? "LinkedIn" : "Company site", random.nextInt(4) == 0, random.nextInt(8) == 0, "",
                contacts, List.of(), List.of());
        if (state == 0) {
            return base; // applied, no interview yet
        }
        LocalDate interview = workday(today.minusDays(state == 1 ? 0 : state == 2 ? 1 : 3 + random.nextInt(20)));
        LocalDate decision = random.nextInt(3) == 0 ? null : workday(interview.plusDays(3 + random.nextInt(8)));
        List<String> panel = new ArrayList<>(List.of(manager));
        if (contacts.size() > 1 && random.nextBoolean()) {
            panel.add(contacts.get(1).name());
        }
        InterviewRound round = new InterviewRound(LocalDateTime.of(interview, java.time.LocalTime.of(9 + random.nextInt(8), 0)),
                decision, pick(POINTS), panel);
        List<Event> events = new ArrayList<>();
        if (state >= 3) {
            events.add(Event.of(EventType.THANK_YOU_SENT, interview));
        }
        LocalDate last = interview;
        switch (state) {
            case 4 -> events.add(Event.followUp(last = capped(interview.plusDays(8)), Channel.EMAIL));
            case 5 -> events.add(Event.of(EventType.VOICEMAIL_LEFT, last = capped(interview.plusDays(7))));
            case 6 -> events.add(Event.reply(last = capped(interview.plusDays(5)), capped(interview.plusDays(15))));
            case 7 -> events.add(Event.checkBack(last = capped(interview.plusDays(4)), today.plusDays(random.nextInt(6))));
            case 8 -> events.add(Event.of(EventType.OFFER_RECEIVED, last = capped(interview.plusDays(6))));
            case 9 -> events.add(Event.of(EventType.REJECTION_RECEIVED, last = capped(interview.plusDays(6))));
            case 10 -> {
                events.add(Event.followUp(last = capped(interview.plusDays(8)), Channel.EMAIL));
                events.add(Event.followUp(last = capped(last.plusDays(7)), Channel.EMAIL));
                if (random.nextBoolean()) {
                    events.add(Event.of(EventType.WITHDRAWN, capped(last.plusDays(7))));
                }
            }
            case 11 -> events.add(Event.skipped(last = capped(interview.plusDays(6)), ActionType.FOLLOW_UP));
            default -> {
                // 1, 2: interview today or yesterday, thank-you to send; 3: thank-you sent, waiting
            }
        }
        return base.withInterviews(List.of(round)).withEvents(events);
    }

    /** Histories of a given length, for benchmarks: {@code size} events per application. */
    public List<Application> withEvents(int count, int size) {
        List<Application> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Application a = application(i);
            if (a.interviews().isEmpty()) {
                a = a.withInterviews(List.of(new InterviewRound(LocalDateTime.of(today.minusDays(60), java.time.LocalTime.NOON),
                        null, "", List.of())));
            }
            LocalDate start = a.latestRound().orElseThrow().date();
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < size; e++) {
                LocalDate on = start.plusDays(e * 3L);
                events.add(switch (e % 5) {
                    case 0 -> Event.of(EventType.THANK_YOU_SENT, on);
                    case 1, 3 -> Event.followUp(on, Channel.EMAIL);
                    case 2 -> Event.reply(on, on.plusDays(5));
                    default -> Event.of(EventType.VOICEMAIL_LEFT, on);
                });
            }
            list.add(a.withEvents(events));
        }
        return list;
    }

    private LocalDate capped(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    private static LocalDate workday(LocalDate date) {
        LocalDate d = date;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
