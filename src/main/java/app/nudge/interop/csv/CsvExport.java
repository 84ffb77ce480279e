package app.nudge.interop.csv;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.interop.ActionWords;
import app.nudge.policy.PipelineStage;
import app.nudge.policy.PlannedAction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The applications and their events as two CSV sheets for a spreadsheet: UTF-8 with a BOM (Excel
 * reads UTF-8 only with it), CRLF line ends, every text cell made formula-safe.
 *
 * <p>applications.csv re-imports with {@code import-csv}: its "stage" column is the status a
 * re-import reads (a closed one says why: "Closed (rejected)"), "applied on" the date, and
 * contact, email, url and notes fill the same fields again. The interview columns ("rounds", the
 * latest round's "last interview" date and time, "interviewers" and "decision by") tell the reader
 * about the rounds; a sheet cannot rebuild a round, so a re-import of an interviewed application
 * that is new to the database gets a note asking to log its round, and one already stored keeps its
 * rounds.
 */
public final class CsvExport {

    public static final String APPLICATIONS_FILE = "applications.csv";
    public static final String EVENTS_FILE = "events.csv";
    static final List<String> APPLICATION_COLUMNS = List.of("id", "company", "role", "stage", "next action", "channel",
            "earliest", "due", "urgency", "contact", "email", "applied on", "rounds", "last interview", "interviewers",
            "decision by", "url", "notes");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final List<String> EVENT_COLUMNS = List.of("application id", "company", "date", "type", "channel",
            "details", "note");
    private static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    /** One row per application, by id, with its next action if one is planned. */
    public static void writeApplications(List<Application> applications, List<PlannedAction> plan, OutputStream out)
            throws IOException {
        Map<String, PlannedAction> next = plan.stream()
                .collect(Collectors.toMap(PlannedAction::applicationId, Function.identity(), (a, b) -> a));
        write(out, APPLICATION_COLUMNS, sorted(applications).stream().map(a -> applicationRow(a, next.get(a.id()))).toList());
    }

    /** One row per event, applications by id, events in their recorded order. */
    public static void writeEvents(List<Application> applications, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Application a : sorted(applications)) {
            for (Event e : a.events()) {
                rows.add(List.of(a.id(), a.company(), e.date().toString(), e.type().name(),
                        e.channel() == null ? "" : e.channel().name(), details(e), e.note()));
            }
        }
        write(out, EVENT_COLUMNS, rows);
    }

    private static List<Application> sorted(List<Application> applications) {
        return applications.stream().sorted(Comparator.comparing(Application::id)).toList();
    }

    private static List<String> applicationRow(Application a, PlannedAction next) {
        Contact contact = a.primaryContact().orElse(null);
        InterviewRound latest = a.latestRound().orElse(null);
        return List.of(a.id(), a.company(), a.role(), stage(a, next),
                next == null ? "" : ActionWords.name(next.action()), next == null ? "" : ActionWords.channel(next.channel()),
                date(next == null ? null : next.earliest()), date(next == null ? null : next.due()),
                next == null ? "" : ActionWords.status(next.status()), contact == null ? "" : contact.name(),
                contact == null ? "" : contact.email(), date(a.appliedOn()), String.valueOf(a.interviews().size()),
                latest == null ? "" : MINUTE.format(latest.endedAt()),
                latest == null ? "" : String.join("; ", latest.interviewers()),
                date(latest == null ? null : latest.decisionExpectedBy()), a.url(), a.notes());
    }

    /** The board column's title; a closed one says why, so that a re-import records the same outcome. */
    static String stage(Application a, PlannedAction next) {
        PipelineStage stage = PipelineStage.of(a, next);
        String reason = stage == PipelineStage.CLOSED ? PipelineStage.closedReason(a) : "closed";
        return reason.equals("closed") ? stage.title() : stage.title() + " (" + reason + ")";
    }

    /** The type's own fields in words: "new decision by 2026-12-04". */
    static String details(Event e) {
        List<String> parts = new ArrayList<>();
        if (e.newDecisionBy() != null) {
            parts.add("new decision by " + e.newDecisionBy());
        }
        if (e.checkBackOn() != null) {
            parts.add("check back on " + e.checkBackOn());
        }
        if (e.action() != null) {
            parts.add("skipped " + e.action().name());
        }
        if (e.until() != null) {
            parts.add("snoozed until " + e.until());
        }
        return String.join("; ", parts);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT); // RFC 4180 quoting, CRLF
        printer.printRecord(header);
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(Objects::toString).map(SpreadsheetCells::safe).toList());
        }
        printer.flush(); // not closed: the caller owns the stream
    }
}
