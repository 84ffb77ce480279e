package app.nudge.store;

import app.nudge.i18n.Texts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;

/** Which schema a database has, and bringing an older one up to date (on a copy, swapped in whole). */
final class SchemaMigration {

    private SchemaMigration() {
    }

    /** Runs the migrations on the database at {@code base} (through Flyway's own connections). */
    static void runFlyway(Path base, Migrations migrations) {
        Flyway.configure()
                .dataSource(H2Files.url(base, true), "sa", "")
                .locations(migrations.locations("h2"))
                .target(String.valueOf(migrations.current()))
                .load().migrate();
        ContentCheckFill.run(base); // rows an older schema stored get their checks, on this same copy
    }


    /**
     * Brings an older schema up to date on a copy of the file, swapped in only when every migration
     * passed (H2 has no transactional DDL: in place, a failure would leave half a schema). Returns
     * the connection to use: {@code connection} when nothing was to do, else a new one.
     */
    static Connection migrate(Migrations migrations, DatabasePath path, Connection connection) {
        return migrateTo(path, connection, migrations);
    }

    private static Connection migrateTo(DatabasePath path, Connection connection, Migrations migrations) {
        OptionalInt installed = installedVersion(connection);
        if (installed.isPresent() && installed.getAsInt() > migrations.current()) {
            throw new StoreException(StoreException.Kind.TOO_NEW, Texts.t("store.tooNew", "path", path,
                    "schema", installed.getAsInt(), "current", migrations.current()), null);
        }
        if (installed.isPresent() && installed.getAsInt() == migrations.current()) {
            return connection; // current: skip Flyway's classpath scan, which costs start-up time
        }
        // A backup as well, so the data as it was stays at hand after the update.
        Path backup = installed.isPresent()
                ? new Backups(path).beforeMigration(connection, installed.getAsInt())
                : null;
        Database.closeQuietly(connection);
        try {
            SwapWrite.run(path, SwapWrite.Steps.NONE, copy -> {
                runFlyway(copy, migrations);
                return null;
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // Four wordings: with or without the schema it came from, with or without a backup to name.
            String key = "store.migrate.failed" + (installed.isPresent() ? "From" : "") + (backup == null ? "" : "Backup");
            throw new StoreException(StoreException.Kind.FAILED, Texts.t(key, "path", path,
                    "schema", installed.orElse(0), "reason", Database.h2Detail(e), "backup", backup == null ? "" : backup), e);
        }
        return H2Files.connect(path, true);
    }


    /** The latest successfully applied migration, or empty for a database Flyway has never seen. */
    static OptionalInt installedVersion(Connection connection) {
        try (Statement st = connection.createStatement()) {
            // CURRENT_SCHEMA, not 'PUBLIC': H2's is PUBLIC, a server's is the search's own schema.
            try (ResultSet tables = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'flyway_schema_history'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    return OptionalInt.empty();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
                int max = -1;
                while (rs.next()) {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                }
                return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
            }
        } catch (SQLException | NumberFormatException e) {
            throw new StoreException(StoreException.Kind.DAMAGED,
                    Texts.t("store.schemaVersionUnreadable", "reason", Database.h2Detail(e)), e);
        }
    }

}
