package app.nudge.store;

    /** Where the migrations are and the newest schema they make; tests pass a broken set. */
record Migrations(String location, int current) {
    static final Migrations BUILT_IN = new Migrations("classpath:db/migration", SchemaVersion.CURRENT);

    /**
     * Where Flyway looks for {@code vendor} ("h2", "postgresql"): the shared scripts and, for the
     * built-in set, the vendor's own ones (db/vendor/NAME) where the SQL must differ.
     */
    String[] locations(String vendor) {
        return location.equals(BUILT_IN.location())
                ? new String[] {location, "classpath:db/vendor/" + vendor}
                : new String[] {location};
    }
}
