package app.nudge.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.common.OwnerOnly;
import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import app.nudge.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * This computer's copy of a search on a server: written whole and owner-only into the server's
 * local folder, the newest write wins, a failed write leaves the previous copy, a damaged copy is
 * refused in one plain line, and the stand-in opened from it shows the data and refuses changes.
 * The copy is written from an H2 file here (the export reads the same way from either store).
 */
@Timeout(60)
class ServerCopyTest {

    private static final String REFUSAL = "The server db.example cannot be reached; nothing was changed. Try again once it is back.";

    @TempDir
    Path folder;

    private DatabasePath serverPath() {
        return DatabasePath.onServer(ServerAddress.parse("postgresql://jane@db.example/nudge?schema=jane"), folder.resolve("data"));
    }

    private Database fileWith(String name, Application... applications) {
        Database db = Database.openOrCreate(new DatabasePath(folder.resolve(name)));
        for (Application a : applications) {
            new ApplicationRepository(db).save(a);
        }
        return db;
    }

    private static ServerCopy copyOf(DatabasePath path) {
        return new ServerCopy(path, country -> true);
    }

    @Test
    void theCopyIsWrittenWholeOwnerOnlyInTheServersLocalFolder() throws Exception {
        ServerCopy copy = copyOf(serverPath());
        try (Database db = fileWith("one", Application.of("acme", "Acme Corp", "Engineer"))) {
            copy.write(db);
        }
        Path file = copy.file();
        assertEquals(serverPath().folder().resolve(ServerCopy.FILE), file, "in the server's local folder");
        assertEquals(OwnerOnly.FILE, Files.getPosixFilePermissions(file), "personal data: the user's alone");
        assertEquals(List.of(ServerCopy.FILE), listNames(file.getParent()), "no temporary left beside it");
        assertEquals(List.of("acme"), copy.read().orElseThrow().document().applications().stream().map(Application::id).toList());
    }

    @Test
    void theNewestWriteWinsAndAFailedOneLeavesThePreviousCopy() throws Exception {
        ServerCopy copy = copyOf(serverPath());
        try (Database first = fileWith("first", Application.of("acme", "Acme Corp", "Engineer"))) {
            copy.write(first);
        }
        Database second = fileWith("second", Application.of("acme", "Acme Corp", "Engineer"),
                Application.of("beta", "Beta GmbH", "Analyst"));
        copy.write(second);
        assertEquals(List.of("acme", "beta"), ids(copy.read()), "the later write replaced the earlier one");

        second.close(); // a write that fails in the middle of reading the data
        assertThrows(RuntimeException.class, () -> copy.write(second));
        assertEquals(List.of("acme", "beta"), ids(copy.read()), "the previous copy is still whole");
        assertEquals(List.of(ServerCopy.FILE), listNames(copy.file().getParent()), "no half-written temporary left");
    }

    @Test
    void noCopyYetIsEmptyAndADamagedCopyIsRefusedInOnePlainLine() throws Exception {
        ServerCopy copy = copyOf(serverPath());
        assertEquals(Optional.empty(), copy.read(), "a first start on this computer: no copy");
        assertEquals(Optional.empty(), copy.openStandIn(REFUSAL));

        Files.createDirectories(copy.file().getParent());
        Files.writeString(copy.file(), "{\"format\":\"nudge\",\"version\":1,\"applications\":[{\"id\":", StandardCharsets.UTF_8);
        StoreException damaged = assertThrows(StoreException.class, copy::read);
        assertEquals(StoreException.Kind.DAMAGED, damaged.kind());
        String line = damaged.getMessage();
        assertTrue(line.startsWith("The copy of the server's data on this computer (" + copy.file() + ") cannot be read ("), line);
        assertTrue(line.endsWith("), so it cannot be shown while the server is away."), line);
        assertFalse(line.contains("\n") || line.contains("Exception") || line.contains("Jackson"), line);
        assertThrows(StoreException.class, () -> copy.openStandIn(REFUSAL), "a damaged copy is never shown");
    }

    @Test
    void theStandInShowsTheCopyAndRefusesEveryChange() throws Exception {
        ServerCopy copy = copyOf(serverPath());
        try (Database db = fileWith("one", Application.of("acme", "Acme Corp", "Engineer"))) {
            copy.write(db);
        }
        ServerCopy.StandIn standIn = copy.openStandIn(REFUSAL).orElseThrow();
        try (Database db = standIn.database()) {
            ApplicationRepository repository = new ApplicationRepository(db);
            assertEquals(List.of("acme"), repository.findAll().stream().map(Application::id).toList());
            StoreException refused = assertThrows(StoreException.class,
                    () -> repository.save(Application.of("beta", "Beta GmbH", "Analyst")));
            assertEquals(StoreException.Kind.OFFLINE, refused.kind());
            assertEquals(REFUSAL, refused.getMessage());
            assertEquals(List.of("acme"), repository.findAll().stream().map(Application::id).toList(), "nothing was stored");
        }
        // A second start builds it afresh from the copy (the earlier stand-in is deleted first).
        try (Database again = copy.openStandIn(REFUSAL).orElseThrow().database()) {
            assertEquals(1, new ApplicationRepository(again).findAll().size());
        }
    }

    private static List<String> ids(Optional<ServerCopy.Copy> copy) {
        return copy.orElseThrow().document().applications().stream().map(Application::id).toList();
    }

    private static List<String> listNames(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
