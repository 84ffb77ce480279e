package app.nudge.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Run as a separate process by {@link CliRefusalsTest}: holds an H2 database open (as the app does
 * in another process) until its standard input closes. Prints "open" once the file is locked.
 */
public final class HoldDatabaseOpen {

    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";IFEXISTS=TRUE", "sa", "")) {
            connection.createStatement().execute("SELECT 1");
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our standard input
            }
        }
    }
}
