package app.nudge.safety;

import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;

/** Test main: opens the database named by args[0], keeps it open until stdin closes. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.openOrCreate(DatabasePath.of(args[0]))) {
            new ApplicationRepository(db).save(Application.of("held", "Acme", "Analyst"));
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the test closes stdin or kills this process
            }
        }
    }
}
