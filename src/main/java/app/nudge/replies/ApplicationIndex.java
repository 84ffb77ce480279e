package app.nudge.replies;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applications arranged for matching, built once per list: by contact address, by contact
 * domain (free mail left out) and by the first word of the company's name. A folder of 200 messages
 * against 10,000 applications would otherwise compare every message with every application
 * (issue 15's bench: 2.4 s, against a target of 2 s for everything).
 */
final class ApplicationIndex {

    /** A run of letters or digits: how names and texts are cut into words on both sides. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<Application> applications;
    private final Map<Application, Integer> position = new IdentityHashMap<>();
    private final Map<String, List<Application>> byAddress = new HashMap<>();
    private final Map<String, List<Application>> byDomain = new HashMap<>();
    private final Map<String, List<Named>> byFirstWord = new HashMap<>();

    /** An application and its company name as searched for. */
    record Named(Application application, CompanyName name) {
    }

    private ApplicationIndex(List<Application> applications) {
        this.applications = List.copyOf(applications);
        Map<String, CompanyName> names = new HashMap<>();
        for (int i = 0; i < this.applications.size(); i++) {
            Application application = this.applications.get(i);
            position.put(application, i);
            for (Contact contact : application.contacts()) {
                String address = contact.email().strip().toLowerCase(Locale.ROOT);
                if (address.isEmpty()) {
                    continue;
                }
                addOnce(byAddress, address, application);
                String domain = ReplyMatcher.domainOf(address);
                if (!domain.isEmpty() && !FreeMail.isFreeMail(domain)) {
                    addOnce(byDomain, domain, application);
                }
            }
            CompanyName name = names.computeIfAbsent(application.company(), CompanyName::of);
            if (name.searchable()) {
                byFirstWord.computeIfAbsent(name.firstWord(), k -> new ArrayList<>()).add(new Named(application, name));
            }
        }
    }

    static ApplicationIndex of(List<Application> applications) {
        return new ApplicationIndex(applications);
    }

    List<Application> applications() {
        return applications;
    }

    /** The applications with a contact at exactly this address (lower case). */
    List<Application> withAddress(String address) {
        return byAddress.getOrDefault(address, List.of());
    }

    /** The applications with a contact at this domain or at a domain it is a subdomain of. */
    List<Application> atDomainOf(String senderDomain) {
        Set<Application> found = new LinkedHashSet<>();
        String domain = senderDomain;
        while (!domain.isEmpty()) {
            found.addAll(byDomain.getOrDefault(domain, List.of()));
            int dot = domain.indexOf('.');
            domain = dot < 0 ? "" : domain.substring(dot + 1);
        }
        return inListOrder(found);
    }

    /** The applications whose company is named, as whole words, in {@code text}. */
    List<Named> namedIn(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        List<Named> found = new ArrayList<>();
        for (String w : words) {
            for (Named named : byFirstWord.getOrDefault(w, List.of())) {
                if (named.name().isNamedIn(text)) {
                    found.add(named);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(position.get(a.application()), position.get(b.application())));
        return found;
    }

    private List<Application> inListOrder(Collection<Application> found) {
        List<Application> ordered = new ArrayList<>(found);
        ordered.sort((a, b) -> Integer.compare(position.get(a), position.get(b)));
        return ordered;
    }

    private static void addOnce(Map<String, List<Application>> map, String key, Application application) {
        List<Application> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.getLast() != application) {
            list.add(application);
        }
    }

    /** The first word of a text as the index cuts words, lower case; empty when it has none. */
    static String firstWord(String text) {
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        return word.find() ? word.group() : "";
    }
}
