package app.nudge.store;

import app.nudge.i18n.Texts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens an existing database so that not one byte or mode of it changes: first the file's headers and
 * chunks are checked with plain reads ({@link StoreFileCheck}), then H2 opens it with
 * {@code ACCESS_MODE_DATA=r} (opening read-write changes the file even when nothing is written), the
 * schema history and tables are checked ({@link StoreContentCheck}), every application and setting is
 * loaded as the app loads it (a flipped byte can leave a row that H2 reads but that is no longer a
 * valid value: a type byte, an enum name), and then every table and index is read in full (the
 * slowest part: the app shows the loaded content meanwhile). Read-only commands keep the
 * database; a writable open runs the same checks first and opens for writing only after.
 */
final class ReadOnlyOpen {

    private ReadOnlyOpen() {
    }

    /** For an open that shows nothing while the check goes on. */
    static final Consumer<CheckedContent> NO_FIRST_LOOK = read -> { };

    /** A checked read-only database; throws {@link StoreException} (DAMAGED with the way out, ...). */
    static Database open(DatabasePath path, int current, StoreContentCheck.Older older) {
        return open(path, current, older, NO_FIRST_LOOK);
    }

    private static Database open(DatabasePath path, int current, StoreContentCheck.Older older,
                                 Consumer<CheckedContent> firstLook) {
        Optional<StoreException> earlier = RefusedFiles.earlierRefusal(path);
        if (earlier.isPresent()) {
            throw earlier.get();
        }
        try {
            return checkedOpen(path, current, older, firstLook);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.DAMAGED) {
                RefusedFiles.remember(path, e);
            }
            throw e;
        }
    }

    private static Database checkedOpen(DatabasePath path, int current, StoreContentCheck.Older older,
                                        Consumer<CheckedContent> firstLook) {
        StoreFileCheck.verify(path);
        Connection connection = connect(path);
        Database db = new Database(path, connection);
        try {
            int installed = StoreContentCheck.version(connection, path, current, older);
            CheckedContent read = installed == SchemaVersion.CURRENT ? loadEverything(db, path) : null;
            if (read != null) {
                // Shown while the slower half of the check reads every table and index in full.
                firstLook.accept(read);
            }
            StoreContentCheck.readInFull(connection, path);
            db.keepChecked(read);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Runs every check of {@link #open} and closes again: before a file is opened for writing. Returns
     * what the check read (every application and setting, as the app reads them), or null when the
     * file is of an older schema (it is migrated after, so what it holds now is not what the app reads).
     * {@code firstLook} gets that content as soon as it is read, before the tables and indexes are read
     * in full: the check may still fail after it.
     */
    static CheckedContent check(DatabasePath path, int current, Consumer<CheckedContent> firstLook) {
        try (Database checked = open(path, current, StoreContentCheck.Older.MIGRATE, firstLook)) {
            return checked.takeCheckedContent().orElse(null);
        }
    }

    static String url(DatabasePath path) {
        return H2Files.url(path, true) + ";ACCESS_MODE_DATA=r";
    }

    private static Connection connect(DatabasePath path) {
        try {
            return DriverManager.getConnection(url(path), "sa", "");
        } catch (SQLException e) {
            StoreException translated = Database.translate(path, e);
            if (translated.kind() == StoreException.Kind.FAILED) {
                // The plain reads of the file just worked, so a read-only open that still fails (H2
                // wanting to change the file, or not making sense of it) means the content is damaged.
                throw StoreFileCheck.damaged(path, Texts.t("store.damaged.needsChange"), e);
            }
            throw translated;
        }
    }

    private static CheckedContent loadEverything(Database db, DatabasePath path) {
        try {
            return new CheckedContent(new ApplicationRepository(db).findAll(), new SettingsRepository(db).all());
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.FAILED) {
                throw e;
            }
            throw StoreFileCheck.damaged(path, Texts.t("store.damaged.partUnreadable"), e);
        } catch (RuntimeException e) {
            throw StoreFileCheck.damaged(path, Texts.t("store.damaged.strangeValue"), e);
        }
    }
}
