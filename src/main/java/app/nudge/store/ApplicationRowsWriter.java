package app.nudge.store;

import app.nudge.domain.Application;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Writes whole applications (with their contacts, rounds, interviewers and events) as batches of
 * rows inside a transaction someone else opened: a save, an import, an undo. One statement per
 * table, whatever the number of applications, because each statement is a round trip to a server.
 */
final class ApplicationRowsWriter {

    private ApplicationRowsWriter() {
    }

    /** Inserts into an open transaction: used by import, which also writes settings in the same one (new versions). */
    static void insertAll(Connection c, Collection<Application> applications) throws SQLException {
        insertAll(c, applications, VersionNumbers.take(c, applications.stream().map(Application::id).distinct().toList()), id -> true);
    }

    /** As {@link #insertAll(Connection, Collection)}, with the given versions; deletes first the ids {@code replaces} names. */
    static void insertAll(Connection c, Collection<Application> applications, Map<String, Long> versions,
                          java.util.function.Predicate<String> replaces) throws SQLException {
        // Replaced rows go in one batch too: a DELETE each is a round trip each to a server (10,000 in an import).
        try (PreparedStatement remove = c.prepareStatement("DELETE FROM application WHERE id = ?");
             PreparedStatement app = c.prepareStatement("INSERT INTO application (id, company, role, country, applied_on,"
                + " url, location, source, may_call, known_delay, notes, content_check, version, message_language)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement contact = c.prepareStatement("INSERT INTO contact (application_id, position, name, email,"
                     + " phone, title, is_primary) VALUES (?,?,?,?,?,?,?)");
             PreparedStatement round = c.prepareStatement("INSERT INTO interview_round (application_id, position, ended_at,"
                     + " decision_expected_by, talking_point) VALUES (?,?,?,?,?)");
             PreparedStatement interviewer = c.prepareStatement("INSERT INTO round_interviewer (application_id,"
                     + " round_position, position, name) VALUES (?,?,?,?)");
             PreparedStatement event = c.prepareStatement("INSERT INTO event (application_id, position, type, on_date,"
                     + " channel, new_decision_by, check_back_on, action, until_date, note, recipient) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Application a : applications) {
                if (replaces.test(a.id())) {
                    remove.setString(1, a.id());
                    remove.addBatch();
                }
                bindApplication(app, a);
                app.setLong(13, versions.get(a.id()));
                app.addBatch();
                for (int i = 0; i < a.contacts().size(); i++) {
                    bindContact(contact, a.id(), i, a.contacts().get(i));
                    contact.addBatch();
                }
                for (int i = 0; i < a.interviews().size(); i++) {
                    InterviewRound r = a.interviews().get(i);
                    round.setString(1, a.id());
                    round.setInt(2, i);
                    // As a LocalDateTime, never java.sql.Timestamp: that goes through the JVM's time zone (a
                    // time in a DST gap moves an hour) and the Julian calendar before 1582.
                    round.setObject(3, r.endedAt());
                    setDate(round, 4, r.decisionExpectedBy());
                    round.setString(5, r.talkingPoint());
                    round.addBatch();
                    for (int j = 0; j < r.interviewers().size(); j++) {
                        interviewer.setString(1, a.id());
                        interviewer.setInt(2, i);
                        interviewer.setInt(3, j);
                        interviewer.setString(4, r.interviewers().get(j));
                        interviewer.addBatch();
                    }
                }
                for (int i = 0; i < a.events().size(); i++) {
                    bindEvent(event, a.id(), i, a.events().get(i));
                    event.addBatch();
                }
            }
            // Old rows first (their children go with them), then parents before children, for the foreign keys.
            remove.executeBatch();
            app.executeBatch();
            contact.executeBatch();
            round.executeBatch();
            interviewer.executeBatch();
            event.executeBatch();
        }
    }

    private static void bindApplication(PreparedStatement ps, Application a) throws SQLException {
        ps.setString(1, a.id());
        ps.setString(2, a.company());
        ps.setString(3, a.role());
        ps.setString(4, a.country());
        setDate(ps, 5, a.appliedOn());
        ps.setString(6, a.url());
        ps.setString(7, a.location());
        ps.setString(8, a.source());
        ps.setBoolean(9, a.mayCall());
        ps.setBoolean(10, a.knownDelay());
        ps.setString(11, a.notes());
        ps.setLong(12, ContentChecksum.of(a)); // over the whole aggregate, checked on every load
        // 13 is the version, set by the caller. NULL, not the user's language: the default follows the user.
        ps.setString(14, a.messageLanguage().map(Language::code).orElse(null));
    }

    private static void bindContact(PreparedStatement ps, String appId, int position, Contact k) throws SQLException {
        ps.setString(1, appId);
        ps.setInt(2, position);
        ps.setString(3, k.name());
        ps.setString(4, k.email());
        ps.setString(5, k.phone());
        ps.setString(6, k.title());
        ps.setBoolean(7, k.primary());
    }

    private static void bindEvent(PreparedStatement ps, String appId, int position, Event e) throws SQLException {
        ps.setString(1, appId);
        ps.setInt(2, position);
        ps.setString(3, e.type().name());
        setDate(ps, 4, e.date());
        ps.setString(5, e.channel() == null ? null : e.channel().name());
        setDate(ps, 6, e.newDecisionBy());
        setDate(ps, 7, e.checkBackOn());
        ps.setString(8, e.action() == null ? null : e.action().name());
        setDate(ps, 9, e.until());
        ps.setString(10, e.note());
        ps.setString(11, e.recipient());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
