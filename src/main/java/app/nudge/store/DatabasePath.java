package app.nudge.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A database location as the user names it ({@code --db PATH}). H2 wants an absolute path without
 * its own ".mv.db" extension, so both are normalised here.
 */
public record DatabasePath(Path base) {

    public static final String H2_EXTENSION = ".mv.db";

    public DatabasePath {
        base = base.toAbsolutePath().normalize();
    }

    /** From what the user typed: "~/x", "data/nudge.mv.db" and "/abs/nudge" all work. */
    public static DatabasePath of(String typed) {
        String path = typed.strip();
        if (path.startsWith("~/") || path.equals("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        if (path.endsWith(H2_EXTENSION)) {
            path = path.substring(0, path.length() - H2_EXTENSION.length());
        }
        return new DatabasePath(Path.of(path));
    }

    public static DatabasePath defaultForThisUser() {
        return new DatabasePath(DataFolder.defaultDatabase());
    }

    /** The file H2 actually writes. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + H2_EXTENSION);
    }

    public Path folder() {
        return base.getParent();
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    @Override
    public String toString() {
        return file().toString();
    }
}
