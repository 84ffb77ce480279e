package app.nudge.store;

import app.nudge.i18n.Texts;
import app.nudge.domain.ActionType;
import app.nudge.domain.Application;
import app.nudge.domain.Channel;
import app.nudge.domain.Contact;
import app.nudge.domain.Event;
import app.nudge.domain.EventType;
import app.nudge.domain.InterviewRound;
import app.nudge.domain.Language;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applications as whole aggregates: an application is read and written together with its
 * contacts, rounds and events, each write in one transaction.
 *
 * <p>Each stored application carries a version, raised by every write. An instance remembers the
 * version it last read or wrote of each application ({@link SeenVersions}) and refuses, with
 * {@link StaleApplicationException} and nothing written, a write or delete when the stored version
 * is another one: on a server schema shared by several computers, a change based on an older read
 * never overwrites a newer one. Read before writing, through the same instance (an id it never read
 * is written as asked).
 */
public final class ApplicationRepository {

    /**
     * A write touching more applications than this goes through a copy of the file
     * ({@link Database#rewriteWhole}): all-or-nothing after a kill without relying on H2 to recover
     * a large transaction. Smaller ones are ordinary transactions (a copy costs a file's worth of I/O).
     */
    static final int LARGE_WRITE = 50;

    private final Database db;
    private final SeenVersions seen = new SeenVersions();

    public ApplicationRepository(Database db) {
        this.db = db;
    }

    /** Every stored application, ordered by id. One query per table, whatever the count. */
    public List<Application> findAll() {
        List<Stored> all = ConsistentRead.read(db, c -> load(c, null, db.path()));
        seen.forgetAllBut(all.stream().map(s -> s.application().id()).collect(java.util.stream.Collectors.toSet()));
        all.forEach(this::remember);
        return all.stream().map(Stored::application).toList();
    }

    public Optional<Application> find(String id) {
        Optional<Stored> found = ConsistentRead.read(db, c -> load(c, id, db.path())).stream().findFirst();
        found.ifPresentOrElse(this::remember, () -> seen.forget(id));
        return found.map(Stored::application);
    }

    private void remember(Stored stored) {
        seen.remember(stored.application().id(), stored.version());
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM application");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Stores the application, replacing any stored one with the same id. */
    public void save(Application application) {
        saveAll(List.of(application));
    }

    /** Stores all of them in one transaction: all are stored, or none. */
    public void saveAll(Collection<Application> applications) {
        storeAndDelete(applications, List.of());
    }

    /**
     * Stores {@code applications} (replacing same ids) and deletes the ids in {@code deleted}, all
     * or nothing; a large change (an import, or its undo) is written through a copy of the file.
     * Refused with {@link StaleApplicationException} (nothing written) when any of them is not
     * stored as this instance last saw it.
     */
    public void storeAndDelete(Collection<Application> applications, Collection<String> deleted) {
        java.util.function.Supplier<Map<String, Long>> write = () -> db.inTransaction(c -> {
            java.util.Set<String> stored = new java.util.HashSet<>(); // the ids found (and locked): their rows are replaced
            for (Application a : applications) {
                if (seen.lockAndCheck(c, a.id())) {
                    stored.add(a.id());
                }
            }
            for (String id : deleted) {
                seen.lockAndCheck(c, id);
            }
            Map<String, Long> next = VersionNumbers.take(c, applications.stream().map(Application::id).distinct().toList());
            try {
                // Only rows found (and locked) above go first: a new id's row committed elsewhere meanwhile must fail the insert.
                ApplicationRowsWriter.insertAll(c, applications, next, stored::contains);
            } catch (SQLException e) {
                SeenVersions.refuseIfInsertedElsewhere(e, next.keySet(), stored);
                throw e;
            }
            for (String id : deleted) {
                deleteRow(c, id);
            }
            ServerChanges.applications(db, c, ServerChanges.idsOf(applications, deleted));
            return next;
        });
        Map<String, Long> written = applications.size() + deleted.size() > LARGE_WRITE ? db.rewriteWhole(write) : write.get();
        written.forEach(seen::remember); // only once committed: a refused or failed write leaves what was seen
        deleted.forEach(seen::forget);
    }

    /**
     * Deletes the application and everything recorded about it; false when there was none. Refused
     * as {@link #storeAndDelete} is when it is not stored as this instance last saw it.
     */
    public boolean delete(String id) {
        boolean deleted = db.inTransaction(c -> {
            seen.lockAndCheck(c, id);
            boolean removed = deleteRow(c, id) > 0;
            ServerChanges.applications(db, c, List.of(id));
            return removed;
        });
        seen.forget(id);
        return deleted;
    }

    private static int deleteRow(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM application WHERE id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate();
        }
    }

