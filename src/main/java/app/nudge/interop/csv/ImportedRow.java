package app.nudge.interop.csv;

import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.domain.Event;
import java.util.List;

/**
 * A row that will be imported, as the application it becomes.
 *
 * @param updatesStored the id is already stored: the stored record is kept and only gains the
 *                      row's outcome (see {@link CsvImportPlanner})
 * @param status        the row's status text as the sheet wrote it, for the preview
 */
public record ImportedRow(int row, Application application, boolean updatesStored, String status) {

    /** What Nudge records for the row, in words: "Rejected", "Offer", "Applied", "Interview: log it". */
    public String outcome() {
        List<Event> events = application.events();
        if (!events.isEmpty()) {
            return switch (events.get(events.size() - 1).type()) {
                case REJECTION_RECEIVED -> Texts.t("exchange.csv.outcome.rejected");
                case OFFER_RECEIVED -> Texts.t("exchange.csv.outcome.offer");
                case OFFER_ANSWERED -> Texts.t("exchange.csv.outcome.offerAnswered");
                case WITHDRAWN -> Texts.t("exchange.csv.outcome.withdrawn");
                case CLOSED -> Texts.t("exchange.csv.outcome.closed");
                default -> Texts.t("exchange.csv.outcome.alreadyStored");
            };
        }
        return switch (ImportedStatus.of(status)) {
            case NOT_APPLIED -> Texts.t("exchange.csv.outcome.notApplied");
            case INTERVIEW -> Texts.t("exchange.csv.outcome.interview");
            default -> Texts.t("exchange.csv.outcome.applied");
        };
    }
}
