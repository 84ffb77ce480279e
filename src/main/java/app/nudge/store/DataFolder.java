package app.nudge.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Nudge keeps its data by default: the operating system's per-user data folder. */
public final class DataFolder {

    static final String DATABASE_NAME = "nudge";

    private DataFolder() {
    }

    /** The data folder for this OS and user. */
    public static Path forThisUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Linux $XDG_DATA_HOME/nudge or ~/.local/share/nudge; macOS ~/Library/Application Support/Nudge; Windows %APPDATA%\Nudge. */
    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Nudge");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Nudge");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(DATABASE_NAME);
    }

    /** The default database file (without H2's ".mv.db" extension). */
    public static Path defaultDatabase() {
        return forThisUser().resolve(DATABASE_NAME);
    }
}