    static void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM application")) {
            ps.executeUpdate();
        }
    }

    /** java.time straight from H2: no java.sql.Date, no Calendar, no time-zone arithmetic per row. */
    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * Loads one application ({@code onlyId} set) or all of them, each checked against the check value
     * stored with it: a mismatch (or a child row whose application is gone) is damage, refused with the
     * way out, never returned as the user's data.
     */
    private static List<Stored> load(Connection c, String onlyId, DatabasePath path) throws SQLException {
        Loaded loaded;
        try {
            loaded = loadStored(c, onlyId);
        } catch (UnknownLanguage e) {
            throw StoreFileCheck.damaged(path, e.getMessage(), e);
        }
        if (loaded.childrenWithoutApplication()) {
            throw StoreFileCheck.damaged(path, Texts.t("store.damaged.unlinkedRows"));
        }
        for (Stored stored : loaded.applications()) {
            if (!ContentChecksum.matches(ContentChecksum.of(stored.application()), stored.check())) {
                throw StoreFileCheck.damaged(path, Texts.t("store.damaged.applicationCheck"));
            }
        }
        return loaded.applications();
    }

    /**
     * An application as read, with the check value stored beside it (null when the row has none) and
     * its version (1 on a schema older than version 4, which had none).
     */
    record Stored(Application application, Long check, long version) {
    }

    /** What a load read: the applications, and whether child rows named an application that is not there. */
    record Loaded(List<Stored> applications, boolean childrenWithoutApplication) {
    }

    /** Reads without checking: for {@link ContentCheckFill}, which gives rows of an older schema their checks. */
    static Loaded loadStored(Connection c, String onlyId) throws SQLException {
        String where = onlyId == null ? "" : " WHERE application_id = ?";
        Map<String, List<Contact>> contacts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM contact" + where + " ORDER BY application_id, position")) {
            bindId(ps, onlyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    contacts.computeIfAbsent(rs.getString("application_id"), k -> new ArrayList<>())
                            .add(new Contact(rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                                    rs.getString("title"), rs.getBoolean("is_primary")));
                }
            }
        }
        Map<String, Map<Integer, List<String>>> interviewers = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM round_interviewer" + where
                + " ORDER BY application_id, round_position, position")) {
            bindId(ps, onlyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    interviewers.computeIfAbsent(rs.getString("application_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt("round_position"), k -> new ArrayList<>())
                            .add(rs.getString("name"));
                }
            }
        }
        Map<String, List<InterviewRound>> rounds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM interview_round" + where + " ORDER BY application_id, position")) {
            bindId(ps, onlyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String appId = rs.getString("application_id");
                    List<String> names = interviewers.getOrDefault(appId, Map.of()).getOrDefault(rs.getInt("position"), List.of());
                    rounds.computeIfAbsent(appId, k -> new ArrayList<>())
                            .add(new InterviewRound(rs.getObject("ended_at", LocalDateTime.class),
                                    date(rs, "decision_expected_by"), rs.getString("talking_point"), names));
                }
            }
        }
        Map<String, List<Event>> events = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM event" + where + " ORDER BY application_id, position")) {
            bindId(ps, onlyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString("channel");
                    String action = rs.getString("action");
                    events.computeIfAbsent(rs.getString("application_id"), k -> new ArrayList<>())
                            .add(new Event(EventType.valueOf(rs.getString("type")), date(rs, "on_date"),
                                    channel == null ? null : Channel.valueOf(channel),
                                    date(rs, "new_decision_by"), date(rs, "check_back_on"),
                                    action == null ? null : ActionType.valueOf(action),
                                    date(rs, "until_date"), rs.getString("note"), rs.getString("recipient")));
                }
            }
        }
        Map<String, Stored> result = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM application"
                + (onlyId == null ? "" : " WHERE id = ?") + " ORDER BY id")) {
            bindId(ps, onlyId);
            try (ResultSet rs = ps.executeQuery()) {
                int versionColumn = columnOrZero(rs, "version");
                int languageColumn = columnOrZero(rs, "message_language");
                while (rs.next()) {
                    String id = rs.getString("id");
                    Application application = new Application(id, rs.getString("company"), rs.getString("role"),
                            rs.getString("country"), date(rs, "applied_on"), rs.getString("url"),
                            rs.getString("location"), rs.getString("source"), rs.getBoolean("may_call"),
                            rs.getBoolean("known_delay"), rs.getString("notes"), contacts.get(id), rounds.get(id),
                            events.get(id), messageLanguage(rs, languageColumn));
                    long check = rs.getLong("content_check");
                    Long checkOrNull = rs.wasNull() ? null : check;
                    result.put(id, new Stored(application, checkOrNull, versionColumn == 0 ? 1 : rs.getLong(versionColumn)));
                }
            }
        }
        boolean orphans = !result.keySet().containsAll(contacts.keySet()) || !result.keySet().containsAll(rounds.keySet())
                || !result.keySet().containsAll(interviewers.keySet()) || !result.keySet().containsAll(events.keySet());
        // Java's order of ids, whatever the store: ORDER BY follows the database's collation, which on a
        // server is often a language's ("alpha" before "Zeta"); H2's is Java's. Plans and exports agree.
        List<Stored> byId = new ArrayList<>(result.values());
        byId.sort(java.util.Comparator.comparing(stored -> stored.application().id()));
        return new Loaded(byId, orphans);
    }

    /**
     * The application's message language: empty when NULL (the user's) or on a schema older than
     * version 6. A code this Nudge does not know (written by a newer one, or by hand) is damage:
     * reading it as the user's language would change what the application says without telling.
     */
    private static Optional<Language> messageLanguage(ResultSet rs, int column) throws SQLException {
        String code = column == 0 ? null : rs.getString(column);
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(Language.parse(code).filter(l -> l.code().equals(code))
                .orElseThrow(() -> new UnknownLanguage(code)));
    }

    /** A stored message language this Nudge does not know; {@link #load} names it as damage. */
    static final class UnknownLanguage extends SQLException {
        UnknownLanguage(String code) {
            super("an application's message language '" + code + "' is not one this version of Nudge knows");
        }
    }

    /** The column's index, or 0 when the schema has no such column (the check fill reads older schemas). */
    private static int columnOrZero(ResultSet rs, String column) throws SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnName(i).equalsIgnoreCase(column)) {
                return i;
            }
        }
        return 0;
    }

    private static void bindId(PreparedStatement ps, String onlyId) throws SQLException {
        if (onlyId != null) {
            ps.setString(1, onlyId);
        }
    }
}
