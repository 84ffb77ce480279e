package app.nudge.service;

import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationDetails;
import app.nudge.domain.DetailsMerge;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewLog;
import app.nudge.domain.InterviewRound;
import java.util.function.UnaryOperator;

/**
 * Changes made in a form, as functions of the application stored at the moment of saving: the
 * form was filled from {@code basedOn}, and what was changed elsewhere since is kept where the
 * user did not change the same thing ({@link DetailsMerge}); where they did, the save is refused
 * with {@link ChangedElsewhereException} carrying the newer record. Nothing is silently overwritten.
 */
final class FormChanges {

    private FormChanges() {
    }

    /** The edit-details form: {@code edited} replaces what the user changed from {@code basedOn}. */
    static UnaryOperator<Application> details(Application basedOn, ApplicationDetails edited) {
        return current -> DetailsMerge.merge(ApplicationDetails.of(basedOn), edited, ApplicationDetails.of(current))
                .orElseThrow(() -> new ChangedElsewhereException(current,
                        DetailsMerge.conflicts(ApplicationDetails.of(basedOn), edited, ApplicationDetails.of(current))))
                .applyTo(current);
    }

    /**
     * The log-interview form on a stored application: the round added ({@code index} -1) or put in
     * place of the round at {@code index} (refused when that round is no longer as {@code basedOn}
     * had it), people merged into the contacts as stored now, and the flags and notes the form also
     * shows merged as the details form's are.
     */
    static UnaryOperator<Application> round(Application basedOn, int index, InterviewLog log) {
        return current -> {
            if (index >= 0) {
                requireRound(current, index, basedOn.interviews().get(index));
            }
            Application withRound = log.applyTo(current, index);
            ApplicationDetails base = ApplicationDetails.of(basedOn);
            ApplicationDetails mine = new ApplicationDetails(base.company(), base.role(), base.country(),
                    base.appliedOn(), base.url(), base.location(), log.mayCall(), log.knownDelay(), log.notes(),
                    base.contacts(), base.messageLanguage());
            ApplicationDetails merged = DetailsMerge.merge(base, mine, ApplicationDetails.of(current))
                    .orElseThrow(() -> new ChangedElsewhereException(current,
                            DetailsMerge.conflicts(base, mine, ApplicationDetails.of(current))));
            return new ApplicationDetails(merged.company(), merged.role(), merged.country(), merged.appliedOn(),
                    merged.url(), merged.location(), merged.mayCall(), merged.knownDelay(), merged.notes(),
                    withRound.contacts(), merged.messageLanguage()).applyTo(withRound);
        };
    }

    /** The event at {@code index}, when it is still {@code expected}; else refused, nothing saved. */
    static Event requireEvent(Application a, int index, Event expected) {
        if (index < 0 || index >= a.events().size() || !a.events().get(index).equals(expected)) {
            throw new ChangedMeanwhileException(Texts.t("service.eventChangedMeanwhile"));
        }
        return a.events().get(index);
    }

    static Application requireRound(Application a, int index, InterviewRound expected) {
        if (index < 0 || index >= a.interviews().size() || !a.interviews().get(index).equals(expected)) {
            throw new ChangedMeanwhileException(Texts.t("service.roundChangedMeanwhile"));
        }
        return a;
    }
}
