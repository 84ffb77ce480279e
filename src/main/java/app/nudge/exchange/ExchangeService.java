package app.nudge.exchange;

import app.nudge.domain.Application;
import app.nudge.domain.Settings;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.ConsistentRead;
import app.nudge.store.Database;
import app.nudge.store.ImportTransaction;
import app.nudge.store.SettingsRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Predicate;

/** Import and export of exchange files against one open database. */
public final class ExchangeService {

    private final Database db;
    private final ExchangeReader reader;
    private final ExchangeWriter writer = new ExchangeWriter();

    public ExchangeService(Database db, Predicate<String> knownCountry) {
        this.db = db;
        this.reader = new ExchangeReader(knownCountry);
    }

    /**
     * Reads and checks the whole file first, then stores it in one transaction. A bad file throws
     * before anything is written; same ids replace what is stored.
     *
     * @return the applications imported
     */
    public List<Application> importFrom(InputStream in) throws ExchangeException, IOException {
        ExchangeDocument doc = reader.read(in);
        new ImportTransaction(db).store(doc.settings(), doc.applications());
        return doc.applications();
    }

    public void exportTo(OutputStream out) throws IOException {
        SettingsRepository settings = new SettingsRepository(db);
        // One snapshot: on a server another desktop may commit between the reads.
        Stored stored = ConsistentRead.of(db, () -> new Stored(settings.hasAny() ? settings.load() : Settings.defaults(),
                new ApplicationRepository(db).findAll()));
        writer.write(stored.settings(), stored.applications(), out);
    }

    private record Stored(Settings settings, List<Application> applications) {
    }
}
