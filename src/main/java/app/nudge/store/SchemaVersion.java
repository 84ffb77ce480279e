package app.nudge.store;

/**
 * The newest schema version this build knows, which must equal the highest {@code V<n>__*.sql}
 * migration under db/migration (a test checks it). Knowing it lets start-up skip Flyway's
 * classpath scan when the database is already current, and refuse a database from a newer Nudge.
 */
public final class SchemaVersion {

    public static final int CURRENT = 6;

    private SchemaVersion() {
    }
}
