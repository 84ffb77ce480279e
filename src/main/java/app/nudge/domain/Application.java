package app.nudge.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One job application with everything recorded about it. Immutable: a change makes a new value.
 * {@code country} is the employer's ISO 3166 code for its business calendar, or empty.
 * {@code mayCall}: the interviewer invited phone calls. {@code knownDelay}: they mentioned a delay
 * (merger, reorganisation). Events are kept in the order they were recorded.
 *
 * <p>{@code messageLanguage} is the language this application's drafts are written in; empty means
 * "the user's language", looked up each time a draft is written, never copied in when the
 * application is made. WHY: the default must stay "whatever language the user has now", so a user
 * who later switches Nudge from English to German gets German drafts for every application they
 * never set a language for; a language stored at creation would silently stay English. Only an
 * explicit choice (the edit form, an import naming one) is stored. Never null (null is read as empty).
 */
public record Application(String id, String company, String role, String country, LocalDate appliedOn,
                          String url, String location, String source, boolean mayCall, boolean knownDelay,
                          String notes, List<Contact> contacts, List<InterviewRound> interviews,
                          List<Event> events, Optional<Language> messageLanguage) {

    public Application {
        Objects.requireNonNull(id, "id");
        messageLanguage = messageLanguage == null ? Optional.empty() : messageLanguage;
        company = Texts.orEmpty(company);
        role = Texts.orEmpty(role);
        country = Texts.orEmpty(country);
        url = Texts.orEmpty(url);
        location = Texts.orEmpty(location);
        source = Texts.orEmpty(source);
        notes = Texts.orEmpty(notes);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /**
     * Without a message language (the user's): the component list from before it existed, which
     * most callers (the forms that create applications, the CSV import, tests) still use.
     */
    public Application(String id, String company, String role, String country, LocalDate appliedOn, String url,
                       String location, String source, boolean mayCall, boolean knownDelay, String notes,
                       List<Contact> contacts, List<InterviewRound> interviews, List<Event> events) {
        this(id, company, role, country, appliedOn, url, location, source, mayCall, knownDelay, notes, contacts,
                interviews, events, Optional.empty());
    }

    /** A new application with only the two required fields. */
    public static Application of(String id, String company, String role) {
        return new Application(id, company, role, "", null, "", "", "", false, false, "",
                List.of(), List.of(), List.of());
    }

    /** The round with the latest end, scheduled ones included. */
    public Optional<InterviewRound> latestRound() {
        return interviews.stream().max(Comparator.comparing(InterviewRound::endedAt));
    }

    /** The contact for status updates: the one marked primary, else the first. */
    public Optional<Contact> primaryContact() {
        return contacts.stream().filter(Contact::primary).findFirst()
                .or(() -> contacts.stream().findFirst());
    }

    public Application withEvents(List<Event> value) {
        return new Application(id, company, role, country, appliedOn, url, location, source, mayCall,
                knownDelay, notes, contacts, interviews, value,
                messageLanguage);
    }

    public Application withInterviews(List<InterviewRound> value) {
        return new Application(id, company, role, country, appliedOn, url, location, source, mayCall,
                knownDelay, notes, contacts, value, events,
                messageLanguage);
    }

    public Application withContacts(List<Contact> value) {
        return new Application(id, company, role, country, appliedOn, url, location, source, mayCall,
                knownDelay, notes, value, interviews, events,
                messageLanguage);
    }

    public Application withFlags(boolean mayCallValue, boolean knownDelayValue) {
        return new Application(id, company, role, country, appliedOn, url, location, source, mayCallValue,
                knownDelayValue, notes, contacts, interviews, events,
                messageLanguage);
    }

    public Application withCountry(String value) {
        return new Application(id, company, role, value, appliedOn, url, location, source, mayCall,
                knownDelay, notes, contacts, interviews, events,
                messageLanguage);
    }

    /** This application with its drafts in {@code value}; empty: in the user's language. */
    public Application withMessageLanguage(Optional<Language> value) {
        return new Application(id, company, role, country, appliedOn, url, location, source, mayCall,
                knownDelay, notes, contacts, interviews, events, value);
    }
}
