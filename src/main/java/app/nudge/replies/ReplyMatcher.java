package app.nudge.replies;

import app.nudge.domain.Application;
import app.nudge.policy.PipelineStage;

import java.util.List;
import java.util.Locale;

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

    private ReplyMatcher() {
    }

    static ReplyMatch match(String senderAddress, String subject, String firstLines, List<Application> applications) {
        return match(senderAddress, subject, firstLines, ApplicationIndex.of(applications));
    }

    static ReplyMatch match(String senderAddress, String subject, String firstLines, ApplicationIndex index) {
        String sender = senderAddress.strip().toLowerCase(Locale.ROOT);
        String domain = domainOf(sender);
        String named = subject + "\n" + firstLines;
        List<Application> byEmail = sender.isEmpty() ? List.of() : preferOpen(index.withAddress(sender));
        List<Application> byDomain = domain.isEmpty() || FreeMail.isFreeMail(domain) ? List.of()
                : preferOpen(index.atDomainOf(domain));
        List<Application> byCompany = preferOpen(mostSpecific(index.namedIn(named)));
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

    /**
     * Drops a company whose name lies inside another named one: "Acme Labs role" names Acme Labs,
     * not also Acme.
     */
    private static List<Application> mostSpecific(List<ApplicationIndex.Named> named) {
        if (named.size() < 2) {
            return named.stream().map(ApplicationIndex.Named::application).toList();
        }
        return named.stream().filter(a -> named.stream().noneMatch(b -> {
            String shorter = a.name().bare();
            String longer = b.name().bare();
            return longer.length() > shorter.length() && namesCompany(longer, shorter);
        })).map(ApplicationIndex.Named::application).toList();
    }

    /** The open ones when any fits, else all (a closed application still matches). */
    private static List<Application> preferOpen(List<Application> found) {
        List<Application> open = found.stream().filter(a -> !isClosed(a)).toList();
        return open.isEmpty() ? found : open;
    }

    static boolean isClosed(Application application) {
        return PipelineStage.of(application, null) == PipelineStage.CLOSED;
    }

    static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).strip();
    }

    /** The company's name without its legal form, as whole words, in any case, with any spacing. */
    static boolean namesCompany(String text, String company) {
        return CompanyName.of(company).isNamedIn(text);
    }
}
