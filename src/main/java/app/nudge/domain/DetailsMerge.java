package app.nudge.domain;

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
        ApplicationDetails merged = new ApplicationDetails(
                p.pick(base.company(), mine.company(), theirs.company()),
                p.pick(base.role(), mine.role(), theirs.role()),
                p.pick(base.country(), mine.country(), theirs.country()),
                p.pick(base.appliedOn(), mine.appliedOn(), theirs.appliedOn()),
                p.pick(base.url(), mine.url(), theirs.url()),
                p.pick(base.location(), mine.location(), theirs.location()),
                p.pick(base.mayCall(), mine.mayCall(), theirs.mayCall()),
                p.pick(base.knownDelay(), mine.knownDelay(), theirs.knownDelay()),
                p.pick(base.notes(), mine.notes(), theirs.notes()),
                p.pick(base.contacts(), mine.contacts(), theirs.contacts()));
        return p.conflict ? Optional.empty() : Optional.of(merged);
    }

    /** One field's value after the merge; {@code conflict} set when both sides changed it differently. */
    static final class Picks {
        private boolean conflict;

        <T> T pick(T base, T mine, T theirs) {
            if (Objects.equals(mine, base) || Objects.equals(mine, theirs)) {
                return theirs;
            }
            if (!Objects.equals(theirs, base)) {
                conflict = true;
            }
            return mine;
        }

        boolean conflict() {
            return conflict;
        }
    }
}
