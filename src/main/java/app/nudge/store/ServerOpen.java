package app.nudge.store;

import app.nudge.i18n.Texts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opening a search kept in a schema on a PostgreSQL server: connecting with the PostgreSQL
 * user's own credentials, creating the schema when asked, and bringing it up to date with the same
 * Flyway migrations as a file (plus db/vendor/postgresql where the SQL must differ). PostgreSQL
 * changes its schema inside a transaction, so a failed migration leaves the schema as it was: no
 * copy-and-swap as for a file.
 */
final class ServerOpen {

    private ServerOpen() {
    }

    /**
     * @param create   create the schema when missing (the app, an import); else a missing one is refused
     * @param readOnly the connection may only read (the commands that read)
     */
    static Database open(DatabasePath path, Migrations migrations, boolean create, boolean readOnly, char[] password) {
        ServerAddress server = path.server();
        Connection connection = connect(path, password);
        try {
            boolean exists = schemaExists(connection, server.schema());
            if (!exists && !create) {
                throw MissingSearch.at(path, "--db");
            }
            OptionalInt installed = exists ? installedVersion(connection, server) : OptionalInt.empty();
            if (installed.isPresent() && installed.getAsInt() > migrations.current()) {
                throw new StoreException(StoreException.Kind.TOO_NEW, Texts.t("store.server.tooNew", "schema", server.schema(),
                        "host", server.host(), "version", installed.getAsInt(), "current", migrations.current()), null);
            }
            if (installed.isEmpty() || installed.getAsInt() < migrations.current()) {
                if (readOnly) {
                    throw new StoreException(StoreException.Kind.TOO_NEW, Texts.t("store.server.older", "schema", server.schema(),
                            "host", server.host()), null);
                }
                migrate(path, migrations, password);
            }
            try (Statement st = connection.createStatement()) {
                // The checked name, quoted as well: see ServerAddress.
                st.execute("SET search_path TO " + server.quotedSchema());
            }
            connection.setReadOnly(readOnly);
            return new Database(path, connection, new ServerLink(path, password, readOnly));
        } catch (SQLException e) {
            Database.closeQuietly(connection);
            throw translate(path, e);
        } catch (RuntimeException e) {
            Database.closeQuietly(connection);
            throw e;
        }
    }

    static Connection connect(DatabasePath path, char[] password) {
        ServerAddress server = path.server();
        try {
            return DriverManager.getConnection(server.jdbcUrl(), server.connectionProperties(password));
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static void migrate(DatabasePath path, Migrations migrations, char[] password) {
        ServerAddress server = path.server();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.jdbcUrl());
        server.connectionProperties(password).forEach((k, v) -> {
            try {
                source.setProperty((String) k, (String) v);
            } catch (SQLException e) {
                throw new IllegalStateException("driver property " + k, e);
            }
        });
        try {
            // Two computers starting at once on a new schema: Flyway holds an advisory lock on the
            // server while it migrates, so the second waits and then finds the schema current.
            Flyway.configure()
                    .dataSource(source)
                    .schemas(server.schema())
                    .defaultSchema(server.schema())
                    .createSchemas(true)
                    .locations(migrations.locations("postgresql"))
                    .target(String.valueOf(migrations.current()))
                    .load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException(ServerProblems.isOffline(e) ? StoreException.Kind.OFFLINE : StoreException.Kind.FAILED,
                    Texts.t("store.server.prepareFailed", "schema", server.schema(), "host", server.host(),
                    "reason", ServerProblems.words("migrating " + server, e)), e);
        }
    }

    static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'flyway_schema_history'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static OptionalInt installedVersion(Connection connection, ServerAddress server) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM " + server.quotedSchema()
                     + ".\"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            int max = -1;
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
            }
            return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
        }
    }

    /** A failure to reach or use the server, in our words, of the kind the app can act on. */
    static StoreException translate(DatabasePath path, Throwable e) {
        ServerAddress server = path.server();
        String words = ServerProblems.words("using " + server, e);
        if (ServerProblems.isOffline(e) && ServerProblems.nameNotFound(e)) {
            // Still OFFLINE (a network that went away looks the same), but a typo in the address is the likelier cause.
            return new StoreException(StoreException.Kind.OFFLINE, Texts.t("store.server.unknownHost", "host", server.host()), e);
        }
        if (ServerProblems.isOffline(e)) {
            return new StoreException(StoreException.Kind.OFFLINE, Texts.t("store.server.unreachable", "host", server.host(),
                    "port", String.valueOf(server.port())), e);
        }
        if (ServerProblems.isMissingPassword(e)) {
            return new StoreException(StoreException.Kind.NEEDS_PASSWORD, Texts.t("store.server.needsPassword", "host", server.host(),
                    "user", server.user()), e);
        }
        if (ServerProblems.isPasswordProblem(e)) {
            // A wrong password and an unknown user read the same from the server, which does not say which.
            return new StoreException(StoreException.Kind.NEEDS_PASSWORD, Texts.t("store.server.passwordRefused", "host", server.host(),
                    "user", server.user()), e);
        }
        return new StoreException(StoreException.Kind.FAILED, Texts.t("store.server.failed", "schema", server.schema(),
                "host", server.host(), "reason", words), e);
    }

    /**
     * Puts {@code firstContent} into a schema that holds no application yet (one transaction of its
     * own, so another computer sees none of it or all of it); says whether it did.
     */
    static boolean fillIfEmpty(Database db, java.util.function.Consumer<Database> firstContent) {
        if (firstContent == null || new ApplicationRepository(db).count() > 0) {
            return false;
        }
        try {
            firstContent.accept(db);
            return true;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
