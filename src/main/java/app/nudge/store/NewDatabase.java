package app.nudge.store;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The first creation of a database, made all-or-nothing: the schema is built in a sibling
 * temporary ({@code <name>.creating-<random>.mv.db}, owner-only from its first byte), which is
 * synced and only then given the final name, never replacing a file that appeared there meanwhile.
 * A kill at any moment leaves no database (and a temporary the next open deletes) or a complete
 * one: never a 0-byte or half-migrated file under the user's name.
 */
final class NewDatabase {

    private NewDatabase() {
    }

    /**
     * Creates the database at {@code path}, which did not exist, holding {@code firstContent}'s
     * writes when it is not null. When another process created it meanwhile, ours is discarded and
     * theirs is kept (the caller then opens it as any existing file).
     *
     * @return whether ours was put in place
     */
    static boolean create(DatabasePath path, Migrations migrations, SwapWrite.Steps steps,
                          Consumer<Database> firstContent) {
        Path tempBase = DatabaseFiles.tempBase(path, DatabaseFiles.TempKind.CREATING);
        Path temp = DatabaseFiles.h2File(tempBase);
        try {
            DatabaseFiles.createPrivate(temp);
            build(path, tempBase, migrations);
            if (firstContent != null) {
                try (Database building = Database.building(path, H2Files.connect(path, tempBase, true))) {
                    firstContent.accept(building);
                }
            }
            steps.reached(SwapWrite.Step.AFTER_WORK);
            DatabaseFiles.sync(temp);
            steps.reached(SwapWrite.Step.BEFORE_MOVE);
            boolean ours = DatabaseFiles.publishNew(temp, path.file());
            DatabaseFiles.syncFolder(path.folder());
            steps.reached(SwapWrite.Step.AFTER_MOVE);
            return ours;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.create.failedFile", "path", path,
                    "reason", app.nudge.common.FileReasons.of(e), "folder", path.folder()), e);
        } finally {
            DatabaseFiles.deleteTemp(tempBase);
        }
    }

    /**
     * Runs the migrations on the temporary while holding a connection of our own, so the database
     * is closed (and its file complete) exactly when that connection closes.
     */
    private static void build(DatabasePath path, Path tempBase, Migrations migrations) {
        try (Connection holder = H2Files.connect(path, tempBase, true)) {
            SchemaMigration.runFlyway(tempBase, migrations);
        } catch (SQLException e) {
            throw Database.translate(path, e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Kind.FAILED, Texts.t("store.create.failed", "path", path, "reason", Database.h2Detail(e)), e);
        }
    }
}
