package app.nudge.replies;

import app.nudge.domain.Application;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a held-out reply set must hold, whatever the reader does (a subclass per set names its folder
 * and the mix it was written to): every listed file exists and every .eml is listed, each parses
 * with Jakarta Mail and has a sender, the kinds meet the mix, and the expected match of each line
 * follows from the corpus's applications by the spec's rules (so a typo in expected.tsv is caught
 * here rather than counted against the reader). Scoring the reader on a set is ReplyCorpusTest's job.
 */
abstract class HeldOutSetTest {

    /**
     * The mix a set was written to: how many messages, how many of each kind (exactly, or at least),
     * and how many rounds name a day only and how many a time too (at least).
     */
    record Mix(int size, boolean exact, Map<ReplyKind, Integer> kinds, int roundsWithDayOnly, int roundsWithTime) {
    }

    private final String set;
    private final Mix mix;
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "yahoo.com", "icloud.com");
    /** How much of the body counts as "the first lines" for the company rule. */
    private static final int FIRST_LINES = 600;
    /** HTML markup, quoted-printable escapes or a base64 line left in a decoded text. */
    private static final java.util.regex.Pattern LEFT_UNDECODED = java.util.regex.Pattern.compile(
            "(?i:<(div|br|p|html|blockquote|table)\\b)|=[0-9A-F]{2}|=\\r?\\n|(?m)^[A-Za-z0-9+/]{60,}={0,2}$");
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** One line of a set's {@code expected.tsv}, in the corpus's columns. */
    record Line(String file, MatchKind match, String applicationId, ReplyKind kind, LocalDate namedDate,
                LocalTime namedTime, Locale locale, String comment) {

        static Line parse(String text, int number) {
            String[] f = text.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("expected.tsv line " + number + ": 8 columns, found " + f.length);
            }
            return new Line(f[0], MatchKind.valueOf(f[1].toUpperCase(Locale.ROOT)), orNull(f[2]),
                    ReplyKind.valueOf(f[3]), orNull(f[4]) == null ? null : LocalDate.parse(f[4]),
                    orNull(f[5]) == null ? null : LocalTime.parse(f[5]), Locale.forLanguageTag(f[6]), f[7]);
        }

        private static String orNull(String field) {
            return field.equals("-") ? null : field;
        }
    }

    private final Path folder;
    private final List<Line> lines;
    private final List<Application> applications = CorpusApplications.all();

    HeldOutSetTest(String set, Mix mix) {
        this.set = set;
        this.mix = mix;
        this.folder = folder(set);
        this.lines = lines(folder);
    }

    @Test
    void everyListedFileExistsAndEveryEmlIsListedOnce() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (Line line : lines) {
            assertTrue(listed.add(line.file()), "listed twice: " + line.file());
            assertTrue(Files.isRegularFile(folder.resolve(line.file())), "listed but missing: " + line.file());
        }
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> emls = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(emls, listed, "the .eml files and the lines of expected.tsv");
        }
        if (mix.exact()) {
            assertEquals(mix.size(), lines.size(), "messages in " + set);
        } else {
            assertTrue(lines.size() >= mix.size(), "at least " + mix.size() + " messages, found " + lines.size());
        }
    }

    @Test
    void everyMessageParsesWithJakartaMailAndHasASender() throws Exception {
        int withoutDate = 0;
        for (Line line : lines) {
            MimeMessage message = parse(line);
            InternetAddress[] from = (InternetAddress[]) message.getFrom();
            assertTrue(from != null && from.length == 1 && from[0].getAddress().contains("@"), line.file() + ": From");
            if (message.getHeader("Date") == null) {
                withoutDate++;
            } else {
                assertTrue(message.getSentDate() != null, line.file() + ": a Date header Jakarta Mail cannot read");
            }
            assertTrue(text(message).strip().length() > 40, line.file() + ": a body with words in it");
        }
        assertTrue(withoutDate >= 1, "at least one message without a Date header");
    }

    /** The app's own mail reading sees each message whole: a body it garbles would be scored as a reader miss. */
    @Test
    void theAppReadsEveryMessageWithItsSenderDateAndDecodedText() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Line line : lines) {
            MimeMessage raw = parse(line);
            IncomingMessage message = app.nudge.mail.MailFiles.read(folder.resolve(line.file()));
            String text = message.text();
            String from = ((InternetAddress) raw.getFrom()[0]).getAddress().toLowerCase(Locale.ROOT);
            if (!from.equals(message.fromAddress()) || (raw.getSentDate() == null) != (message.sentAt() == null)) {
                wrong.add(line.file() + ": sender " + message.fromAddress() + ", date " + message.sentAt());
            }
            if (text.isBlank() || LEFT_UNDECODED.matcher(text).find() || text.contains("\uFFFD")) {
                wrong.add(line.file() + ": text not decoded:\n" + text);
            }
        }
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    @Test
    void kindsMeetTheMixAndEveryMatchRuleOccurs() {
        Map<ReplyKind, Long> kinds = lines.stream().collect(Collectors.groupingBy(Line::kind,
                () -> new EnumMap<>(ReplyKind.class), Collectors.counting()));
        mix.kinds().forEach((kind, wanted) -> {
            long found = kinds.getOrDefault(kind, 0L);
            assertTrue(mix.exact() ? found == wanted : found >= wanted, kind + ": " + found + ", written to " + wanted);
        });
        for (MatchKind rule : MatchKind.values()) {
            assertTrue(lines.stream().filter(l -> l.match() == rule).count() >= 3, "match rule " + rule);
        }
        long datedReplies = count(l -> l.kind() == ReplyKind.REPLY_RECEIVED && l.namedDate() != null);
        long undatedReplies = count(l -> l.kind() == ReplyKind.REPLY_RECEIVED && l.namedDate() == null);
        assertTrue(datedReplies >= 4 && undatedReplies >= 3, "about half the replies name a decision date");
        assertTrue(count(l -> l.kind() == ReplyKind.NEXT_ROUND && l.namedTime() == null) >= mix.roundsWithDayOnly(),
                "rounds with a day only");
        assertTrue(count(l -> l.kind() == ReplyKind.NEXT_ROUND && l.namedTime() != null) >= mix.roundsWithTime(),
                "rounds with a time");
        assertTrue(lines.stream().anyMatch(l -> l.locale().equals(Locale.US)), "an en-US message");
        assertTrue(lines.stream().anyMatch(l -> l.locale().equals(Locale.UK)), "an en-GB message");
    }

    @Test
    void namedDatesOnlyWhereTheKindCarriesThemAndNeverBeforeTheMessage() throws Exception {
        for (Line line : lines) {
            boolean dated = line.kind() == ReplyKind.REPLY_RECEIVED || line.kind() == ReplyKind.CHECK_BACK_AGREED
                    || line.kind() == ReplyKind.NEXT_ROUND;
            assertTrue(dated || line.namedDate() == null, line.file() + ": a namedDate on " + line.kind());
            assertTrue(line.kind() == ReplyKind.NEXT_ROUND || line.namedTime() == null, line.file() + ": a time");
            assertTrue(line.namedTime() == null || line.namedDate() != null, line.file() + ": a time without a day");
            if (line.namedDate() != null) {
                java.util.Date sent = parse(line).getSentDate();
                LocalDate messageDate = sent == null ? TODAY : sent.toInstant().atZone(ZONE).toLocalDate();
                assertTrue(line.namedDate().isAfter(messageDate), line.file() + ": named date not after " + messageDate);
            }
        }
    }

    @Test
    void hardNegativesArePresent() throws Exception {
        assertTrue(countWith("offer", k -> k != ReplyKind.OFFER_RECEIVED) >= 3, "messages saying 'offer' that are no offer");
        assertTrue(countWith("unfortunately", k -> k != ReplyKind.REJECTION_RECEIVED) >= 2,
                "messages saying 'unfortunately' that are no rejection");
    }

    @Test
    void expectedMatchesFollowFromTheApplicationsByTheSpecsRules() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Line line : lines) {
            MimeMessage message = parse(line);
            String from = ((InternetAddress) message.getFrom()[0]).getAddress().toLowerCase(Locale.ROOT);
            String domain = from.substring(from.indexOf('@') + 1);
            List<String> byEmail = ids(a -> a.contacts().stream().anyMatch(c -> c.email().equalsIgnoreCase(from)));
            List<String> byDomain = FREE_MAIL.contains(domain) ? List.of() : ids(a -> a.contacts().stream()
                    .anyMatch(c -> c.email().toLowerCase(Locale.ROOT).endsWith("@" + domain)));
            String head = message.getSubject() + "\n" + firstLines(text(message));
            List<String> byCompany = ids(a -> head.contains(a.company()));
            List<String> candidates = !byEmail.isEmpty() ? byEmail : !byDomain.isEmpty() ? byDomain : byCompany;
            MatchKind rule = candidates.isEmpty() ? MatchKind.NONE : candidates.size() > 1 ? MatchKind.AMBIGUOUS
                    : !byEmail.isEmpty() ? MatchKind.EMAIL : !byDomain.isEmpty() ? MatchKind.DOMAIN : MatchKind.COMPANY;
            String id = candidates.size() == 1 ? candidates.get(0) : null;
            if (rule != line.match() || !java.util.Objects.equals(id, line.applicationId())) {
                wrong.add(line.file() + ": by the rules " + rule.jsonName() + " " + candidates);
            }
        }
        if (!wrong.isEmpty()) {
            fail("expected.tsv disagrees with applications.json:\n" + String.join("\n", wrong));
        }
    }

    private MimeMessage parse(Line line) throws Exception {
        try (InputStream in = Files.newInputStream(folder.resolve(line.file()))) {
            MimeMessage message = new MimeMessage(SESSION, in);
            text(message); // decodes every part now (base64, QP, charsets), so a broken one fails here
            return message;
        }
    }

    /** Every text part decoded, HTML as its text, nested messages included, in order. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("text/html")) {
            return Jsoup.parse((String) part.getContent()).text();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child)).append('\n');
            }
            return all.toString();
        }
        if (part.isMimeType("message/rfc822")) {
            return text((Part) part.getContent());
        }
        try (InputStream in = part.getInputStream()) {
            in.readAllBytes(); // attachments, calendars, delivery reports: decoded, not read
        }
        return "";
    }

    private static String firstLines(String text) {
        return text.substring(0, Math.min(FIRST_LINES, text.length()));
    }

    private long countWith(String word, java.util.function.Predicate<ReplyKind> kind) throws Exception {
        long n = 0;
        for (Line line : lines) {
            if (kind.test(line.kind()) && text(parse(line)).toLowerCase(Locale.ROOT).contains(word)) {
                n++;
            }
        }
        return n;
    }

    private long count(java.util.function.Predicate<Line> fits) {
        return lines.stream().filter(fits).count();
    }

    private List<String> ids(java.util.function.Predicate<Application> fits) {
        return applications.stream().filter(fits).map(Application::id).toList();
    }

    private static Path folder(String set) {
        URL url = HeldOutSetTest.class.getResource("/replies/" + set + "/expected.tsv");
        if (url == null) {
            throw new IllegalStateException("replies/" + set + "/expected.tsv is not on the test class path");
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Line> lines(Path folder) {
        List<Line> lines = new ArrayList<>();
        try {
            int number = 0;
            for (String text : Files.readAllLines(folder.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                number++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    lines.add(Line.parse(text, number));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return lines;
    }
}
