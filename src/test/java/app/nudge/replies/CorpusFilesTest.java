package app.nudge.replies;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The corpus holds what issue 15 asks of it, whatever the reader does: every file listed exists and
 * every .eml is listed, each parses with Jakarta Mail and has a sender, the kinds and match rules
 * are all there in number, and the expected matches follow from the applications by the spec's
 * rules (so expected.tsv and applications.json cannot drift apart unnoticed).
 */
@Timeout(60)
class CorpusFilesTest {

    /** Issue 15's corpus: at least 80 messages; the lead asked for at least 90 in these proportions. */
    private static final Map<ReplyKind, Integer> MINIMUM = new EnumMap<>(Map.of(
            ReplyKind.REPLY_RECEIVED, 18, ReplyKind.CHECK_BACK_AGREED, 12, ReplyKind.REJECTION_RECEIVED, 15,
            ReplyKind.OFFER_RECEIVED, 10, ReplyKind.NEXT_ROUND, 12, ReplyKind.NOT_A_REPLY, 18));
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "yahoo.com", "icloud.com");

    private final List<CorpusCase> cases = CorpusCase.all();
    private final List<Application> applications = CorpusApplications.all();

    @Test
    void everyListedFileExistsAndEveryEmlIsListedOnce() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (CorpusCase c : cases) {
            assertTrue(listed.add(c.file()), "listed twice: " + c.file());
            assertTrue(Files.isRegularFile(c.path()), "listed but missing: " + c.file());
        }
        try (Stream<Path> files = Files.list(CorpusCase.folder())) {
            Set<String> emls = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(emls, listed, "the .eml files and the lines of expected.tsv");
        }
        assertTrue(cases.size() >= 90, "at least 90 messages, found " + cases.size());
    }

    @Test
    void everyMessageParsesWithJakartaMailAndHasASenderAndADateOrNone() throws Exception {
        int withoutDate = 0;
        for (CorpusCase c : cases) {
            MimeMessage message = CorpusMessages.parse(c.path());
            String from = CorpusMessages.fromAddress(message);
            assertTrue(from.contains("@"), c.file() + ": From " + from);
            if (message.getHeader("Date") == null) {
                withoutDate++;
            } else {
                assertTrue(message.getSentDate() != null, c.file() + ": a Date header Jakarta Mail cannot read");
            }
        }
        assertTrue(withoutDate >= 1, "at least one message without a Date header");
    }

    @Test
    void kindsMeetTheirMinimumsAndEveryMatchRuleOccurs() {
        Map<ReplyKind, Long> kinds = cases.stream().collect(Collectors.groupingBy(CorpusCase::kind,
                () -> new EnumMap<>(ReplyKind.class), Collectors.counting()));
        MINIMUM.forEach((kind, min) -> assertTrue(kinds.getOrDefault(kind, 0L) >= min,
                kind + ": " + kinds.getOrDefault(kind, 0L) + " < " + min));
        for (MatchKind rule : MatchKind.values()) {
            assertTrue(cases.stream().filter(c -> c.match() == rule).count() >= 3, "match rule " + rule);
        }
        assertTrue(cases.stream().anyMatch(c -> c.locale().equals(Locale.US)), "an en-US message");
        assertTrue(cases.stream().anyMatch(c -> c.locale().equals(Locale.UK)), "an en-GB message");
    }

    @Test
    void namedDatesAndTimesOnlyWhereTheKindCarriesThem() {
        for (CorpusCase c : cases) {
            boolean dated = c.kind() == ReplyKind.REPLY_RECEIVED || c.kind() == ReplyKind.CHECK_BACK_AGREED
                    || c.kind() == ReplyKind.NEXT_ROUND;
            assertTrue(dated || c.namedDate() == null, c.file() + ": a namedDate on " + c.kind());
            assertTrue(c.kind() == ReplyKind.NEXT_ROUND || c.namedTime() == null, c.file() + ": a time");
            assertTrue(c.namedTime() == null || c.namedDate() != null, c.file() + ": a time without a day");
        }
    }

    @Test
    void expectedMatchesFollowFromTheApplicationsByTheSpecsRules() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (CorpusCase c : cases) {
            MimeMessage message = CorpusMessages.parse(c.path());
            String from = senderOf(message, c.path());
            String domain = from.substring(from.indexOf('@') + 1);
            List<String> byEmail = ids(a -> a.contacts().stream().anyMatch(k -> k.email().equalsIgnoreCase(from)));
            List<String> byDomain = FREE_MAIL.contains(domain) ? List.of()
                    : ids(a -> a.contacts().stream().map(Contact::email).anyMatch(e -> e.toLowerCase(Locale.ROOT)
                    .endsWith("@" + domain)));
            String expectedRule = switch (c.match()) {
                case EMAIL -> byEmail.equals(listOf(c.applicationId())) ? null : "email " + byEmail;
                case DOMAIN -> byEmail.isEmpty() && byDomain.equals(listOf(c.applicationId())) ? null
                        : "domain " + byDomain;
                case COMPANY -> byEmail.isEmpty() && byDomain.isEmpty() && companyNamed(message, c.path(), c.applicationId())
                        ? null : "company";
                case AMBIGUOUS -> byEmail.isEmpty() && (byDomain.size() > 1 || byDomain.isEmpty()) ? null
                        : "ambiguous " + byDomain;
                case NONE -> byEmail.isEmpty() && byDomain.isEmpty() ? null : "none " + byEmail + byDomain;
            };
            if (expectedRule != null) {
                wrong.add(c.file() + ": " + expectedRule);
            }
            if ((c.applicationId() == null) != (c.match() == MatchKind.AMBIGUOUS || c.match() == MatchKind.NONE)) {
                wrong.add(c.file() + ": an applicationId exactly when the match is unique");
            }
        }
        if (!wrong.isEmpty()) {
            fail("expected.tsv disagrees with applications.json:\n" + String.join("\n", wrong));
        }
    }

    /**
     * Who wrote the message: the From address, except in a message the user forwarded to themselves
     * (From equals To), where the forwarded message's own From: line names the sender (docs/replies.md).
     */
    private static String senderOf(MimeMessage message, Path file) throws Exception {
        String from = CorpusMessages.fromAddress(message).toLowerCase(Locale.ROOT);
        jakarta.mail.Address[] to = message.getRecipients(jakarta.mail.Message.RecipientType.TO);
        boolean toSelf = to != null && to.length == 1
                && ((jakarta.mail.internet.InternetAddress) to[0]).getAddress().equalsIgnoreCase(from);
        java.util.regex.Matcher forwarded = java.util.regex.Pattern.compile(
                "(?im)^-+ ?forwarded message ?-+\\s*\\R\\s*from:.*?<?([\\w.+'-]+@[\\w.-]+)>?\\s*$")
                .matcher(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
        return toSelf && forwarded.find() ? forwarded.group(1).toLowerCase(Locale.ROOT) : from;
    }

    /** The spec's COMPANY rule: named in the subject or the first lines (here: of the raw body). */
    private boolean companyNamed(MimeMessage message, Path file, String applicationId) throws Exception {
        String company = applications.stream().filter(a -> a.id().equals(applicationId)).findFirst()
                .orElseThrow().company();
        String raw = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        String body = raw.substring(raw.indexOf("\n\n") + 2);
        return message.getSubject().contains(company) || body.substring(0, Math.min(600, body.length())).contains(company);
    }

    private List<String> ids(java.util.function.Predicate<Application> fits) {
        return applications.stream().filter(fits).map(Application::id).toList();
    }

    private static List<String> listOf(String id) {
        return id == null ? List.of() : List.of(id);
    }
}
