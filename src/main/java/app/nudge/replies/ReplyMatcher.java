package app.nudge.replies;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.policy.PipelineStage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Ties a message to an application, per issue 15's "Match": the sender's address equals a
 * contact's email (any case) → EMAIL; else the sender's domain is the contacts' domain of exactly
 * one application, never for free mail → DOMAIN; else exactly one application's company is named in
 * the subject or the first lines → COMPANY; several → AMBIGUOUS; none → NONE.
 *
 * <p>Decisions the issue leaves open (docs/replies.md, "Match"):
 * <ul>
 *   <li>A sender at a subdomain matches its parent: mail from {@code talent.acme.com} matches a
 *       contact at {@code acme.com} (companies send from such subdomains); the reverse does not.</li>
 *   <li>Closed applications (PipelineStage CLOSED: withdrawn, closed, rejected, an answered
 *       rejection) still match, but when open and closed ones fit the same rule only the open ones
 *       count: a new answer is far likelier about a live application.</li>
 *   <li>When a rule finds several applications, the next rule may settle it among them (a recruiter
 *       handling two roles, the subject naming one company); if it cannot, the result is AMBIGUOUS
 *       with the first rule's candidates.</li>
 * </ul>
 */
final class ReplyMatcher {

    /** Legal forms that a company's name may carry or drop ("Acme Inc." is named as "Acme"). */
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "[\\s,&]+(inc|incorporated|llc|l\\.l\\.c|ltd|limited|gmbh|ag|plc|corp|corporation|co|company|sa|s\\.a|sas|sarl"
                    + "|bv|b\\.v|nv|n\\.v|pty|llp|lp|oy|ab|as|a/s|kg|se|spa|s\\.p\\.a|srl|kk|ug)\\.?$|[\\s,&]+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Each company's pattern, compiled once: a folder of 200 messages against 200 applications would
     * otherwise compile 40,000 patterns. Cleared when it grows past any real number of applications.
     */
    private static final java.util.Map<String, CompanyName> NAME_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_NAMES = 10_000;
    /** The pattern of a name too short to look for (one character). */
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private ReplyMatcher() {
    }

    static ReplyMatch match(String senderAddress, String subject, String firstLines, List<Application> applications) {
        String sender = senderAddress.strip().toLowerCase(Locale.ROOT);
        String domain = domainOf(sender);
        String named = subject + "\n" + firstLines;
        String lowerNamed = named.toLowerCase(Locale.ROOT);
        List<Application> byEmail = sender.isEmpty() ? List.of()
                : preferOpen(fitting(applications, a -> a.contacts().stream().anyMatch(c -> c.email().strip().equalsIgnoreCase(sender))));
        List<Application> byDomain = domain.isEmpty() || FreeMail.isFreeMail(domain) ? List.of()
                : preferOpen(fitting(applications, a -> a.contacts().stream().anyMatch(c -> sameEmployer(domain, c))));
        List<Application> byCompany = preferOpen(mostSpecific(fitting(applications, a -> namesCompany(named, lowerNamed, a.company()))));
        if (!byEmail.isEmpty()) {
            return settle(MatchKind.EMAIL, byEmail, byCompany);
        }
        if (!byDomain.isEmpty()) {
            return settle(MatchKind.DOMAIN, byDomain, byCompany);
        }
        if (!byCompany.isEmpty()) {
            return settle(MatchKind.COMPANY, byCompany, List.of());
        }
        return ReplyMatch.none();
    }

    /** One fits: that one. Several: the company named may pick one of them; else the user picks. */
    private static ReplyMatch settle(MatchKind kind, List<Application> found, List<Application> byCompany) {
        if (found.size() == 1) {
            return unique(kind, found.get(0));
        }
        List<Application> named = found.stream().filter(byCompany::contains).toList();
        if (named.size() == 1) {
            return unique(kind, named.get(0));
        }
        return new ReplyMatch(MatchKind.AMBIGUOUS, null, found.stream().map(Application::id).toList());
    }

    private static ReplyMatch unique(MatchKind kind, Application application) {
        return new ReplyMatch(kind, application.id(), List.of(application.id()));
    }

    private static List<Application> fitting(List<Application> applications, Predicate<Application> fits) {
        List<Application> found = new ArrayList<>();
        for (Application application : applications) {
            if (fits.test(application)) {
                found.add(application);
            }
        }
        return found;
    }

    /**
     * Drops a company whose name lies inside another named one: "Acme Labs role" names Acme Labs,
     * not also Acme.
     */
    private static List<Application> mostSpecific(List<Application> named) {
        if (named.size() < 2) {
            return named;
        }
        return named.stream().filter(a -> named.stream().noneMatch(b -> {
            String shorter = bareName(a.company());
            String longer = bareName(b.company());
            return longer.length() > shorter.length() && namesCompany(longer, shorter);
        })).toList();
    }

    /** The open ones when any fits, else all (a closed application still matches). */
    private static List<Application> preferOpen(List<Application> found) {
        List<Application> open = found.stream().filter(a -> !isClosed(a)).toList();
        return open.isEmpty() ? found : open;
    }

    static boolean isClosed(Application application) {
        return PipelineStage.of(application, null) == PipelineStage.CLOSED;
    }

    /** The sender's domain equals the contact's, or is a subdomain of it; never free mail. */
    private static boolean sameEmployer(String senderDomain, Contact contact) {
        String theirs = domainOf(contact.email().strip().toLowerCase(Locale.ROOT));
        return !theirs.isEmpty() && !FreeMail.isFreeMail(theirs)
                && (senderDomain.equals(theirs) || senderDomain.endsWith("." + theirs));
    }

    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).strip();
    }

    /** The name without its legal forms: "Acme GmbH & Co. KG" → "Acme". */
    private static String bareName(String company) {
        String name = company.strip();
        String shorter = LEGAL_SUFFIX.matcher(name).replaceFirst("");
        while (!shorter.equals(name) && !shorter.isBlank()) {
            name = shorter;
            shorter = LEGAL_SUFFIX.matcher(name).replaceFirst("");
        }
        return name;
    }

    /** The company's name without its legal form, as whole words, in any case, with any spacing. */
    static boolean namesCompany(String text, String company) {
        return namesCompany(text, text.toLowerCase(Locale.ROOT), company);
    }

    private static boolean namesCompany(String text, String lowerText, String company) {
        CompanyName name = NAME_PATTERNS.get(company);
        if (name == null) {
            if (NAME_PATTERNS.size() > MAX_CACHED_NAMES) {
                NAME_PATTERNS.clear();
            }
            String bare = bareName(company);
            name = new CompanyName(namePattern(bare), bare.split("\\s+")[0].toLowerCase(Locale.ROOT));
            NAME_PATTERNS.put(company, name);
        }
        // A plain search for the first word first: most applications are not named at all.
        return name.pattern() != NEVER && lowerText.contains(name.firstWord()) && name.pattern().matcher(text).find();
    }

    private record CompanyName(Pattern pattern, String firstWord) {
    }

    private static Pattern namePattern(String name) {
        if (name.codePointCount(0, name.length()) < 2) {
            return NEVER;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
