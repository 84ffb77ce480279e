package app.nudge.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of an application the user edits directly (everything but its id, rounds and
 * events): what the "edit application" dialog stores in one change.
 */
public record ApplicationDetails(String company, String role, String country, LocalDate appliedOn, String url,
                                 String location, boolean mayCall, boolean knownDelay, String notes,
                                 List<Contact> contacts) {

    public ApplicationDetails {
        company = Texts.orEmpty(company);
        role = Texts.orEmpty(role);
        country = Texts.orEmpty(country);
        url = Texts.orEmpty(url);
        location = Texts.orEmpty(location);
        notes = Texts.orEmpty(notes);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public static ApplicationDetails of(Application a) {
        return new ApplicationDetails(a.company(), a.role(), a.country(), a.appliedOn(), a.url(), a.location(),
                a.mayCall(), a.knownDelay(), a.notes(), a.contacts());
    }

    /** {@code base} with these details; its id, source, rounds and events stay as they are. */
    public Application applyTo(Application base) {
        return new Application(base.id(), company, role, country, appliedOn, url, location, base.source(), mayCall,
                knownDelay, notes, contacts, base.interviews(), base.events());
    }
}
