package app.nudge.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an application the user edits directly (everything but its id, rounds and
 * events): what the "edit application" dialog stores in one change. {@code messageLanguage} as in
 * {@link Application}: empty is "the user's language" (never null).
 */
public record ApplicationDetails(String company, String role, String country, LocalDate appliedOn, String url,
                                 String location, boolean mayCall, boolean knownDelay, String notes,
                                 List<Contact> contacts, Optional<Language> messageLanguage) {

    public ApplicationDetails {
        company = Texts.orEmpty(company);
        role = Texts.orEmpty(role);
        country = Texts.orEmpty(country);
        url = Texts.orEmpty(url);
        location = Texts.orEmpty(location);
        notes = Texts.orEmpty(notes);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        messageLanguage = messageLanguage == null ? Optional.empty() : messageLanguage;
    }

    /**
     * Without a message language (the user's): the component list from before it existed. Careful:
     * {@link #applyTo} then sets the application's language back to the user's; a caller editing
     * only some fields passes the base's {@code messageLanguage} through the full constructor.
     */
    public ApplicationDetails(String company, String role, String country, LocalDate appliedOn, String url,
                              String location, boolean mayCall, boolean knownDelay, String notes,
                              List<Contact> contacts) {
        this(company, role, country, appliedOn, url, location, mayCall, knownDelay, notes, contacts,
                Optional.empty());
    }

    public static ApplicationDetails of(Application a) {
        return new ApplicationDetails(a.company(), a.role(), a.country(), a.appliedOn(), a.url(), a.location(),
                a.mayCall(), a.knownDelay(), a.notes(), a.contacts(), a.messageLanguage());
    }

    /** {@code base} with these details; its id, source, rounds and events stay as they are. */
    public Application applyTo(Application base) {
        return new Application(base.id(), company, role, country, appliedOn, url, location, base.source(), mayCall,
                knownDelay, notes, contacts, base.interviews(), base.events(), messageLanguage);
    }
}
