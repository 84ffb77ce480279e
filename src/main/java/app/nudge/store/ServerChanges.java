package app.nudge.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells the other desktops on the same schema what a committed change touched: one
 * {@code pg_notify} sent inside the change's own transaction, so PostgreSQL delivers it only when
 * the change commits (a rolled-back change is never announced, a committed one always is). Every
 * write of the store calls this, and only this, from inside its transaction; on an H2 file it does
 * nothing.
 *
 * <p>The payload is this database's session token (so a desktop skips its own notices) and the
 * changed application ids, each percent-encoded; or {@link #EVERYTHING} when the ids would not fit
 * PostgreSQL's 8000-byte payload, and for settings, which change every plan.
 */
public final class ServerChanges {

    /** Replaces the ids when everything may have changed; '!' is never left bare by the encoding. */
    static final String EVERYTHING = "!all";
    /** PostgreSQL refuses payloads of 8000 bytes or more; stay well below with the session token. */
    static final int MOST_PAYLOAD_BYTES = 7000;
    /** PostgreSQL's identifiers (and channel names) have at most 63 bytes. */
    private static final int MOST_CHANNEL_BYTES = 63;

    private ServerChanges() {
    }

    /** What one notice says: who sent it, and the ids it changed (empty set never; {@code all} instead). */
    public record Notice(String session, boolean all, Set<String> ids) {
    }

    /** In {@code c}'s open transaction on {@code db}: announces the applications {@code ids}. */
    static void applications(Database db, Connection c, Collection<String> ids) throws SQLException {
        if (db.serverLink().isPresent() && !ids.isEmpty()) {
            send(db, c, payload(db.serverLink().get().session(), ids));
        }
    }

    /** In {@code c}'s open transaction on {@code db}: announces that anything may have changed (settings, imports). */
    static void everything(Database db, Connection c) throws SQLException {
        if (db.serverLink().isPresent()) {
            send(db, c, db.serverLink().get().session() + " " + EVERYTHING);
        }
    }

    private static void send(Database db, Connection c, String payload) throws SQLException {
        // Channel and payload as bind parameters: nothing of them is ever SQL text.
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, channel(db.path().server()));
            ps.setString(2, payload);
            ps.execute();
        }
    }

    static String payload(String session, Collection<String> ids) {
        StringBuilder s = new StringBuilder(session);
        for (String id : ids) {
            String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8);
            if (s.length() + 1 + encoded.length() > MOST_PAYLOAD_BYTES) { // the encoding is ASCII: one char, one byte
                return session + " " + EVERYTHING;
            }
            s.append(' ').append(encoded);
        }
        return s.toString();
    }

    /** Reads a payload written by {@link #payload}; one that is not ours reads as "everything changed". */
    public static Notice parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length < 2 || parts[1].equals(EVERYTHING)) {
            return new Notice(parts.length > 0 ? parts[0] : "", true, Set.of());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            try {
                ids.add(URLDecoder.decode(parts[i], StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return new Notice(parts[0], true, Set.of());
            }
        }
        return new Notice(parts[0], false, Set.copyOf(ids));
    }

    /**
     * The channel of one schema: "nudge_" and the (checked) schema name; a long name is cut and
     * given a hash of the whole, so two schemas never share a channel by truncation.
     */
    static String channel(ServerAddress server) {
        String name = "nudge_" + server.schema();
        if (name.length() <= MOST_CHANNEL_BYTES) {
            return name;
        }
        return name.substring(0, 40) + "_" + String.format("%016x", longHash(server.schema()));
    }

    private static long longHash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** The ids a write touches: those it stores, then those it deletes. */
    static java.util.List<String> idsOf(Collection<app.nudge.domain.Application> stored, Collection<String> deleted) {
        java.util.List<String> ids = new java.util.ArrayList<>(stored.size() + deleted.size());
        stored.forEach(a -> ids.add(a.id()));
        ids.addAll(deleted);
        return ids;
    }
}
