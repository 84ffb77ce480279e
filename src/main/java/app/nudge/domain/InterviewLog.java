package app.nudge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the "log interview" form records: a round, the people met, and the application's flags
 * and notes as the form shows them. The same value makes a new application, adds a later round
 * to a stored one, or replaces one of its rounds, so the three share one merge of contacts.
 *
 * @param people each interviewer line with a name; {@code primary} marks the contact for updates
 */
public record InterviewLog(String company, String role, InterviewRound round, List<Contact> people,
                           boolean mayCall, boolean knownDelay, String notes) {

    public InterviewLog {
        Objects.requireNonNull(round, "round");
        company = Texts.orEmpty(company);
        role = Texts.orEmpty(role);
        notes = Texts.orEmpty(notes);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** A new application with this round as its first, under the id given. */
    public Application newApplication(String id) {
        return new Application(id, company, role, "", null, "", "", "", mayCall, knownDelay, notes,
                mergeContacts(List.of(), people), List.of(round), List.of());
    }

    /**
     * {@code base} with this round added ({@code roundIndex} -1) or put in place of the round at
     * {@code roundIndex}; contacts merged, flags and notes as logged; events kept as they are.
     */
    public Application applyTo(Application base, int roundIndex) {
        List<InterviewRound> rounds = new ArrayList<>(base.interviews());
        if (roundIndex < 0) {
            rounds.add(round);
        } else {
            rounds.set(roundIndex, round);
        }
        return new Application(base.id(), base.company(), base.role(), base.country(), base.appliedOn(),
                base.url(), base.location(), base.source(), mayCall, knownDelay, notes,
                mergeContacts(base.contacts(), people), rounds, base.events(), base.messageLanguage());
    }

    /**
     * Each person becomes a contact, or updates the stored one of the same name, ignoring case (a
     * blank email or title keeps the stored one; the phone is kept). A person marked as the contact
     * for updates takes that mark from every other contact; with none marked, the stored marks stay.
     */
    public static List<Contact> mergeContacts(List<Contact> stored, List<Contact> people) {
        boolean anyMarked = people.stream().anyMatch(Contact::primary);
        List<Contact> result = new ArrayList<>(stored.stream().map(c -> anyMarked ? c.withPrimary(false) : c).toList());
        for (Contact person : people) {
            int index = indexOfName(result, person.name());
            if (index >= 0) {
                Contact old = result.get(index);
                result.set(index, new Contact(old.name(), person.email().isEmpty() ? old.email() : person.email(),
                        old.phone(), person.title().isEmpty() ? old.title() : person.title(),
                        old.primary() || person.primary()));
            } else {
                result.add(new Contact(person.name(), person.email(), person.phone(), person.title(), person.primary()));
            }
        }
        return result;
    }

    /** The index of the contact named {@code name} (ignoring case and outer spaces), or -1. */
    public static int indexOfName(List<Contact> contacts, String name) {
        for (int i = 0; i < contacts.size(); i++) {
            if (contacts.get(i).name().strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }
}
