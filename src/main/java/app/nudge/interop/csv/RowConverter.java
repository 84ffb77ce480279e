package app.nudge.interop.csv;

import app.nudge.i18n.ProblemTexts;
import app.nudge.i18n.Texts;
import app.nudge.domain.Application;
import app.nudge.domain.ApplicationRules;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.FieldLimits;
import app.nudge.domain.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one sheet row into an application, or says why it cannot. The status becomes an event
 * where Nudge has one (rejected, offer, withdrawn), dated the row's date or, without one, the
 * import day; an interview has no time in a sheet, so it becomes a note asking to log the round.
 */
final class RowConverter {

    /** Either an application or the reason the row is bad. */
    record Result(Application application, String status, String problem) {
    }

    private final CsvSheet sheet;
    private final ColumnMapping mapping;
    private final CsvLayout layout;
    private final LocalDate importDay;

    RowConverter(CsvSheet sheet, ColumnMapping mapping, CsvLayout layout, LocalDate importDay) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.layout = layout;
        this.importDay = importDay;
    }

    Result convert(CsvSheet.Row row, String id) {
        for (CsvField field : CsvField.values()) {
            // Before any message quotes a cell: a NUL is refused naming its column, never printed.
            String badCharacter = FieldLimits.badCharacter(cell(row, field));
            if (badCharacter != null) {
                return bad(cell(row, CsvField.STATUS), column(field) + ": " + badCharacter);
            }
        }
        String company = cell(row, CsvField.COMPANY);
        String role = cell(row, CsvField.ROLE);
        String statusText = cell(row, CsvField.STATUS);
        String dateText = cell(row, CsvField.DATE);
        Optional<LocalDate> date = dateText.isEmpty() ? Optional.empty() : LooseDates.parse(dateText);
        if (!dateText.isEmpty() && date.isEmpty()) {
            return bad(statusText, column(CsvField.DATE) + ": " + Texts.t("exchange.csv.notADate", "date", dateText));
        }
        if (date.isPresent() && !FieldLimits.yearKept(date.get().getYear())) {
            // "1/2/0202" reads as a real day, but no one applied in 202: refused, not kept as written.
            return bad(statusText, column(CsvField.DATE) + ": " + FieldLimits.yearProblem() + " (" + dateText + ")");
        }
        ImportedStatus status = ImportedStatus.of(statusText);
        String notes = cell(row, CsvField.NOTES);
        if (status == ImportedStatus.INTERVIEW) {
            notes = joined(notes, "Imported with status \"" + statusText
                    + "\": log the interview round in Nudge to get follow-ups planned.");
        }
        List<Contact> contacts = new ArrayList<>();
        String contactName = cell(row, CsvField.CONTACT);
        String email = cell(row, CsvField.EMAIL);
        if (!contactName.isEmpty() || !email.isEmpty()) {
            contacts.add(new Contact(contactName, email, "", "", true));
        }
        LocalDate appliedOn = status == ImportedStatus.NOT_APPLIED ? null : date.orElse(null);
        Application application = new Application(id, company, role, "", appliedOn, cell(row, CsvField.URL), "",
                layout.title(), false, false, notes, contacts, List.of(), outcome(status, statusText, date));
        List<FieldProblem> problems = ApplicationRules.check(application);
        if (!problems.isEmpty()) {
            return bad(statusText, problems.stream().map(p -> named(p.path()) + ": " + ProblemTexts.message(p))
                    .collect(Collectors.joining("; ")));
        }
        return new Result(application, statusText, null);
    }

    private List<Event> outcome(ImportedStatus status, String statusText, Optional<LocalDate> date) {
        List<EventType> types = switch (status) {
            case REJECTED -> List.of(EventType.REJECTION_RECEIVED);
            case OFFER -> List.of(EventType.OFFER_RECEIVED);
            case OFFER_ANSWERED -> List.of(EventType.OFFER_RECEIVED, EventType.OFFER_ANSWERED);
            case WITHDRAWN -> List.of(EventType.WITHDRAWN);
            case CLOSED -> List.of(EventType.CLOSED);
            default -> List.of();
        };
        String note = "Imported from " + layout.title() + " (status \"" + statusText + "\")"
                + (date.isEmpty() ? "; the sheet gave no date, so it is dated the import day" : "");
        return types.stream().map(type -> Event.of(type, date.orElse(importDay)).withNote(note)).toList();
    }

    /** A rule's field path in the sheet's words: "company" → the column it came from. */
    private String named(String path) {
        return switch (path) {
            case "company" -> column(CsvField.COMPANY);
            case "role" -> column(CsvField.ROLE);
            case "notes" -> column(CsvField.NOTES);
            case "contacts[0].email" -> column(CsvField.EMAIL);
            case "contacts[0].name" -> column(CsvField.CONTACT);
            case "url" -> column(CsvField.URL);
            case "appliedOn", "events[0].on", "events[1].on" -> column(CsvField.DATE);
            default -> path;
        };
    }

    private String column(CsvField field) {
        return mapping.column(field).map(c -> "\"" + c + "\"").orElse(field.key());
    }

    private String cell(CsvSheet.Row row, CsvField field) {
        return mapping.column(field).map(c -> row.cell(sheet.indexOf(c))).orElse("");
    }

    private static Result bad(String status, String problem) {
        return new Result(null, status, problem);
    }

    private static String joined(String notes, String more) {
        return notes.isEmpty() ? more : notes + "\n\n" + more;
    }
}
