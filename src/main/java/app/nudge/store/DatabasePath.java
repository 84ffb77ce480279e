package app.nudge.store;

import app.nudge.i18n.Texts;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A database location as the user names it ({@code --db PATH}, for the app and the command line
 * alike). H2 wants an absolute path without its own ".mv.db" extension, so both are normalised here.
 *
 * <p>The path ends up in H2's connection URL, where some characters mean something else; checked
 * in H2's sources (ConnectionInfo, FilePath, IOUtils): {@code ;} starts settings ({@code
 * ;INIT=RUNSCRIPT FROM ...} runs a script), and on Linux and macOS a {@code \} is turned into
 * {@code /} (the file would land in another folder). Both are refused here, so every DatabasePath
 * reaches H2 exactly as named. The rest is harmless once the path is absolute: a scheme prefix
 * ({@code nio:}, {@code memFS:}) is only read before the first {@code :} and an absolute path
 * starts with {@code /} or a drive letter; {@code ~} is only expanded at the very start; {@code =}
 * means nothing outside settings.
 *
 * <p>A location may instead be a schema on a PostgreSQL server ({@link #server()}, typed as {@code
 * postgresql://...}); then {@code base} is this computer's folder for that server and schema,
 * where its daily backups and cached plan live, never the data itself.
 */
public record DatabasePath(Path base, ServerAddress server) {

    public static final String H2_EXTENSION = ".mv.db";

    /**
     * The longest file name (in UTF-8 bytes) we accept: most file systems allow 255 bytes, and
     * Nudge puts up to about 40 more beside it (".rewriting-&lt;16 hex&gt;.mv.db", "backups-NAME").
     */
    static final int MAX_NAME_BYTES = 200;
    /** The longest whole path: Linux allows 4,096 bytes, less what Nudge adds. */
    static final int MAX_PATH_BYTES = 4000;

    public DatabasePath(Path base) {
        this(base, null);
    }

    public DatabasePath {
        base = base.toAbsolutePath().normalize();
        String problem = problemWith(base);
        if (problem != null) {
            throw new UnusableDatabasePath(problem);
        }
    }

    /**
     * From what the user typed: "~/x", "data/nudge.mv.db" and "/abs/nudge" all work. Refuses a
     * path H2 could not open exactly as named, and a folder, with a one-line message (without the
     * option's name: the caller adds "--db: ").
     */
    public static DatabasePath of(String typed) {
        if (typed.isBlank()) {
            throw new UnusableDatabasePath(Texts.t("store.path.needed"));
        }
        if (ServerAddress.looksLikeServer(typed)) {
            return onServer(ServerAddress.parse(typed), DataFolder.forThisUser());
        }
        String path = typed;
        if (path.startsWith("~/") || path.equals("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        if (path.endsWith(H2_EXTENSION)) {
            path = path.substring(0, path.length() - H2_EXTENSION.length());
        }
        DatabasePath result;
        try {
            result = new DatabasePath(Path.of(path));
        } catch (InvalidPathException e) {
            throw new UnusableDatabasePath(Texts.t("store.path.invalid", "path", typed.replace("\0", "\\0"),
                    "reason", e.getReason()));
        }
        result.refuseFolder();
        return result;
    }

    /** A schema on a server, with its local folder under {@code dataFolder} (backups, the cached plan). */
    public static DatabasePath onServer(ServerAddress server, Path dataFolder) {
        return new DatabasePath(dataFolder.resolve("servers").resolve(server.folderName()).resolve(DataFolder.DATABASE_NAME), server);
    }

    /** Whether the data is on a PostgreSQL server (else in an H2 file at {@link #file()}). */
    public boolean isServer() {
        return server != null;
    }

    public static DatabasePath defaultForThisUser() {
        return new DatabasePath(DataFolder.defaultDatabase());
    }

    /** Why H2 could not open {@code base} exactly as named, or null when it can. */
    private static String problemWith(Path base) {
        String text = base.toString();
        if (text.indexOf(';') >= 0) {
            // H2 reads ";NAME=value" after the path as settings (INIT=RUNSCRIPT runs a script).
            return Texts.t("store.path.semicolon");
        }
        if (File.separatorChar == '/' && text.indexOf('\\') >= 0) {
            // H2 turns '\' into the separator: "a\b" would be opened as the folder a, file b.
            return Texts.t("store.path.backslash");
        }
        if (base.getFileName() == null) {
            return Texts.t("store.path.folder", "path", text);
        }
        int nameBytes = (base.getFileName() + H2_EXTENSION).getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_NAME_BYTES) {
            return Texts.t("store.path.nameTooLong", "name", base.getFileName() + H2_EXTENSION,
                    "bytes", nameBytes, "max", MAX_NAME_BYTES);
        }
        int pathBytes = text.getBytes(StandardCharsets.UTF_8).length + H2_EXTENSION.length();
        if (pathBytes > MAX_PATH_BYTES) {
            return Texts.t("store.path.tooLong", "bytes", pathBytes, "max", MAX_PATH_BYTES);
        }
        return null;
    }

    /** Refuses a path naming a folder (as the database, or as its ".mv.db" file). */
    public void refuseFolder() {
        if (isServer()) {
            return;
        }
        if (Files.isDirectory(base)) {
            throw new UnusableDatabasePath(Texts.t("store.path.folderExample", "path", base,
                    "example", base.resolve(DataFolder.DATABASE_NAME)));
        }
        if (Files.isDirectory(file())) {
            throw new UnusableDatabasePath(Texts.t("store.path.folder", "path", file()));
        }
    }

    /** The file H2 actually writes. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + H2_EXTENSION);
    }

    public Path folder() {
        return base.getParent();
    }

    /** For a server, true: whether its schema holds a search is known only once connected. */
    public boolean exists() {
        return isServer() || Files.isRegularFile(file());
    }

    /** What H2's URL is built from: the path, checked above to carry no setting. */
    String forUrl() {
        return base.toString();
    }

    @Override
    public String toString() {
        return isServer() ? server.toString() : file().toString();
    }
}
