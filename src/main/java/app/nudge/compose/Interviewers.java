package app.nudge.compose;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import java.util.List;
import java.util.Locale;

/** Matches the interviewer names of a round to the application's contacts. */
final class Interviewers {

    private Interviewers() {
    }

    /**
     * The contact with this name (any case, extra spaces ignored); for a first name alone, the
     * one contact with that first name. Without a match, a contact with the name and no email,
     * so the interviewer still gets a note addressed by name.
     */
    static Contact contactFor(Application app, String interviewer) {
        String wanted = normalize(interviewer);
        for (Contact c : app.contacts()) {
            if (normalize(c.name()).equals(wanted)) {
                return c;
            }
        }
        if (!wanted.contains(" ")) {
            List<Contact> sameFirstName = app.contacts().stream()
                    .filter(c -> normalize(c.firstName()).equals(wanted)).toList();
            if (sameFirstName.size() == 1) {
                return sameFirstName.get(0);
            }
        }
        return new Contact(interviewer.strip(), "", "", "", false);
    }

    private static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
