package app.nudge.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A login role of its own on the test server, with a password the tests' password file does not
 * hold (so the server asks for one), and its own schema. Dropped with {@link #close}.
 */
public final class TestRole implements AutoCloseable {

    private final String name;
    private final String password;

    private TestRole(String name, String password) {
        this.name = name;
        this.password = password;
    }

    public static TestRole create() throws Exception {
        TestServer.address(); // skipped without a server
        TestRole role = new TestRole("login_" + UUID.randomUUID().toString().substring(0, 8), "s3cret-" + UUID.randomUUID());
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role.name + " LOGIN PASSWORD '" + role.password + "'");
            st.execute("GRANT CREATE ON DATABASE " + TestServer.schema("public").database() + " TO " + role.name);
        }
        return role;
    }

    public String name() {
        return name;
    }

    public String password() {
        return password;
    }

    /** Its address: the test server as this role, in the schema named like the role, with {@code extra} options ("&..."). */
    public String address(String extra) {
        return System.getenv("NUDGE_TEST_PG").strip().replace("nudge@", name + "@") + "?schema=" + name + extra;
    }

    private static Connection admin() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "nudge");
        p.setProperty("password", System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", ""));
        return DriverManager.getConnection(TestServer.schema("public").jdbcUrl(), p);
    }

    @Override
    public void close() throws Exception {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            st.execute("REVOKE CREATE ON DATABASE " + TestServer.schema("public").database() + " FROM " + name);
            st.execute("DROP ROLE IF EXISTS " + name);
        }
    }
}
