package app.nudge.store;

import app.nudge.i18n.Texts;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.jdbcurlresolver.PgServiceConfParser;

/**
 * {@code service=NAME} in a server address: a section of pg_service.conf, read by the driver as
 * libpq does (the system property org.postgresql.pgservicefile, PGSERVICEFILE, ~/.pg_service.conf,
 * PGSYSCONFDIR/pg_service.conf). The host, port, database and user of the address still win; the
 * service adds the rest (sslmode, sslrootcert, a password). A name the file does not define is
 * refused when the address is read, in words: the driver would only say it cannot parse its URL.
 */
final class ServiceFile {

    private ServiceFile() {
    }

    static void requireDefined(String name, Pattern allowed) {
        if (!allowed.matcher(name).matches()) {
            throw new UnusableDatabasePath(Texts.t("store.address.service"));
        }
        Properties found;
        try {
            found = PgServiceConfParser.getServiceProperties(name);
        } catch (RuntimeException e) {
            found = null;
        }
        if (found == null) {
            throw new UnusableDatabasePath(Texts.t("store.address.serviceUnknown", "name", name));
        }
    }
}
