package app.nudge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Three-way merge of a form's details: nothing the other side changed is lost, no field is overwritten unseen. */
class DetailsMergeTest {

    private static final ApplicationDetails BASE = new ApplicationDetails("Acme Corp", "Analyst", "DE",
            LocalDate.of(2026, 11, 2), "https://acme.example/1", "Berlin", false, false, "notes",
            List.of(Contact.named("Pat Lee", "pat@acme.example")));

    private static ApplicationDetails with(ApplicationDetails d, String company, String notes, boolean mayCall,
                                           List<Contact> contacts) {
        return new ApplicationDetails(company, d.role(), d.country(), d.appliedOn(), d.url(), d.location(), mayCall,
                d.knownDelay(), notes, contacts);
    }

    @Test
    void fieldsChangedOnOneSideOnlyAreAllKept() {
        ApplicationDetails mine = with(BASE, "Acme Inc", BASE.notes(), true, BASE.contacts());
        List<Contact> theirContacts = List.of(Contact.named("Pat Lee", "pat@acme.example"), Contact.named("Kim", ""));
        ApplicationDetails theirs = with(BASE, BASE.company(), "their notes", false, theirContacts);
        assertEquals(Optional.of(with(BASE, "Acme Inc", "their notes", true, theirContacts)),
                DetailsMerge.merge(BASE, mine, theirs));
    }

    @Test
    void theSameFieldChangedDifferentlyOnBothSidesIsAConflict() {
        ApplicationDetails mine = with(BASE, "Acme Inc", BASE.notes(), false, BASE.contacts());
        ApplicationDetails theirs = with(BASE, "Acme Ltd", BASE.notes(), false, BASE.contacts());
        assertEquals(Optional.empty(), DetailsMerge.merge(BASE, mine, theirs));
        ApplicationDetails myContacts = with(BASE, BASE.company(), BASE.notes(), false, List.of());
        ApplicationDetails theirContacts = with(BASE, BASE.company(), BASE.notes(), false,
                List.of(Contact.named("Pat Lee", "pat.lee@acme.example")));
        assertEquals(Optional.empty(), DetailsMerge.merge(BASE, myContacts, theirContacts));
    }

    @Test
    void theSameChangeOnBothSidesAndNoChangeAtAllAreNoConflict() {
        ApplicationDetails both = with(BASE, "Acme Inc", "x", true, BASE.contacts());
        assertEquals(Optional.of(both), DetailsMerge.merge(BASE, both, both));
        assertEquals(Optional.of(BASE), DetailsMerge.merge(BASE, BASE, BASE));
    }

    @Test
    void aConflictSaysWhatTheOtherSideHasThereShortValuesQuotedLongOnesNamed() {
        ApplicationDetails mine = with(BASE, "Acme Inc", "mine\nsecond line", true, List.of());
        ApplicationDetails theirs = with(BASE, "Acme Ltd", "theirs\nsecond line", false, List.of(Contact.named("Kim", "")));
        // mayCall: only mine changed it (theirs kept the base's false), so it is no conflict.
        assertEquals(List.of("the company is \u201cAcme Ltd\u201d", "the notes changed", "the contacts changed"),
                DetailsMerge.conflicts(BASE, mine, theirs));
        assertEquals(List.of(), DetailsMerge.conflicts(BASE, mine, BASE), "nothing changed there: no conflict");
    }
}
