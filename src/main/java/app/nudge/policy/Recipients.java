package app.nudge.policy;

import app.nudge.domain.Contact;
import java.util.List;

/** Who a planned action goes to (docs/follow-up-rules.md, section 2, "Recipient"). */
final class Recipients {

    private Recipients() {
    }

    /** The contact marked primary (the one named for status updates), else the first; null when none. */
    static Contact primary(List<Contact> contacts) {
        for (int i = 0, size = contacts.size(); i < size; i++) {
            if (contacts.get(i).primary()) {
                return contacts.get(i);
            }
        }
        return contacts.isEmpty() ? null : contacts.get(0);
    }

    /**
     * R10: another contact than {@code usual}: the first whose title reads like recruiting or
     * people work, else the first other one; null when there is no other contact.
     */
    static Contact secondary(List<Contact> contacts, Contact usual) {
        Contact firstOther = null;
        for (int i = 0, size = contacts.size(); i < size; i++) {
            Contact contact = contacts.get(i);
            if (contact == usual) {
                continue; // identity, not equals: two contacts may share the same details
            }
            if (contact.looksLikeRecruiter()) {
                return contact;
            }
            if (firstOther == null) {
                firstOther = contact;
            }
        }
        return firstOther;
    }
}
