package app.nudge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a form's edits onto an application that was changed elsewhere since the form was filled
 * (three-way, field by field): a field the user left as it was takes the newer stored value, a
 * field changed only by the user takes the user's, and a field both changed differently is a
 * conflict, so nothing is merged (the user must see the newer value before theirs replaces it).
 * WHY field by field: two computers editing different fields of one application keep both changes
 * instead of refusing the second for no reason; the same field is never silently overwritten.
 */
public final class DetailsMerge {

    private DetailsMerge() {
    }

    /**
     * {@code mine} (edited from {@code base}) put onto {@code theirs} (stored now); empty when a
     * field was changed differently on both sides. Contacts count as one field.
     */
    public static Optional<ApplicationDetails> merge(ApplicationDetails base, ApplicationDetails mine,
                                                     ApplicationDetails theirs) {
        Picks p = new Picks();
        ApplicationDetails merged = merged(p, base, mine, theirs);
        return p.conflict ? Optional.empty() : Optional.of(merged);
    }

    /**
     * What the other side changed where {@code mine} changed it too, in words for the user: a short
     * field with its value there ("location is “Remote”"), a long one by name ("the notes").
     */
    public static List<String> conflicts(ApplicationDetails base, ApplicationDetails mine, ApplicationDetails theirs) {
        Picks p = new Picks();
        merged(p, base, mine, theirs);
        return List.copyOf(p.conflicts);
    }

    private static ApplicationDetails merged(Picks p, ApplicationDetails base, ApplicationDetails mine,
                                             ApplicationDetails theirs) {
        return new ApplicationDetails(
                p.pick("the company", base.company(), mine.company(), theirs.company()),
                p.pick("the position", base.role(), mine.role(), theirs.role()),
                p.pick("the country", base.country(), mine.country(), theirs.country()),
                p.pick("the date applied", base.appliedOn(), mine.appliedOn(), theirs.appliedOn()),
                p.pick("the link", base.url(), mine.url(), theirs.url()),
                p.pick("the location", base.location(), mine.location(), theirs.location()),
                p.pick("may call", base.mayCall(), mine.mayCall(), theirs.mayCall()),
                p.pick("known delay", base.knownDelay(), mine.knownDelay(), theirs.knownDelay()),
                p.pick("the notes", base.notes(), mine.notes(), theirs.notes()),
                p.pick("the contacts", base.contacts(), mine.contacts(), theirs.contacts()),
                p.pick("the message language", base.messageLanguage(), mine.messageLanguage(),
                        theirs.messageLanguage()));
    }

    /** One field's value after the merge; {@code conflict} set when both sides changed it differently. */
    static final class Picks {
        private static final int QUOTED_UP_TO = 60;
        private boolean conflict;
        private final List<String> conflicts = new ArrayList<>();

        <T> T pick(String field, T base, T mine, T theirs) {
            if (Objects.equals(mine, base) || Objects.equals(mine, theirs)) {
                return theirs;
            }
            if (!Objects.equals(theirs, base)) {
                conflict = true;
                conflicts.add(there(field, theirs));
            }
            return mine;
        }

        private static String there(String field, Object theirs) {
            if (theirs instanceof Boolean flag) {
                return field + (flag ? " is on" : " is off");
            }
            if (theirs instanceof Optional<?> language) { // the message language: its own name, or the default
                return field + language.map(l -> " is \u201c" + ((Language) l).nativeName() + "\u201d")
                        .orElse(" is your language");
            }
            String text = theirs == null ? "" : theirs.toString();
            String is = field.endsWith("s") ? " are" : " is"; // "the notes are", "the company is"
            if (theirs instanceof String && !text.contains("\n") && text.length() <= QUOTED_UP_TO) {
                return field + (text.isEmpty() ? is + " empty" : is + " \u201c" + text + "\u201d");
            }
            return field + (theirs instanceof java.time.LocalDate ? is + " " + text : theirs == null ? is + " empty" : " changed");
        }

        boolean conflict() {
            return conflict;
        }
    }
}
