package app.nudge.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether a backup (or a database file) can really be used: H2 opens it read-only and every row of
 * every table reads. Pruning and restoring both ask before they touch anything.
 */
final class BackupCheck {

    private BackupCheck() {
    }

    /** Whether the zip holds a database file that H2 opens and whose tables all read. */
    static boolean opens(Path zip) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("nudge-check");
            Path db = temp.resolve("check" + DatabasePath.H2_EXTENSION);
            if (!extractDatabase(zip, db)) {
                return false;
            }
            return fileOpens(temp.resolve("check"));
        } catch (IOException e) {
            return false;
        } finally {
            deleteTree(temp);
        }
    }

    /** Opens the database {@code base} (without ".mv.db") read-only and reads every table. */
    static boolean fileOpens(Path base) {
        try {
            // First the same check as before every open: H2 alone opens a file cut short in an older
            // state (an append-only file keeps its older chunks), which is no healthy file.
            StoreFileCheck.verify(new DatabasePath(base.toAbsolutePath()));
        } catch (StoreException e) {
            return false;
        }
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return false;
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Copies the zip's database file to {@code target}; false when the zip holds none. */
    static boolean extractDatabase(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(DatabasePath.H2_EXTENSION)) {
                    try (OutputStream out = Files.newOutputStream(target)) {
                        in.transferTo(out);
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp folder left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
