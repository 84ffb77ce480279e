package app.nudge.app;

import app.nudge.store.DatabasePath;
import java.time.LocalDateTime;

/**
 * What a {@link DataSession} reports, shown in a window's {@link Wiring}: the line and the title
 * about this computer's copy of a server's data are said here once, for the app and the journeys
 * alike; what follows an open (start, reload, a welcome) is each one's own ({@link #shown}).
 */
abstract class WindowSessionListener implements SessionListener {

    /** The wiring of the window the reports go to. */
    abstract Wiring wiring();

    /** {@code path} is open; {@code first} for the first store of this run. */
    abstract void shown(DatabasePath path, boolean first);

    @Override
    public final void opened(DatabasePath path, boolean first) {
        wiring().serverStatus().copyGone(); // "opening the copy…" is over (the copy says so itself next, if it is shown)
        shown(path, first);
    }

    @Override
    public final void openingCopy(DatabasePath server) {
        wiring().serverStatus().openingCopy(server.server().host());
    }

    @Override
    public final void showingCopy(DatabasePath server, LocalDateTime taken) {
        wiring().showingCopyOf(server);
        wiring().serverStatus().awayShowingCopy(server.server().host(), taken);
    }

    @Override
    public final void copyGone(DatabasePath shownNow) {
        wiring().showingCopyOf(null);
        if (shownNow.isServer()) {
            wiring().serverStatus().back(shownNow.server().host());
        } else {
            wiring().serverStatus().copyGone();
        }
    }
}
