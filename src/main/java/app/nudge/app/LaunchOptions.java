package app.nudge.app;

import app.nudge.store.DatabasePath;
import java.util.List;

/** What the desktop app was started with. */
record LaunchOptions(DatabasePath database) {

    static LaunchOptions parse(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (arg.equals("--db") && i + 1 < raw.size()) {
                return new LaunchOptions(DatabasePath.of(raw.get(i + 1)));
            }
            if (arg.startsWith("--db=")) {
                return new LaunchOptions(DatabasePath.of(arg.substring("--db=".length())));
            }
        }
        return new LaunchOptions(DatabasePath.defaultForThisUser());
    }
}
