package app.nudge.store;

import app.nudge.i18n.Texts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server and the schema holding one person's search, as the user names it:
 * {@code postgresql://USER@HOST[:PORT]/DATABASE?schema=NAME[&sslmode=...&sslrootcert=FILE]}.
 *
 * <p>Nothing the user types reaches SQL or the driver's URL unchecked. Each part must match a plain
 * pattern (letters, digits and a few marks; the schema a lower-case identifier), so a name cannot
 * carry a quote, a semicolon or another setting; the options are a closed list, passed as driver
 * properties, never spliced into the URL; and the schema is still quoted wherever SQL names it.
 * A password in the address is refused: Nudge stores none (see {@link #connectionProperties}).
 */
public record ServerAddress(String user, String host, int port, String database, String schema,
                            Map<String, String> options) {

    public static final String PREFIX = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    /** The schema when the address names none. */
    public static final String DEFAULT_SCHEMA = "nudge";

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\]");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,62}");
    /** A lower-case SQL identifier: the same name quoted or not, and never a reserved "pg_" one. */
    private static final Pattern SCHEMA = Pattern.compile("(?!pg_)[a-z_][a-z0-9_]{0,62}");
    /** Options passed through to the driver; anything else is refused (it could change where data goes). */
    private static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "service");
    /** A pg_service.conf section name: it goes into the driver's URL (the only place pgjdbc reads it), so nothing else may. */
    private static final Pattern SERVICE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public ServerAddress {
        options = Map.copyOf(options);
    }

    /** Whether {@code typed} names a server rather than a file. */
    public static boolean looksLikeServer(String typed) {
        String t = typed.strip().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith(PREFIX) || t.startsWith("postgres://");
    }

    /** Reads what the user typed; a one-line {@link UnusableDatabasePath} naming the part that is wrong. */
    public static ServerAddress parse(String typed) {
        String text = typed.strip();
        int scheme = text.indexOf("://");
        String rest = text.substring(scheme + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw refused(Texts.t("store.address.noDatabase"));
        }
        String authority = rest.substring(0, slash);
        String database = rest.substring(slash + 1);
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            throw refused(Texts.t("store.address.noUser"));
        }
        String user = decode(authority.substring(0, at));
        if (user.contains(":")) {
            throw refused(Texts.t("store.address.password"));
        }
        String hostPort = authority.substring(at + 1);
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            port = port(hostPort.substring(colon + 1));
            hostPort = hostPort.substring(0, colon);
        }
        Map<String, String> options = new LinkedHashMap<>();
        String schema = DEFAULT_SCHEMA;
        Set<String> given = new java.util.HashSet<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!given.add(key)) {
                // Which one would count is a guess the user should not have to make (and a smuggled second schema).
                throw refused(Texts.t("store.address.optionTwice", "option", nameOf(key)));
            }
            if (key.equals("schema")) {
                schema = value;
            } else if (OPTIONS.contains(key)) {
                options.put(key, value);
            } else if (key.equalsIgnoreCase("password")) {
                throw refused(Texts.t("store.address.password"));
            } else {
                throw refused(Texts.t("store.address.optionUnknown", "option", nameOf(key)));
            }
        }
        return checked(user, hostPort, port, decode(database), schema, options);
    }

    private static ServerAddress checked(String user, String host, int port, String database, String schema,
                                         Map<String, String> options) {
        if (!USER.matcher(user).matches()) {
            throw refused(Texts.t("store.address.user"));
        }
        if (!HOST.matcher(host).matches()) {
            throw refused(Texts.t("store.address.host"));
        }
        if (!DATABASE.matcher(database).matches()) {
            throw refused(Texts.t("store.address.database"));
        }
        if (!SCHEMA.matcher(schema).matches()) {
            // What was typed is not repeated (it may be a statement); a name that only needs lower case is
            // offered in it, which the pattern has just shown to be a plain name.
            String lower = schema.toLowerCase(java.util.Locale.ROOT);
            throw refused(SCHEMA.matcher(lower).matches() ? Texts.t("store.address.schemaHint", "name", lower)
                    : Texts.t("store.address.schema"));
        }
        String mode = options.get("sslmode");
        if (mode != null && !SSL_MODES.contains(mode)) {
            throw refused(Texts.t("store.address.sslmode"));
        }
        String service = options.get("service");
        if (service != null) {
            ServiceFile.requireDefined(service, SERVICE);
        }
        for (String file : Set.of("sslrootcert", "sslcert", "sslkey")) {
            String value = options.get(file);
            if (value != null && !isWholePath(value)) {
                throw refused(Texts.t("store.address.wholePath", "option", file));
            }
        }
        return new ServerAddress(user, host, port, database, schema, options);
    }

    private static boolean isWholePath(String value) {
        try {
            return !value.isBlank() && Path.of(value).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return false; // a NUL or a character the OS does not allow in a name
        }
    }

    /** An option's name for a message: repeated only when it is a plain word (never a line break or a statement). */
    private static String nameOf(String key) {
        return key.matches("[A-Za-z][A-Za-z0-9_]{0,39}") ? "\u201c" + key + "\u201d" : Texts.t("store.address.unnamedOption");
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // worded below
        }
        throw refused(Texts.t("store.address.port"));
    }

    private static String decode(String part) {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused(Texts.t("store.address.escape"));
        }
    }

    private static UnusableDatabasePath refused(String why) {
        return new UnusableDatabasePath(why);
    }

    /** The driver's URL: only checked parts; of the options only a checked service name (the rest go as properties). */
    public String jdbcUrl() {
        String service = options.get("service");
        // The service's name is checked (SERVICE): it cannot add a setting to the URL.
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (service == null ? "" : "?service=" + service);
    }

    /**
     * What the driver is given. Without {@code password} the driver looks in {@code ~/.pgpass} (or
     * {@code PGPASSFILE}) itself, as psql does; {@code PGPASSWORD} is read here, the driver does not.
     */
    public Properties connectionProperties(char[] password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        String fromEnvironment = System.getenv("PGPASSWORD");
        if (password != null) {
            p.setProperty("password", new String(password));
        } else if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            p.setProperty("password", fromEnvironment);
        }
        p.setProperty("ApplicationName", "Nudge");
        p.setProperty("connectTimeout", "5");
        // A server that stops answering mid-query is noticed (the app goes read-only and retries).
        p.setProperty("socketTimeout", "60");
        p.setProperty("tcpKeepAlive", "true");
        // A batch of inserts goes as multi-row statements: an import is thousands of rows, and each
        // statement on its own would be a round trip to the server.
        p.setProperty("reWriteBatchedInserts", "true");
        options.forEach((key, value) -> {
            if (!key.equals("service")) { // read from the URL only (jdbcUrl)
                p.setProperty(key, value);
            }
        });
        return p;
    }

    /** The schema as SQL names it: always quoted (it is checked as well, see {@link #SCHEMA}). */
    public String quotedSchema() {
        return "\"" + schema.replace("\"", "\"\"") + "\"";
    }

    /** A folder name for this server and schema in the local data folder (backups, logs): parts are already checked. */
    public String folderName() {
        return (user + "@" + host.replace(":", "_").replace("[", "").replace("]", "") + "-" + port + "-" + database + "-" + schema);
    }

    /** As the user would type it again (no password is ever part of it). */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(PREFIX).append(user).append('@').append(host);
        if (port != DEFAULT_PORT) {
            s.append(':').append(port);
        }
        s.append('/').append(database).append("?schema=").append(schema);
        options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.append('&').append(e.getKey()).append('=').append(e.getValue()));
        return s.toString();
    }
}
